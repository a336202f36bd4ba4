/**
 * Features of every character of a sentence, as 32-bit hashes: a fixed number (`FEATURES`) per character, so a
 * sentence's features are one flat Uint32Array. Character n-grams and classes carry the name itself (習近平
 * stays whole however IPADIC splits it); the kuromoji tokens of the shared `tokens` layer add word boundaries,
 * parts of speech and the neighbouring words (氏, 大統領, 省, 県 …).
 */
import type { Token } from '../../../text/token.js';
import { classOf } from './chars.js';
import { finish, hashString, mix } from './hash.js';

/** Features per character. Part of the model format: a model records the value it was trained with. */
export const FEATURES = 22;
/** The first token feature; characters no token covers get a NONE feature from here on. */
const TOKEN_FEATURES = 13;

const BOS = 0x110000;
const EOS = 0x110001;
const NONE = 0x110002;
/** Edge padding of the character arrays: the widest window reaches two characters out. */
const PAD = 2;

/** Hashes of one token's strings, computed once per token. */
interface TokenInfo {
  start: number;
  end: number;
  surface: number;
  pos: number;
  pos1: number;
}

const f1 = (t: number, a: number): number => finish(mix(mix(t, a), 1));
const f2 = (t: number, a: number, b: number): number => finish(mix(mix(mix(t, a), b), 2));
const f3 = (t: number, a: number, b: number, c: number): number => finish(mix(mix(mix(mix(t, a), b), c), 3));
const f4 = (t: number, a: number, b: number, c: number, d: number): number =>
  finish(mix(mix(mix(mix(mix(t, a), b), c), d), 4));

/** Position of character `i` in a run `[s, e)`: 0 begin, 1 inside, 2 end, 3 single. */
function runPos(i: number, s: number, e: number): number {
  if (e - s === 1) return 3;
  return i === s ? 0 : i === e - 1 ? 2 : 1;
}

/** Work arrays reused from sentence to sentence (grown when a longer one comes), so tagging allocates little. */
let scratch = { size: 0, code: new Int32Array(0), cls: new Int32Array(0), tokOf: new Int32Array(0), runStart: new Int32Array(0), runEnd: new Int32Array(0), out: new Uint32Array(0) };

function work(n: number): typeof scratch {
  if (scratch.size < n) {
    const size = Math.max(n, 2 * scratch.size, 256);
    scratch = {
      size,
      code: new Int32Array(size + 2 * PAD),
      cls: new Int32Array(size + 2 * PAD),
      tokOf: new Int32Array(size),
      runStart: new Int32Array(size),
      runEnd: new Int32Array(size),
      out: new Uint32Array(size * FEATURES),
    };
  }
  return scratch;
}

/**
 * Features of `text[start, end)` given the tokens that cover it (absolute offsets, in order; tokens outside the
 * range are ignored). Returns `(end - start) * FEATURES` hashes: a new array, or with `reuse` a view of a
 * buffer that the next call overwrites (for tagging, which needs them only once).
 */
export function sentenceFeatures(text: string, start: number, end: number, tokens: readonly Token[], reuse = false): Uint32Array {
  const n = end - start;
  const w = work(n);
  const out = reuse ? w.out.subarray(0, n * FEATURES) : new Uint32Array(n * FEATURES);
  if (n === 0) return out;
  const { code, cls, tokOf, runStart, runEnd } = w;
  code.fill(BOS, 0, PAD);
  code.fill(EOS, n + PAD, n + 2 * PAD);
  cls.fill(0, 0, PAD);
  cls.fill(0, n + PAD, n + 2 * PAD);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(start + i);
    code[i + PAD] = c;
    cls[i + PAD] = classOf(c);
  }
  // Token of each character (-1 where no token covers it).
  const infos: TokenInfo[] = [];
  tokOf.fill(-1, 0, n);
  for (const t of tokens) {
    if (t.end <= start || t.start >= end) continue;
    const k = infos.length;
    infos.push({
      start: t.start - start,
      end: t.end - start,
      surface: hashString(text.slice(t.start, t.end)),
      pos: hashString(`${t.pos},${t.pos1},${t.pos2}`),
      pos1: hashString(t.pos),
    });
    for (let i = Math.max(0, t.start - start); i < Math.min(n, t.end - start); i++) tokOf[i] = k;
  }
  // Same-class runs.
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && cls[j + PAD] === cls[i + PAD]) j++;
    for (let k = i; k < j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
    }
    i = j;
  }
  for (let i = 0; i < n; i++) {
    const o = i * FEATURES;
    const p = i + PAD;
    const c = code[p]!;
    const cl = cls[p]!;
    // Characters: unigrams and bigrams in a window of five.
    out[o] = f1(0, 0);
    out[o + 1] = f1(1, code[p - 2]!);
    out[o + 2] = f1(2, code[p - 1]!);
    out[o + 3] = f1(3, c);
    out[o + 4] = f1(4, code[p + 1]!);
    out[o + 5] = f1(5, code[p + 2]!);
    out[o + 6] = f2(6, code[p - 2]!, code[p - 1]!);
    out[o + 7] = f2(7, code[p - 1]!, c);
    out[o + 8] = f2(8, c, code[p + 1]!);
    out[o + 9] = f2(9, code[p + 1]!, code[p + 2]!);
    // Character classes: the window's pattern, and the same-class run the character is in.
    out[o + 10] = f4(10, cls[p - 2]! | (cls[p - 1]! << 4), cl, cls[p + 1]!, cls[p + 2]!);
    out[o + 11] = f3(11, cls[p - 1]!, cl, cls[p + 1]!);
    const rl = Math.min(runEnd[i]! - runStart[i]!, 10);
    out[o + 12] = f3(12, cl, rl, runPos(i, runStart[i]!, runEnd[i]!));
    const k = tokOf[i]!;
    if (k < 0) {
      for (let f = TOKEN_FEATURES; f < FEATURES; f++) out[o + f] = f1(f, NONE);
      continue;
    }
    // Tokens: where the character sits in its token, the token's and its neighbours' POS and surfaces.
    const t = infos[k]!;
    const prev = infos[k - 1];
    const next = infos[k + 1];
    const tp = runPos(i, t.start, t.end);
    out[o + 13] = f2(13, tp, t.pos);
    out[o + 14] = f2(14, tp, t.surface);
    out[o + 15] = f3(15, tp, prev ? prev.pos : BOS, t.pos);
    out[o + 16] = f3(16, tp, t.pos, next ? next.pos : EOS);
    out[o + 17] = f2(17, tp, prev ? prev.surface : BOS);
    out[o + 18] = f2(18, tp, next ? next.surface : EOS);
    out[o + 19] = f3(19, tp, Math.min(t.end - t.start, 8), cl);
    out[o + 20] = f2(20, tp, c);
    out[o + 21] = f4(21, tp, prev ? prev.pos1 : BOS, t.pos1, next ? next.pos1 : EOS);
  }
  return out;
}
