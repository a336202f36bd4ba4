/**
 * The span property: in every output — every fixture, every dev article, Wikinews articles and random texts —
 * every span satisfies text.slice(start, end) === span.text and lies inside the text.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/analyze.js';
import { readArticle } from '../src/ingest/read.js';
import { analyseFixture, fixtureInputs } from './helpers/fixtures.js';
import { DEV, SHARED, needsShared } from './helpers/shared.js';
import { spanProblems } from './helpers/spans.js';

test('every span of every fixture output', async () => {
  for (const name of fixtureInputs()) {
    const out = await analyseFixture(name);
    for (const a of [out].flat()) if ('text' in a) assert.deepEqual(spanProblems(a), [], name);
  }
});

test('every span of every dev article and of 150 Wikinews articles', { skip: needsShared() }, async () => {
  for (const n of readdirSync(DEV).filter((f) => f.endsWith('.txt'))) {
    assert.deepEqual(spanProblems(await analyze(await readArticle(join(DEV, n)))), [], n);
  }
  const lines = readFileSync(join(SHARED, 'corpus/wikinews-ja/articles.jsonl'), 'utf8').split('\n').slice(0, 150);
  for (const line of lines.filter(Boolean)) {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    assert.deepEqual(spanProblems(await analyze({ text, id })), [], id);
  }
});

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '政府は', '発表した。', '「', '」', '『', '』', '（', '）', '\n', '\n\n', '\r\n', ' ', '\u00a0', '\u3000', '𠮷野家', '習近平', 'トランプ大統領',
  '2026年2月4日', '2026/02/10', '更新:', '2千万トン', '約84%', 'と述べた。', 'によると、', '写真:', '(A/B)', '関連記事:', '出典',
  '『見出し』。某新聞、2020年1月2日。', 'By Alex Wu', 'Mr. Lee said.', '【北京共同】', '😀', '\t', '。', '、',
];

test('every span of 300 random texts', async () => {
  const next = rng(20260210);
  for (let i = 0; i < 300; i++) {
    let text = '';
    const n = 1 + Math.floor(next() * 40);
    for (let j = 0; j < n; j++) text += PIECES[Math.floor(next() * PIECES.length)];
    if (text.trim() === '') continue;
    assert.deepEqual(spanProblems(await analyze({ text })), [], `random text #${i}: ${JSON.stringify(text)}`);
  }
});
