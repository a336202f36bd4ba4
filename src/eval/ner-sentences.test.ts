import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readSentences, scoreSentences } from './ner-sentences.js';

const dir = mkdtempSync(join(tmpdir(), 'ner-eval-'));

// Hand-made sentences in the three formats (not taken from any dataset).
const gsd = join(dir, 'tiny.jsonl');
writeFileSync(
  gsd,
  [
    { id: 'a', text: '山田花子は大阪府で働く。', entities: [{ start: 0, end: 4, type: 'PERSON', text: '山田花子' }, { start: 5, end: 8, type: 'GPE', text: '大阪府' }] },
    { id: 'b', text: '3月に青空銀行が開業した。', entities: [{ start: 0, end: 2, type: 'DATE', text: '3月' }, { start: 3, end: 7, type: 'ORG', text: '青空銀行' }] },
  ].map((x) => JSON.stringify(x)).join('\n') + '\n',
);
const bio = join(dir, 'tiny.bio');
writeFileSync(bio, '山田\tB-PERSON\n花子\tI-PERSON\nは\tO\n大阪\tB-GPE\n府\tI-GPE\n\n青空\tB-ORG\n銀行\tI-ORG\n');
const stockmark = join(dir, 'tiny.json');
writeFileSync(
  stockmark,
  JSON.stringify([
    { curid: '1', text: '北川湖は緑町にある。', entities: [{ name: '北川湖', span: [0, 3], type: '地名' }, { name: '緑町', span: [4, 6], type: '地名' }] },
    { curid: '2', text: '青空党と青空銀行。', entities: [{ name: '青空党', span: [0, 3], type: '政治的組織名' }, { name: '青空銀行', span: [4, 8], type: '法人名' }] },
  ]),
);

test('UD GSD JSONL: exact span and type, non-name types ignored', () => {
  const gold = readSentences(gsd, 'ud-gsd');
  assert.equal(gold[1]!.spans.length, 1, 'DATE is not one of the ten name types');
  const s = scoreSentences('ud-gsd', gold, [
    [{ start: 0, end: 4, type: 'PERSON' }, { start: 5, end: 7, type: 'GPE' }],
    [{ start: 3, end: 7, type: 'FAC' }],
  ]);
  assert.deepEqual([s.micro.gold, s.micro.predicted, s.micro.correct], [3, 3, 1]);
  assert.equal(s.classes.PERSON!.f1, 1);
  assert.equal(s.classes.GPE!.recall, 0, 'a span one character short is wrong');
  assert.equal(s.classes.ORG!.recall, 0);
  assert.equal(s.classes.FAC!.precision, 0);
  assert.ok(Math.abs(s.micro.f1 - 1 / 3) < 1e-9);
});

test('the BIO form reads into the same spans', () => {
  const gold = readSentences(bio, 'bio');
  assert.equal(gold[0]!.text, '山田花子は大阪府');
  assert.deepEqual(gold[0]!.spans.map((g) => [g.start, g.end, g.label]), [[0, 4, 'PERSON'], [5, 8, 'GPE']]);
  assert.deepEqual(gold[1]!.spans.map((g) => [g.start, g.end, g.label]), [[0, 4, 'ORG']]);
});

test('stockmark: GPE and LOC both count as 地名, NORP counts for a party', () => {
  const gold = readSentences(stockmark, 'stockmark');
  const s = scoreSentences('stockmark', gold, [
    [{ start: 0, end: 3, type: 'LOC' }, { start: 4, end: 6, type: 'GPE' }],
    [{ start: 0, end: 3, type: 'NORP' }, { start: 4, end: 8, type: 'PERSON' }],
  ]);
  assert.equal(s.classes['地名']!.f1, 1);
  assert.equal(s.classes['組織']!.recall, 0.5);
  assert.equal(s.classes['人名']!.precision, 0);
  assert.deepEqual([s.micro.gold, s.micro.predicted, s.micro.correct], [4, 4, 3]);
});
