import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Token } from '../../../text/token.js';
import type { GoldSentence } from './corpus.js';
import { alignedToTokens, targets, tokenBoundaryMask } from './dataset.js';
import { LABELS, NE_TYPES, O, label } from './labels.js';

const tok = (start: number, end: number): Token => ({ start, end, pos: '名詞', pos1: '一般', pos2: '*', base: '', form: '*' });
const GPE = NE_TYPES.indexOf('GPE');
const LOC = NE_TYPES.indexOf('LOC');
const PERSON = NE_TYPES.indexOf('PERSON');

test('single-type spans give fixed gold labels', () => {
  const s: GoldSentence = { id: 'x', source: 'ud-gsd', text: '南野が来た', spans: [{ start: 0, end: 2, types: [PERSON], label: 'PERSON' }] };
  const { gold, mask } = targets(s);
  assert.equal(mask, null);
  assert.deepEqual([...gold!], [label(PERSON, 0), label(PERSON, 2), O, O, O]);
});

test('a span that may be GPE or LOC allows both, and nothing else, on its characters', () => {
  const s: GoldSentence = { id: 'y', source: 'stockmark', text: 'は北岬へ', spans: [{ start: 1, end: 3, types: [GPE, LOC], label: '地名' }] };
  const { gold, mask } = targets(s);
  assert.equal(gold, null);
  const allowed = (i: number) => [...mask!.subarray(i * LABELS, (i + 1) * LABELS)].flatMap((v, l) => (v ? [l] : []));
  assert.deepEqual(allowed(0), [O]);
  assert.deepEqual(allowed(1), [label(GPE, 0), label(LOC, 0)]);
  assert.deepEqual(allowed(2), [label(GPE, 2), label(LOC, 2)]);
  assert.deepEqual(allowed(3), [O]);
});

test('the token-level mask lets spans start and end only on token boundaries', () => {
  const mask = tokenBoundaryMask(4, [tok(0, 1), tok(1, 3), tok(3, 4)]);
  const ok = (i: number, l: number) => mask[i * LABELS + l] === 1;
  assert.ok(ok(1, label(GPE, 0)) && !ok(2, label(GPE, 0)), 'B only at a token start');
  assert.ok(ok(2, label(GPE, 2)) && !ok(1, label(GPE, 2)), 'E only at a token end');
  assert.ok(ok(0, label(GPE, 3)) && !ok(1, label(GPE, 3)), 'S only on a one-token stretch');
  assert.ok(ok(2, label(GPE, 1)) && ok(2, O));
  const s: GoldSentence = { id: 'z', source: 'ud-gsd', text: 'abcd', spans: [{ start: 1, end: 2, types: [GPE], label: 'GPE' }] };
  assert.equal(alignedToTokens(s, [tok(0, 1), tok(1, 3), tok(3, 4)]), false);
  assert.equal(alignedToTokens(s, [tok(0, 1), tok(1, 2), tok(2, 4)]), true);
});
