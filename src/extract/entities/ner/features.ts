/**
 * Features of every character of a sentence, as 32-bit hashes: a fixed number (`FEATURES`) per character, so a
 * sentence's features are one flat Uint32Array. Character n-grams and classes carry the name itself (習近平
 * stays whole however IPADIC splits it); the kuromoji tokens of the shared `tokens` layer add word boundaries,
 * parts of speech and the neighbouring words (氏, 大統領, 省, 県 …).
 *
 * Feature `f` of template `t` over values `a, b …` is `finish(mix(…mix(mix(t, a), b)…, arity))` (hash.ts); the
 * hashes are part of the model file, so the way they are computed may change but never their values. To keep
 * this cheap, every value is scrambled once (a character's code, a token's strings), and the features that see
 * only small numbers (character classes, run and token lengths, positions) come from tables built once.
 */
import type { Token } from '../../../text/token.js';
import { classOf } from './chars.js';
import { finish, hashJoined, hashRange, hashString, mix, mixScrambled, scramble } from './hash.js';

/** Features per character. Part of the model format: a model records the value it was trained with. */
export const FEATURES = 22;
/** The first token feature; characters no token covers get a NONE feature from here on. */
const TOKEN_FEATURES = 13;

const BOS = 0x110000;
const EOS = 0x110001;
const NONE = 0x110002;
/** Edge padding of the character arrays: the widest window reaches two characters out. */
const PAD = 2;
/** Scrambled arity suffixes (the last value mixed into a feature of one to four values). */
const END = [0, 1, 2, 3, 4].map(scramble);
const END1 = END[1]!;
const END2 = END[2]!;
const END3 = END[3]!;
const END4 = END[4]!;

/** Position of character `i` in a run `[s, e)`: 0 begin, 1 inside, 2 end, 3 single. */
function runPos(i: number, s: number, e: number): number {
  if (e - s === 1) return 3;
  return i === s ? 0 : i === e - 1 ? 2 : 1;
}

/** A whole feature hash from an unfinished one: mix in the scrambled arity and finish. */
const close = (h: number, end: number): number => finish(mixScrambled(h, end));

/** The bias (template 0) and, per token template, its value for a character no token covers. */
const BIAS = close(mix(0, 0), END1);
const UNCOVERED = Uint32Array.from({ length: FEATURES }, (_, f) => (f >= TOKEN_FEATURES ? close(mix(f, NONE), END1) : 0));
/** Template 11, the class trigram: `[a << 8 | b << 4 | c]`. */
const CLASS3 = Uint32Array.from({ length: 1 << 12 }, (_, x) => close(mix(mix(mix(11, x >> 8), (x >> 4) & 15), x & 15), END3));
/** Template 12, class × run length (≤ 10) × position in the run: `[(cl * 11 + rl) * 4 + pos]`. */
const RUNS = Uint32Array.from({ length: 16 * 11 * 4 }, (_, x) => close(mix(mix(mix(12, Math.floor(x / 44)), Math.floor(x / 4) % 11), x & 3), END3));
/** Template 19, position in token × token length (≤ 8) × class: `[(tp * 9 + len) * 16 + cl]`. */
const TOKEN_SHAPE = Uint32Array.from({ length: 4 * 9 * 16 }, (_, x) => close(mix(mix(mix(19, Math.floor(x / 144)), Math.floor(x / 16) % 9), x & 15), END3));
/** Template 10 (the class 5-gram) up to its last two values: `mix(mix(10, a), b)` at `[a << 4 | b]`, a < 256. */
const CLASS5 = Int32Array.from({ length: 1 << 12 }, (_, x) => mix(mix(10, x >> 4), x & 15));
/** Scrambled small values (classes). */
const SMALL = Int32Array.from({ length: 16 }, (_, x) => scramble(x));
/** `mix(t, tp)` for the token templates whose first value is the position in the token: `[t * 4 + tp]`. */
const AT = Int32Array.from({ length: FEATURES * 4 }, (_, x) => mix(x >> 2, x & 3));

/** Work arrays reused from sentence to sentence (grown when a longer one comes), so tagging allocates little. */
function newScratch(size: number) {
  const padded = () => new Int32Array(size + 2 * PAD);
  return {
    size,
    code: padded(),
    /** `scramble(code[p])`. */
    key: padded(),
    cls: padded(),
    tokOf: new Int32Array(size),
    runStart: new Int32Array(size),
    runEnd: new Int32Array(size),
    out: new Uint32Array(size * FEATURES),
  };
}

/**
 * The sentence's tokens, with an edge entry on either side (BOS before the first, EOS after the last): offsets
 * and the scrambled hashes of the surface, of `pos,pos1,pos2` and of `pos`.
 */
function newTokenScratch(size: number) {
  const ints = () => new Int32Array(size);
  return { size, start: ints(), end: ints(), surface: ints(), pos: ints(), pos1: ints() };
}

let scratch = newScratch(0);
let toks = newTokenScratch(0);
const SCRAMBLED_BOS = scramble(BOS);
const SCRAMBLED_EOS = scramble(EOS);

function work(n: number): typeof scratch {
  if (scratch.size < n) scratch = newScratch(Math.max(n, 2 * scratch.size, 256));
  return scratch;
}

