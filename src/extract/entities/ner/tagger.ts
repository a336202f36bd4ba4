/**
 * Tags one sentence with a loaded model: features → emission scores → Viterbi → typed spans with absolute
 * offsets. Pure and synchronous; the model and the tokens come from the caller.
 */
import type { Token } from '../../../text/token.js';
import { sentenceFeatures } from './features.js';
import { LABELS, NE_TYPES, decodeSpans, type NeType } from './labels.js';
import type { NerModel } from './model.js';
import { viterbi } from './viterbi.js';

/** A tagged name: absolute half-open offsets, its type, and a confidence in [0, 1]. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: NeType;
  score: number;
}

/**
 * Confidence of a span: the logistic of the mean margin by which the chosen label's emission beats the best
 * other label on the span's characters. Monotone in the model's certainty, not a calibrated probability.
 */
function confidence(em: Float32Array, labels: Uint8Array, s: number, e: number, unit: number): number {
  let sum = 0;
  for (let i = s; i < e; i++) {
    const o = i * LABELS;
    const chosen = em[o + labels[i]!]!;
    let other = -Infinity;
    for (let l = 0; l < LABELS; l++) if (l !== labels[i] && em[o + l]! > other) other = em[o + l]!;
    sum += chosen - other;
  }
  return 1 / (1 + Math.exp(-(sum / (e - s)) * unit));
}

/** Names in `text[start, end)`, given the kuromoji tokens covering it (absolute offsets). */
export function tagSentence(model: NerModel, text: string, start: number, end: number, tokens: readonly Token[]): TaggedSpan[] {
  const n = end - start;
  if (n <= 0) return [];
  const feats = sentenceFeatures(text, start, end, tokens);
  const em = model.emissions(feats, n);
  const labels = viterbi(n, em, model.scaled);
  return decodeSpans(labels, n).map((r) => ({
    start: start + r.start,
    end: start + r.end,
    type: NE_TYPES[r.type]!,
    score: confidence(em, labels, r.start, r.end, model.data.scale),
  }));
}
