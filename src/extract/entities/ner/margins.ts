/**
 * How sure the decoder is of each span: max-marginals from a backward pass over the same legal transitions as
 * viterbi.ts. For a character `i` and label `l`, the best score of any whole path through `(i, l)` is
 * `alpha(i, l) + beta(i, l)` (alpha from the Viterbi pass, `lastForward`); a span's margin is, over its characters, the smallest gap between the chosen
 * path and the best path that labels that character differently.
 */
import { LABELS, NE_TYPES, O, canEnd, label } from './labels.js';
import type { Transitions } from './viterbi.js';

const CLOSING = Int32Array.from([O, ...NE_TYPES.flatMap((_, t) => [label(t, 2), label(t, 3)])]);
const OPENING = Int32Array.from([O, ...NE_TYPES.flatMap((_, t) => [label(t, 0), label(t, 3)])]);
const T = NE_TYPES.length;

const C = CLOSING.length;
const vs = new Float64Array(OPENING.length);
const order = new Int32Array(OPENING.length);
const maxOut = new Float64Array(LABELS);

/**
 * Backward best scores (emissions excluded): the best score of the rest of the sentence after `(i, l)`. Exact,
 * with the pruning of viterbi.ts run backwards: opening successors sorted once per position, each closing label
 * stops scanning when no remaining successor can win even with its largest outgoing transition.
 */
let betaBuffer = new Float64Array(0);

function backward(n: number, em: Float32Array, t: Transitions): Float64Array {
  const tr = t.trans;
  if (betaBuffer.length < n * LABELS) betaBuffer = new Float64Array(Math.max(n * LABELS, 2 * betaBuffer.length));
  const beta = betaBuffer.subarray(0, n * LABELS).fill(-Infinity);
  for (let j = 0; j < C; j++) {
    const a = CLOSING[j]!;
    let m = -Infinity;
    for (let k = 0; k < OPENING.length; k++) m = Math.max(m, tr[a * LABELS + OPENING[k]!]!);
    maxOut[a] = m;
  }
  for (let l = 0; l < LABELS; l++) if (canEnd(l)) beta[(n - 1) * LABELS + l] = t.end[l]!;
  for (let i = n - 2; i >= 0; i--) {
    const cur = i * LABELS;
    const next = cur + LABELS;
    for (let k = 0; k < OPENING.length; k++) {
      const b = OPENING[k]!;
      const v = em[next + b]! + beta[next + b]!;
      let j = k;
      while (j > 0 && vs[j - 1]! < v) {
        vs[j] = vs[j - 1]!;
        order[j] = order[j - 1]!;
        j--;
      }
      vs[j] = v;
      order[j] = b;
    }
    for (let j = 0; j < C; j++) {
      const a = CLOSING[j]!;
      const bound = maxOut[a]!;
      let best = -Infinity;
      for (let k = 0; k < OPENING.length; k++) {
        const v = vs[k]!;
        if (v + bound <= best || v === -Infinity) break;
        const s = tr[a * LABELS + order[k]!]! + v;
        if (s > best) best = s;
      }
      beta[cur + a] = best;
    }
    for (let ty = 0; ty < T; ty++) {
      const bl = 1 + 4 * ty;
      const vI = em[next + bl + 1]! + beta[next + bl + 1]!;
      const vE = em[next + bl + 2]! + beta[next + bl + 2]!;
      for (let a = bl; a <= bl + 1; a++) beta[cur + a] = Math.max(tr[a * LABELS + bl + 1]! + vI, tr[a * LABELS + bl + 2]! + vE);
    }
  }
  return beta;
}

/**
 * Margin of each span (sentence-relative `[start, end)`) of the decoded `labels`: the smallest, over the span's
 * characters, of best-path score minus the best score of a path with another label there. Always ≥ 0.
 */
export function spanMargins(
  n: number,
  em: Float32Array,
  t: Transitions,
  alpha: Float64Array,
  labels: Uint8Array,
  spans: readonly { start: number; end: number }[],
): number[] {
  if (spans.length === 0) return [];
  const beta = backward(n, em, t);
  return spans.map((s) => {
    let margin = Infinity;
    for (let i = s.start; i < s.end; i++) {
      const o = i * LABELS;
      const chosen = alpha[o + labels[i]!]! + beta[o + labels[i]!]!;
      let other = -Infinity;
      for (let l = 0; l < LABELS; l++) if (l !== labels[i]) other = Math.max(other, alpha[o + l]! + beta[o + l]!);
      margin = Math.min(margin, chosen - other);
    }
    return Math.max(0, margin);
  });
}
