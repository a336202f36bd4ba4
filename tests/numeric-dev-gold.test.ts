/**
 * The time and quantity layers against the hand-made answers of ../shared/corpus/dev (read, never copied), scored
 * by src/eval (the official scorer's rules). Skips when ../shared is absent.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/analyze.js';
import { readGold } from '../src/eval/gold.js';
import { mergeScores, score, type Score } from '../src/eval/score.js';
import { DEV, needsShared } from './helpers/shared.js';

test('times and quantities on the dev gold articles: F1 at least 0.95 each', { skip: needsShared() }, async () => {
  const scores: Score[] = [];
  for (const name of readdirSync(DEV).filter((f) => f.endsWith('.gold.yaml')).sort()) {
    const stem = name.slice(0, -'.gold.yaml'.length);
    const gold = await readGold(join(DEV, name));
    scores.push(score(gold, await analyze({ text: readFileSync(join(DEV, `${stem}.txt`), 'utf8'), id: stem })));
  }
  const total = mergeScores(scores);
  for (const layer of ['times', 'quantities'] as const) {
    const s = total[layer];
    assert.ok(s.f1 >= 0.95, `${layer}: tp ${s.tp} fp ${s.fp} fn ${s.fn}, F1 ${s.f1}`);
  }
});
