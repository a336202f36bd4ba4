import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LABELS, canEnd, canFollow, canStart, decodeSpans } from './labels.js';
import { spanMargins } from './margins.js';
import { lastForward, viterbi } from './viterbi.js';

test('span margins equal the gap to the best path that relabels a character (exhaustive check)', () => {
  let seed = 11;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 4 - 2;
  const n = 3;
  let checked = 0;
  for (let round = 0; round < 40; round++) {
    const t = {
      trans: Float32Array.from({ length: LABELS * LABELS }, rand),
      start: Float32Array.from({ length: LABELS }, rand),
      end: Float32Array.from({ length: LABELS }, rand),
    };
    const em = Float32Array.from({ length: n * LABELS }, (_, i) => rand() + (i % LABELS === 0 ? 0 : 1));
    const total = (y: number[]) => {
      let s = t.start[y[0]!]! + t.end[y[n - 1]!]!;
      for (let i = 0; i < n; i++) s += em[i * LABELS + y[i]!]!;
      for (let i = 1; i < n; i++) s += t.trans[y[i - 1]! * LABELS + y[i]!]!;
      return s;
    };
    const all: { y: number[]; s: number }[] = [];
    for (let a = 0; a < LABELS; a++) for (let b = 0; b < LABELS; b++) for (let c = 0; c < LABELS; c++) {
      if (canStart(a) && canFollow(a, b) && canFollow(b, c) && canEnd(c)) all.push({ y: [a, b, c], s: total([a, b, c]) });
    }
    const labels = viterbi(n, em, t);
    const alpha = Float64Array.from(lastForward(n));
    const spans = decodeSpans(labels, n);
    const margins = spanMargins(n, em, t, alpha, labels, spans);
    const best = total([...labels]);
    spans.forEach((sp, k) => {
      let expected = Infinity;
      for (let i = sp.start; i < sp.end; i++) {
        let other = -Infinity;
        for (const p of all) if (p.y[i] !== labels[i]) other = Math.max(other, p.s);
        expected = Math.min(expected, best - other);
      }
      assert.ok(Math.abs(margins[k]! - expected) < 1e-3, `round ${round}: ${margins[k]} vs ${expected}`);
      checked++;
    });
  }
  assert.ok(checked > 10, `only ${checked} spans were checked`);
});
