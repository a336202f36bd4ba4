/**
 * Turns gold sentences into training items: kuromoji tokens (the same tokenizer and call the `tokens` stage
 * uses), feature hashes, a pruned feature vocabulary, and gold labels or masks of allowed labels.
 */
import type { Token } from '../../../text/token.js';
import { tokenize } from '../../../text/tokens.js';
import type { GoldSentence } from './corpus.js';
import { sentenceFeatures } from './features.js';
import { LABELS, encodeSpans, label, O, tagOf } from './labels.js';
import type { TrainItem } from './trainer.js';

/** Feature hashes of every sentence (the tokenizer must be loaded). */
export function featurize(sentences: readonly GoldSentence[]): Uint32Array[] {
  return sentences.map((s) => sentenceFeatures(s.text, 0, s.text.length, tokenize(s.text, 0, s.text.length)));
}

/** Dense ids of the hashes seen at least `minCount` times. */
export function vocabulary(hashed: readonly Uint32Array[], minCount: number): { ids: Map<number, number>; hashes: Uint32Array } {
  const counts = new Map<number, number>();
  for (const h of hashed) for (const x of h) counts.set(x, (counts.get(x) ?? 0) + 1);
  const kept: number[] = [];
  for (const [h, c] of counts) if (c >= minCount) kept.push(h);
  kept.sort((a, b) => a - b);
  const ids = new Map<number, number>();
  kept.forEach((h, i) => ids.set(h, i));
  return { ids, hashes: Uint32Array.from(kept) };
}

/** Dense ids of one sentence's hashes (-1 where pruned). */
export function denseFeatures(hashes: Uint32Array, ids: Map<number, number>): Int32Array {
  const out = new Int32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) out[i] = ids.get(hashes[i]!) ?? -1;
  return out;
}

/** Gold labels where every span has one type; otherwise a mask allowing each span any of its types. */
export function targets(s: GoldSentence): { gold: Uint8Array | null; mask: Uint8Array | null } {
  const n = s.text.length;
  if (s.spans.every((g) => g.types.length === 1)) {
    const gold = new Uint8Array(n);
    encodeSpans(s.spans.map((g) => ({ start: g.start, end: g.end, type: g.types[0]! })), gold);
    return { gold, mask: null };
  }
  const mask = new Uint8Array(n * LABELS);
  for (let i = 0; i < n; i++) mask[i * LABELS + O] = 1;
  for (const g of s.spans) {
    for (let i = g.start; i < g.end; i++) mask[i * LABELS + O] = 0;
    for (const t of g.types) {
      if (g.end - g.start === 1) {
        mask[g.start * LABELS + label(t, 3)] = 1;
        continue;
      }
      mask[g.start * LABELS + label(t, 0)] = 1;
      for (let i = g.start + 1; i < g.end - 1; i++) mask[i * LABELS + label(t, 1)] = 1;
      mask[(g.end - 1) * LABELS + label(t, 2)] = 1;
    }
  }
  return { gold: null, mask };
}

/** Training items of featurised sentences. */
export function trainItems(sentences: readonly GoldSentence[], hashed: readonly Uint32Array[], ids: Map<number, number>): TrainItem[] {
  return sentences.map((s, k) => ({ n: s.text.length, feats: denseFeatures(hashed[k]!, ids), ...targets(s) }));
}


/**
 * For the token-level comparison: the labels allowed when spans may only start and end on kuromoji token
 * boundaries (B and S at a token's first character, E and S at its last), which is what a tagger over tokens
 * can express.
 */
export function tokenBoundaryMask(n: number, tokens: readonly Token[]): Uint8Array {
  const starts = new Uint8Array(n + 1);
  const ends = new Uint8Array(n + 1);
  for (const t of tokens) {
    if (t.start < n) starts[t.start] = 1;
    if (t.end >= 1 && t.end <= n) ends[t.end - 1] = 1;
  }
  const mask = new Uint8Array(n * LABELS);
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < LABELS; l++) {
      const g = tagOf(l);
      const ok = g === -1 || g === 1 || (g === 0 && starts[i]) || (g === 2 && ends[i]) || (g === 3 && starts[i] && ends[i]);
      mask[i * LABELS + l] = ok ? 1 : 0;
    }
  }
  return mask;
}

/** Whether every gold span of `s` starts and ends on a token boundary. */
export function alignedToTokens(s: GoldSentence, tokens: readonly Token[]): boolean {
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  return s.spans.every((g) => starts.has(g.start) && ends.has(g.end));
}
