/**
 * Transition weights between the BIOES labels, and the tables decoding works from. Between characters a span
 * either continues (B/I-x → I/E-x, two predecessors each) or the path moves from a label that closes (O, E-x,
 * S-x) to one that opens (O, B-x, S-x): 21 × 21 pairs, where nearly all of the decoding time would go without
 * the bounds that let most of them be skipped.
 */
import { LABELS, NE_TYPES, O, label } from './labels.js';

/** Transition weights: `trans[a * LABELS + b]` for a → b, plus weights to start and end a sentence. */
export interface Transitions {
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

/** Labels that close a span (may be followed by an opening label): O, E-x, S-x. */
export const CLOSING = Int32Array.from([O, ...NE_TYPES.flatMap((_, t) => [label(t, 2), label(t, 3)])]);
/** Labels that may follow a closing label: O, B-x, S-x. */
export const OPENING = Int32Array.from([O, ...NE_TYPES.flatMap((_, t) => [label(t, 0), label(t, 3)])]);

/**
 * The transitions laid out for decoding. Depends only on the weights, so a loaded model builds it once; the
 * trainer, whose weights change between sentences, per call.
 */
export interface Decoding {
  /** `closeOpen[j * OPENING.length + k]`: the weight of `CLOSING[j]` → `OPENING[k]`. */
  closeOpen: Float64Array;
  /** Per opening label `OPENING[k]`, its largest weight from any closing label. */
  maxIn: Float64Array;
  /** Per closing label `CLOSING[j]`, its largest weight to any opening label. */
  maxOut: Float64Array;
  /** Per type `t` at `4t`: the weights of B → I, B → E, I → I and I → E. */
  inside: Float64Array;
}

/** The decoding tables of `t`. */
export function decodingOf(t: Transitions): Decoding {
  const C = CLOSING.length;
  const K = OPENING.length;
  const closeOpen = new Float64Array(C * K);
  const maxIn = new Float64Array(K).fill(-Infinity);
  const maxOut = new Float64Array(C).fill(-Infinity);
  for (let j = 0; j < C; j++) {
    for (let k = 0; k < K; k++) {
      const w = t.trans[CLOSING[j]! * LABELS + OPENING[k]!]!;
      closeOpen[j * K + k] = w;
      maxIn[k] = Math.max(maxIn[k]!, w);
      maxOut[j] = Math.max(maxOut[j]!, w);
    }
  }
  const inside = new Float64Array(4 * NE_TYPES.length);
  for (let ty = 0; ty < NE_TYPES.length; ty++) {
    const [b, i, e] = [label(ty, 0), label(ty, 1), label(ty, 2)];
    inside.set([t.trans[b * LABELS + i]!, t.trans[b * LABELS + e]!, t.trans[i * LABELS + i]!, t.trans[i * LABELS + e]!], 4 * ty);
  }
  return { closeOpen, maxIn, maxOut, inside };
}
