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
  assert.deepEqual([...viterbi(n, em, zero(), { mask })], [label(loc, 0), label(loc, 2)]);
});

test('Viterbi finds the best legal sequence (checked against exhaustive search)', async () => {
  const { canEnd, canFollow, canStart } = await import('./labels.js');
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 4 - 2;
  const n = 3;
  for (let round = 0; round < 20; round++) {
    const t = zero();
    for (let i = 0; i < t.trans.length; i++) t.trans[i] = rand();
    for (let l = 0; l < LABELS; l++) {
      t.start[l] = rand();
      t.end[l] = rand();
    }
    const em = Float32Array.from({ length: n * LABELS }, rand);
    const total = (y: ArrayLike<number>) => {
      let s = t.start[y[0]!]! + t.end[y[n - 1]!]!;
      for (let i = 0; i < n; i++) s += em[i * LABELS + y[i]!]!;
      for (let i = 1; i < n; i++) s += t.trans[y[i - 1]! * LABELS + y[i]!]!;
      return s;
    };
    let best = -Infinity;
    for (let a = 0; a < LABELS; a++) {
      if (!canStart(a)) continue;
      for (let b = 0; b < LABELS; b++) {
        if (!canFollow(a, b)) continue;
        for (let c = 0; c < LABELS; c++) {
          if (canFollow(b, c) && canEnd(c)) best = Math.max(best, total([a, b, c]));
        }
      }
    }
    const y = viterbi(n, em, t);
    assert.ok(Math.abs(total(y) - best) < 1e-4, `round ${round}: ${total(y)} vs ${best}`);
  }
});
