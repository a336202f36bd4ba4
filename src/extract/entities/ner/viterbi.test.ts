import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LABELS, NE_TYPES, O, decodeSpans, label } from './labels.js';
import { viterbi } from './viterbi.js';

const zero = () => ({
  trans: new Float32Array(LABELS * LABELS),
  start: new Float32Array(LABELS),
  end: new Float32Array(LABELS),
});

test('Viterbi never returns an illegal sequence, even when each position prefers one', () => {
  // Position 0 prefers I-PERSON, which cannot start a sentence; position 1 prefers O.
  const n = 2;
  const em = new Float32Array(n * LABELS);
  const person = NE_TYPES.indexOf('PERSON');
  em[label(person, 1)] = 5;
  em[label(person, 0)] = 4;
  em[LABELS + O] = 1;
  em[LABELS + label(person, 2)] = 0.5;
  const out = viterbi(n, em, zero());
  assert.deepEqual([...out], [label(person, 0), label(person, 2)]);
  assert.deepEqual(decodeSpans(out, n), [{ start: 0, end: 2, type: person }]);
});

test('Viterbi follows transition weights', () => {
  const n = 3;
  const em = new Float32Array(n * LABELS);
  const gpe = NE_TYPES.indexOf('GPE');
  for (let i = 0; i < n; i++) em[i * LABELS + label(gpe, 3)] = 1;
  const t = zero();
  t.trans[label(gpe, 3) * LABELS + label(gpe, 3)] = -10;
  const out = viterbi(n, em, t);
  assert.notEqual(out[1], label(gpe, 3), 'two S-GPE in a row are penalised');
});

test('a mask restricts the path to the allowed labels', () => {
  const n = 2;
  const em = new Float32Array(n * LABELS);
  const loc = NE_TYPES.indexOf('LOC');
  const gpe = NE_TYPES.indexOf('GPE');
  em[label(gpe, 0)] = 3;
  em[LABELS + label(gpe, 2)] = 3;
  const mask = new Uint8Array(n * LABELS);
  mask[label(gpe, 0)] = mask[label(loc, 0)] = 1;
  mask[LABELS + label(loc, 2)] = 1;
  assert.deepEqual([...viterbi(n, em, zero())], [label(gpe, 0), label(gpe, 2)]);
  assert.deepEqual([...viterbi(n, em, zero(), mask)], [label(loc, 0), label(loc, 2)]);
});
