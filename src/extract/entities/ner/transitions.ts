/**
 * Transition weights between the BIOES labels, and the bounds decoding prunes with. Between characters a span
 * either continues (B/I-x → I/E-x, two predecessors each) or the path moves from a label that closes (O, E-x,
 * S-x) to one that opens (O, B-x, S-x): 21 × 21 pairs, where nearly all of the decoding time would go without
 * the bounds.
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
 * For each opening label the largest weight of a transition into it from a closing label (`maxIn`), and for each
 * closing label the largest weight out of it to an opening label (`maxOut`). Depends only on the weights, so a
 * loaded model computes it once; the trainer, whose weights change between sentences, per call.
 */
export interface Bounds {
  maxIn: Float64Array;
  maxOut: Float64Array;
}

/** The pruning bounds of `t`. */
export function boundsOf(t: Transitions): Bounds {
  const maxIn = new Float64Array(LABELS).fill(-Infinity);
  const maxOut = new Float64Array(LABELS).fill(-Infinity);
  for (const a of CLOSING) {
    for (const b of OPENING) {
      const w = t.trans[a * LABELS + b]!;
      maxIn[b] = Math.max(maxIn[b]!, w);
      maxOut[a] = Math.max(maxOut[a]!, w);
    }
  }
  return { maxIn, maxOut };
}
