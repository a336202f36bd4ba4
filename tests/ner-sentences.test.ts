/**
 * The shipped NER model on the shared sentence sets: a regression guard well below the measured scores (the
 * numbers themselves are in models/ner-ja.md and come from `npm run eval:ner`), plus the split's invariants.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readStockmark } from '../src/extract/entities/ner/corpus.js';
import { evaluateNerFile } from '../src/eval/ner-sentences.js';
import { SHARED } from './helpers/shared.js';

const DATA = join(SHARED, 'datasets/ner-ja');
const skip = existsSync(DATA) ? false : `../shared/datasets/ner-ja is absent (${DATA}): this test needs the NER data`;

test('the shipped model holds its level on UD GSD dev', { skip }, async () => {
  const s = await evaluateNerFile(join(DATA, 'ud-gsd/dev.jsonl'), 'ud-gsd');
  assert.equal(s.sentences, 507);
  assert.ok(s.micro.f1 > 0.6, `micro F1 ${s.micro.f1}`);
  assert.ok(s.classes.PERSON!.f1 > 0.6, `PERSON F1 ${s.classes.PERSON!.f1}`);
});

test('the shipped model holds its level on the held-out stockmark part', { skip }, async () => {
  const s = await evaluateNerFile(join(DATA, 'stockmark/train.json'), 'stockmark', { part: 'test' });
  assert.ok(s.micro.f1 > 0.68, `micro F1 ${s.micro.f1}`);
});

test('the stockmark split is fixed and keeps every sentence in exactly one part', { skip }, () => {
  const path = join(DATA, 'stockmark/train.json');
  const all = readStockmark(path, 'all');
  const parts = (['train', 'tune', 'test'] as const).map((p) => readStockmark(path, p));
  assert.equal(parts.reduce((n, p) => n + p.length, 0), all.length);
  const ids = parts.map((p) => new Set(p.map((s) => s.id)));
  for (const s of all) assert.equal(ids.filter((x) => x.has(s.id)).length, 1);
  // About a tenth each for tune and test.
  for (const p of parts.slice(1)) assert.ok(p.length > all.length * 0.07 && p.length < all.length * 0.13, `${p.length}`);
});
