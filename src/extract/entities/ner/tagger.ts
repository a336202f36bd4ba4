/**
 * Tags one sentence with a loaded model: features → emission scores → Viterbi → typed spans with absolute
 * offsets. Pure and synchronous; the model and the tokens come from the caller.
 */
import type { Token } from '../../../text/token.js';
import { sentenceFeatures } from './features.js';
import { LABELS, NE_TYPES, decodeSpans, type NeType } from './labels.js';
import { spanMargins } from './margins.js';
import type { NerModel } from './model.js';
import { lastForward, viterbi } from './viterbi.js';

/**
 * A tagged name: absolute half-open offsets, its type, and a confidence in [0, 1] (the span's max-marginal
 * margin through the model's calibration, fitted on the tuning sentences).
 */
export interface TaggedSpan {
  start: number;
  end: number;
  type: NeType;
  score: number;
  /** The span's max-marginal margin in weight units (margins.ts): how much better the chosen path is. */
  margin: number;
}

/** Emission scores and labels, reused from sentence to sentence. */
let emBuffer = new Float32Array(0);
let labelBuffer = new Uint8Array(0);

/** Names in `text[start, end)`, given the kuromoji tokens covering it (absolute offsets). */
export function tagSentence(model: NerModel, text: string, start: number, end: number, tokens: readonly Token[]): TaggedSpan[] {
  const n = end - start;
  if (n <= 0) return [];
  const feats = sentenceFeatures(text, start, end, tokens, true);
  if (emBuffer.length < n * LABELS) emBuffer = new Float32Array(Math.max(n * LABELS, 2 * emBuffer.length));
  const em = model.emissions(feats, n, emBuffer);
  if (labelBuffer.length < n) labelBuffer = new Uint8Array(Math.max(n, 2 * labelBuffer.length, 256));
  const labels = viterbi(n, em, model.scaled, { decoding: model.decoding, into: labelBuffer });
  const spans = decodeSpans(labels, n);
  const margins = spanMargins(n, em, model.scaled, lastForward(n), labels, spans, model.decoding);
  const [a, b] = model.data.calibration;
  return spans.map((r, k) => {
    const margin = margins[k]! * model.data.scale;
    return { start: start + r.start, end: start + r.end, type: NE_TYPES[r.type]!, score: 1 / (1 + Math.exp(-(a * margin + b))), margin };
  });
}