/** Fills `toks` with the tokens overlapping `[start, end)` (sentence-relative offsets) and `tokOf`; returns their count. */
function tokenTable(text: string, start: number, end: number, tokens: readonly Token[], tokOf: Int32Array): number {
  const n = end - start;
  if (toks.size < tokens.length + 2) toks = newTokenScratch(Math.max(tokens.length + 2, 2 * toks.size, 64));
  const tt = toks;
  tokOf.fill(-1, 0, n);
  tt.surface[0] = tt.pos[0] = tt.pos1[0] = SCRAMBLED_BOS;
  let k = 1;
  for (const t of tokens) {
    if (t.end <= start || t.start >= end) continue;
    tt.start[k] = t.start - start;
    tt.end[k] = t.end - start;
    tt.surface[k] = scramble(hashRange(text, t.start, t.end));
    tt.pos[k] = scramble(hashJoined(t.pos, t.pos1, t.pos2));
    tt.pos1[k] = scramble(hashString(t.pos));
    for (let i = Math.max(0, t.start - start), e = Math.min(n, t.end - start); i < e; i++) tokOf[i] = k;
    k++;
  }
  tt.surface[k] = tt.pos[k] = tt.pos1[k] = SCRAMBLED_EOS;
  return k - 1;
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
  const { code, key, cls, tokOf, runStart, runEnd } = w;
  for (let p = 0; p < PAD; p++) {
    code[p] = BOS;
    code[n + PAD + p] = EOS;
    cls[p] = cls[n + PAD + p] = 0;
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(start + i);
    code[i + PAD] = c;
    cls[i + PAD] = classOf(c);
  }
  for (let p = 0; p < n + 2 * PAD; p++) key[p] = scramble(code[p]!);
  tokenTable(text, start, end, tokens, tokOf);
  const tt = toks;
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
    const kc = key[p]!;
    const km1 = key[p - 1]!;
    const km2 = key[p - 2]!;
    const kp1 = key[p + 1]!;
    const kp2 = key[p + 2]!;
    const cl = cls[p]!;
    // Characters: unigrams and bigrams in a window of five.
    out[o] = BIAS;
    out[o + 1] = close(mixScrambled(1, km2), END1);
    out[o + 2] = close(mixScrambled(2, km1), END1);
    out[o + 3] = close(mixScrambled(3, kc), END1);
    out[o + 4] = close(mixScrambled(4, kp1), END1);
    out[o + 5] = close(mixScrambled(5, kp2), END1);
    out[o + 6] = close(mixScrambled(mixScrambled(6, km2), km1), END2);
    out[o + 7] = close(mixScrambled(mixScrambled(7, km1), kc), END2);
    out[o + 8] = close(mixScrambled(mixScrambled(8, kc), kp1), END2);
    out[o + 9] = close(mixScrambled(mixScrambled(9, kp1), kp2), END2);
    // Character classes: the window's pattern, and the same-class run the character is in.
    const cm1 = cls[p - 1]!;
    const cp1 = cls[p + 1]!;
    const head = CLASS5[(((cls[p - 2]! | (cm1 << 4)) << 4) | cl)]!;
    out[o + 10] = close(mixScrambled(mixScrambled(head, SMALL[cp1]!), SMALL[cls[p + 2]!]!), END4);
    out[o + 11] = CLASS3[(cm1 << 8) | (cl << 4) | cp1]!;
    const rs = runStart[i]!;
    const re = runEnd[i]!;
    out[o + 12] = RUNS[(cl * 11 + Math.min(re - rs, 10)) * 4 + runPos(i, rs, re)]!;
    const k = tokOf[i]!;
    if (k < 0) {
      for (let f = TOKEN_FEATURES; f < FEATURES; f++) out[o + f] = UNCOVERED[f]!;
      continue;
    }
    // Tokens: where the character sits in its token, the token's and its neighbours' POS and surfaces.
    const ts = tt.start[k]!;
    const te = tt.end[k]!;
    const tp = runPos(i, ts, te);
    const pos = tt.pos[k]!;
    out[o + 13] = close(mixScrambled(AT[13 * 4 + tp]!, pos), END2);
    out[o + 14] = close(mixScrambled(AT[14 * 4 + tp]!, tt.surface[k]!), END2);
    out[o + 15] = close(mixScrambled(mixScrambled(AT[15 * 4 + tp]!, tt.pos[k - 1]!), pos), END3);
    out[o + 16] = close(mixScrambled(mixScrambled(AT[16 * 4 + tp]!, pos), tt.pos[k + 1]!), END3);
    out[o + 17] = close(mixScrambled(AT[17 * 4 + tp]!, tt.surface[k - 1]!), END2);
    out[o + 18] = close(mixScrambled(AT[18 * 4 + tp]!, tt.surface[k + 1]!), END2);
    out[o + 19] = TOKEN_SHAPE[(tp * 9 + Math.min(te - ts, 8)) * 16 + cl]!;
    out[o + 20] = close(mixScrambled(AT[20 * 4 + tp]!, kc), END2);
    out[o + 21] = close(mixScrambled(mixScrambled(mixScrambled(AT[21 * 4 + tp]!, tt.pos1[k - 1]!), tt.pos1[k]!), tt.pos1[k + 1]!), END4);
  }
  return out;
}
