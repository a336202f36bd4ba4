/**
 * First-order Viterbi decoding over the BIOES labels, restricted to legal transitions (labels.ts), optionally
 * under a mask of allowed labels per position (training on partly labelled sentences decodes the best path the
 * annotation allows).
 *
 * Speed: an opening label (O, B-x, S-x) can follow any of the 21 closing labels (O, E-x, S-x). Per character the
 * decoder finds the two best closing scores; an opening label takes the best one's path unless the runner-up
 * could still win with the largest transition into that label (transitions.ts `Decoding`), and only then scans all
 * 21. Ties go to the higher-scoring predecessor, then to the earlier one in `CLOSING`, so the path is exactly the
 * one a full scan in that order would choose.
 */
import { LABELS, NE_TYPES, canEnd, canStart } from './labels.js';
import { CLOSING, OPENING, decodingOf, type Decoding, type Transitions } from './transitions.js';

const T = NE_TYPES.length;
const STARTS = Uint8Array.from(Array.from({ length: LABELS }, (_, l) => (canStart(l) ? 1 : 0)));
const ENDS = Uint8Array.from(Array.from({ length: LABELS }, (_, l) => (canEnd(l) ? 1 : 0)));
const C = CLOSING.length;
const K = OPENING.length;
const NEG = -Infinity;

/** Reusable work arrays, grown as longer sentences come. */
let score = new Float64Array(0);
let back = new Uint8Array(0);

/**
 * The forward scores of the last `viterbi` call: `alpha[i * LABELS + l]` is the best score of a path from the
 * sentence start to label `l` at `i`, emission included. A view of a reused buffer, valid until the next call.
 */
export function lastForward(n: number): Float64Array {
  return score.subarray(0, n * LABELS);
}

/** Options of `viterbi`. */
export interface ViterbiOptions {
  /** `mask[i * LABELS + l] = 1` marks allowed labels; without a mask every legal sequence is allowed. */
  mask?: Uint8Array;
  /** `decodingOf(t)`, passed in by callers that decode many sentences with the same weights. */
  decoding?: Decoding;
  /** Where to write the labels (at least `n` long; a view of its first `n` is returned); a new array by default. */
  into?: Uint8Array;
}

/** The best label sequence for `n` positions with emission scores `em[i * LABELS + l]`. */
export function viterbi(n: number, em: Float32Array, t: Transitions, options: ViterbiOptions = {}): Uint8Array {
  const { mask, decoding: d = decodingOf(t), into } = options;
  const out = into ? into.subarray(0, n) : new Uint8Array(n);
  if (n === 0) return out;
  if (score.length < n * LABELS) {
    score = new Float64Array(n * LABELS * 2);
    back = new Uint8Array(n * LABELS * 2);
  }
  const sc = score;
  const bk = back;
  const { closeOpen, maxIn, inside } = d;
  for (let l = 0; l < LABELS; l++) sc[l] = STARTS[l] && (!mask || mask[l]) ? t.start[l]! + em[l]! : NEG;
  for (let i = 1; i < n; i++) {
    const cur = i * LABELS;
    const prev = cur - LABELS;
    // The best closing predecessor (the first of equals) and the runner-up's score.
    let v1 = NEG;
    let j1 = -1;
    let v2 = NEG;
    for (let j = 0; j < C; j++) {
      const v = sc[prev + CLOSING[j]!]!;
      if (v > v1) {
        v2 = v1;
        v1 = v;
        j1 = j;
      } else if (v > v2) v2 = v;
    }
    const a1 = j1 < 0 ? 0 : CLOSING[j1]!;
    for (let k = 0; k < K; k++) {
      const b = OPENING[k]!;
      if (mask && !mask[cur + b]) {
        sc[cur + b] = NEG;
        continue;
      }
      let best = NEG;
      let arg = 0;
      if (j1 >= 0) {
        best = v1 + closeOpen[j1 * K + k]!;
        arg = a1;
        if (v2 !== NEG && v2 + maxIn[k]! > best) {
          // The runner-up might win: scan every predecessor, keeping the first of equals in (score, predecessor) order.
          let bestV = v1;
          for (let j = 0; j < C; j++) {
            const v = sc[prev + CLOSING[j]!]!;
            if (v === NEG) continue;
            const s = v + closeOpen[j * K + k]!;
            if (s > best || (s === best && v > bestV)) {
              best = s;
              bestV = v;
              arg = CLOSING[j]!;
            }
          }
        }
      }
      sc[cur + b] = best + em[cur + b]!;
      bk[cur + b] = arg;
    }
    // Inside a span: I-x and E-x follow B-x or I-x.
    for (let ty = 0; ty < T; ty++) {
      const bl = 1 + 4 * ty;
      const sB = sc[prev + bl]!;
      const sI = sc[prev + bl + 1]!;
      for (let step = 0; step < 2; step++) {
        const b = bl + 1 + step;
        if (mask && !mask[cur + b]) {
          sc[cur + b] = NEG;
          continue;
        }
        const fromB = sB + inside[4 * ty + step]!;
        const fromI = sI + inside[4 * ty + 2 + step]!;
        if (fromB >= fromI) {
          sc[cur + b] = fromB + em[cur + b]!;
          bk[cur + b] = bl;
        } else {
          sc[cur + b] = fromI + em[cur + b]!;
          bk[cur + b] = bl + 1;
        }
      }
    }
  }
  const last = (n - 1) * LABELS;
  let best = NEG;
  let arg = 0;
  for (let l = 0; l < LABELS; l++) {
    if (!ENDS[l]) continue;
    const s = sc[last + l]! + t.end[l]!;
    if (s > best) {
      best = s;
      arg = l;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = bk[i * LABELS + out[i]!]!;
  return out;
}
