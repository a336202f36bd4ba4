/**
 * First-order Viterbi decoding over the BIOES labels, restricted to legal transitions (labels.ts), optionally
 * under a mask of allowed labels per position (training on partly labelled sentences decodes the best path the
 * annotation allows).
 */
import { LABELS, canEnd, canFollow, canStart } from './labels.js';

/** Legal predecessors of each label, computed once. */
const PREDECESSORS: Int32Array[] = Array.from({ length: LABELS }, (_, b) =>
  Int32Array.from(Array.from({ length: LABELS }, (_, a) => a).filter((a) => canFollow(a, b))),
);
const STARTS = Uint8Array.from(Array.from({ length: LABELS }, (_, l) => (canStart(l) ? 1 : 0)));
const ENDS = Uint8Array.from(Array.from({ length: LABELS }, (_, l) => (canEnd(l) ? 1 : 0)));

/** Transition weights: `trans[a * LABELS + b]` for a → b, plus weights to start and end a sentence. */
export interface Transitions {
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

/** Reusable work arrays, grown as longer sentences come. */
let score = new Float64Array(0);
let back = new Uint8Array(0);

/**
 * The best label sequence for `n` positions with emission scores `em[i * LABELS + l]`.
 * `mask[i * LABELS + l] = 1` marks allowed labels; without a mask every legal sequence is allowed.
 */
export function viterbi(n: number, em: Float32Array, t: Transitions, mask?: Uint8Array): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (score.length < n * LABELS) {
    score = new Float64Array(n * LABELS * 2);
    back = new Uint8Array(n * LABELS * 2);
  }
  const NEG = -Infinity;
  for (let l = 0; l < LABELS; l++) {
    score[l] = STARTS[l] && (!mask || mask[l]) ? t.start[l]! + em[l]! : NEG;
  }
  for (let i = 1; i < n; i++) {
    const cur = i * LABELS;
    const prev = cur - LABELS;
    for (let b = 0; b < LABELS; b++) {
      if (mask && !mask[cur + b]) {
        score[cur + b] = NEG;
        continue;
      }
      const preds = PREDECESSORS[b]!;
      let best = NEG;
      let arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const a = preds[k]!;
        const s = score[prev + a]! + t.trans[a * LABELS + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[cur + b] = best + em[cur + b]!;
      back[cur + b] = arg;
    }
  }
  const last = (n - 1) * LABELS;
  let best = NEG;
  let arg = 0;
  for (let l = 0; l < LABELS; l++) {
    if (!ENDS[l]) continue;
    const s = score[last + l]! + t.end[l]!;
    if (s > best) {
      best = s;
      arg = l;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * LABELS + out[i]!]!;
  return out;
}
