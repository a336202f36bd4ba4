/**
 * First-order Viterbi decoding over the BIOES labels, restricted to legal transitions (labels.ts), optionally
 * under a mask of allowed labels per position (training on partly labelled sentences decodes the best path the
 * annotation allows).
 *
 * Speed: a label that opens (O, B-x, S-x) can follow any label that closes (O, E-x, S-x), 21 × 21 pairs per
 * character. The closing scores are sorted once per position and each opening label stops scanning as soon as
 * no remaining predecessor can beat its best even with its largest incoming transition; the result is exact.
 */
import { LABELS, NE_TYPES, O, canEnd, canStart, label } from './labels.js';

/** Transition weights: `trans[a * LABELS + b]` for a → b, plus weights to start and end a sentence. */
export interface Transitions {
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

const T = NE_TYPES.length;
/** Labels that close a span (may be followed by an opening label): O, E-x, S-x. */
const CLOSING = Int32Array.from([O, ...NE_TYPES.flatMap((_, t) => [label(t, 2), label(t, 3)])]);
/** Labels that may follow a closing label: O, B-x, S-x. */
const OPENING = Int32Array.from([O, ...NE_TYPES.flatMap((_, t) => [label(t, 0), label(t, 3)])]);
const STARTS = Uint8Array.from(Array.from({ length: LABELS }, (_, l) => (canStart(l) ? 1 : 0)));
const ENDS = Uint8Array.from(Array.from({ length: LABELS }, (_, l) => (canEnd(l) ? 1 : 0)));
const C = CLOSING.length;

/** Reusable work arrays, grown as longer sentences come. */
let score = new Float64Array(0);
let back = new Uint8Array(0);
const cs = new Float64Array(C);
const order = new Int32Array(C);
const maxIn = new Float64Array(LABELS);

/**
 * The forward scores of the last `viterbi` call: `alpha[i * LABELS + l]` is the best score of a path from the
 * sentence start to label `l` at `i`, emission included. A view of a reused buffer, valid until the next call.
 */
export function lastForward(n: number): Float64Array {
  return score.subarray(0, n * LABELS);
}

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
  const sc = score;
  const bk = back;
  const tr = t.trans;
  const NEG = -Infinity;
  for (let k = 0; k < OPENING.length; k++) {
    const b = OPENING[k]!;
    let m = NEG;
    for (let j = 0; j < C; j++) m = Math.max(m, tr[CLOSING[j]! * LABELS + b]!);
    maxIn[b] = m;
  }
  for (let l = 0; l < LABELS; l++) sc[l] = STARTS[l] && (!mask || mask[l]) ? t.start[l]! + em[l]! : NEG;
  for (let i = 1; i < n; i++) {
    const cur = i * LABELS;
    const prev = cur - LABELS;
    // Closing predecessors, best first (insertion sort: 21 items).
    for (let j = 0; j < C; j++) {
      const v = sc[prev + CLOSING[j]!]!;
      let k = j;
      while (k > 0 && cs[k - 1]! < v) {
        cs[k] = cs[k - 1]!;
        order[k] = order[k - 1]!;
        k--;
      }
      cs[k] = v;
      order[k] = CLOSING[j]!;
    }
    for (let k = 0; k < OPENING.length; k++) {
      const b = OPENING[k]!;
      if (mask && !mask[cur + b]) {
        sc[cur + b] = NEG;
        continue;
      }
      let best = NEG;
      let arg = 0;
      const bound = maxIn[b]!;
      for (let j = 0; j < C; j++) {
        const v = cs[j]!;
        if (v + bound <= best || v === NEG) break;
        const a = order[j]!;
        const s = v + tr[a * LABELS + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      sc[cur + b] = best + em[cur + b]!;
      bk[cur + b] = arg;
    }
    // Inside a span: I-x and E-x follow B-x or I-x.
    for (let ty = 0; ty < T; ty++) {
      const bl = 1 + 4 * ty;
      const il = bl + 1;
      const sB = sc[prev + bl]!;
      const sI = sc[prev + il]!;
      for (let b = il; b <= il + 1; b++) {
        if (mask && !mask[cur + b]) {
          sc[cur + b] = NEG;
          continue;
        }
        const fromB = sB + tr[bl * LABELS + b]!;
        const fromI = sI + tr[il * LABELS + b]!;
        if (fromB >= fromI) {
          sc[cur + b] = fromB + em[cur + b]!;
          bk[cur + b] = bl;
        } else {
          sc[cur + b] = fromI + em[cur + b]!;
          bk[cur + b] = il;
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
