/**
 * How sure the decoder is of each span: max-marginals from a backward pass over the same legal transitions as
 * viterbi.ts. For a character `i` and label `l`, the best score of any whole path through `(i, l)` is
 * `alpha(i, l) + beta(i, l)` (alpha from the Viterbi pass, `lastForward`); a span's margin is, over its
 * characters, the smallest gap between the chosen path and the best path that labels that character differently.
 */
import { LABELS, NE_TYPES, canEnd } from './labels.js';
import { CLOSING, OPENING, decodingOf, type Decoding, type Transitions } from './transitions.js';

const T = NE_TYPES.length;
const C = CLOSING.length;
const K = OPENING.length;
const NEG = -Infinity;

let betaBuffer = new Float64Array(0);

/**
 * Backward best scores (emissions excluded): the best score of the rest of the sentence after `(i, l)`, for
 * `from <= i < n` (the characters before the first span are never asked about). Exact, pruned like viterbi.ts
 * run backwards: a closing label takes the best opening successor unless the runner-up could still win with the
 * label's largest transition out, and only then scans them all (only the value is needed, so ties do not
 * matter here).
 */
function backward(n: number, from: number, em: Float32Array, t: Transitions, d: Decoding): Float64Array {
  const { closeOpen, maxOut, inside } = d;
  if (betaBuffer.length < n * LABELS) betaBuffer = new Float64Array(Math.max(n * LABELS, 2 * betaBuffer.length));
  const beta = betaBuffer.subarray(0, n * LABELS);
  beta.fill(NEG, from * LABELS);
  for (let l = 0; l < LABELS; l++) if (canEnd(l)) beta[(n - 1) * LABELS + l] = t.end[l]!;
  for (let i = n - 2; i >= from; i--) {
    const cur = i * LABELS;
    const next = cur + LABELS;
    let v1 = NEG;
    let k1 = 0;
    let v2 = NEG;
    for (let k = 0; k < K; k++) {
      const b = OPENING[k]!;
      const v = em[next + b]! + beta[next + b]!;
      if (v > v1) {
        v2 = v1;
        v1 = v;
        k1 = k;
      } else if (v > v2) v2 = v;
    }
    for (let j = 0; j < C; j++) {
      let best = NEG;
      if (v1 !== NEG) {
        const row = j * K;
        best = closeOpen[row + k1]! + v1;
        if (v2 !== NEG && v2 + maxOut[j]! > best) {
          for (let k = 0; k < K; k++) {
            const b = OPENING[k]!;
            const s = closeOpen[row + k]! + (em[next + b]! + beta[next + b]!);
            if (s > best) best = s;
          }
        }
      }
      beta[cur + CLOSING[j]!] = best;
    }
    for (let ty = 0; ty < T; ty++) {
      const bl = 1 + 4 * ty;
      const vI = em[next + bl + 1]! + beta[next + bl + 1]!;
      const vE = em[next + bl + 2]! + beta[next + bl + 2]!;
      const w = 4 * ty;
      beta[cur + bl] = Math.max(inside[w]! + vI, inside[w + 1]! + vE);
      beta[cur + bl + 1] = Math.max(inside[w + 2]! + vI, inside[w + 3]! + vE);
    }
  }
  return beta;
}

/**
 * Margin of each span (sentence-relative `[start, end)`, in order) of the decoded `labels`: the smallest, over
 * the span's characters, of best-path score minus the best score of a path with another label there. Always ≥ 0.
 * `d` is `decodingOf(t)`, passed in by callers that score many sentences with the same weights.
 */
export function spanMargins(
  n: number,
  em: Float32Array,
  t: Transitions,
  alpha: Float64Array,
  labels: Uint8Array,
  spans: readonly { start: number; end: number }[],
  d: Decoding = decodingOf(t),
): number[] {
  if (spans.length === 0) return [];
  let from = n;
  for (const s of spans) from = Math.min(from, s.start);
  const beta = backward(n, from, em, t, d);
  return spans.map((s) => {
    let margin = Infinity;
    for (let i = s.start; i < s.end; i++) {
      const o = i * LABELS;
      const chosen = alpha[o + labels[i]!]! + beta[o + labels[i]!]!;
      let other = NEG;
      for (let l = 0; l < LABELS; l++) if (l !== labels[i]) other = Math.max(other, alpha[o + l]! + beta[o + l]!);
      margin = Math.min(margin, chosen - other);
    }
    return Math.max(0, margin);
  });
}
