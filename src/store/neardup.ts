/**
 * Near-duplicate detection: MinHash over character shingles, with LSH bands so a new article is compared only
 * with the few stored ones that share a band. Syndicated copies (the same wire story under another outlet's
 * header, a corrected paragraph) score far above the threshold; different stories on one topic far below.
 */

/** Characters per shingle: long enough that unrelated Japanese texts share few, short enough to survive edits. */
const SHINGLE = 5;
/** Hash functions in a signature. */
export const SIGNATURE_SIZE = 64;
/** LSH bands × rows = signature size; 16 × 4 finds pairs above ~0.7 similarity with high probability. */
const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated Jaccard similarity from which an article counts as a copy of an earlier one. */
export const DUPLICATE_THRESHOLD = 0.8;
/** Texts shorter than this (after normalising) are too short to call copies. */
const MIN_CHARS = 40;

const SEEDS = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x = fmix(x + 0x6d2b79f5 + i);
    seeds[i] = x;
  }
  return seeds;
})();

/** Murmur3's finaliser: a cheap, well-mixing 32-bit permutation. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The distinct shingle hashes of `text` (NFKC, whitespace dropped, so layout does not matter). */
function shingles(text: string): Set<number> {
  const t = text.normalize('NFKC').replace(/\s+/gu, '');
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= t.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ t.charCodeAt(j), 0x01000193);
    out.add(h >>> 0);
  }
  return out;
}

/** The MinHash signature of `text`, or null when it is too short to compare. */
export function minhash(text: string): Uint32Array | null {
  const set = shingles(text);
  if (set.size < MIN_CHARS - SHINGLE) return null;
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of set) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = fmix(h ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** The estimated Jaccard similarity of two signatures: the share of positions where they agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One LSH bucket per band: band × 2³² + a hash of the band's rows (below 2⁵³, so exact as a JS number). */
export function buckets(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix(Math.imul(h, 31) ^ sig[b * ROWS + r]!);
    out.push(b * 2 ** 32 + h);
  }
  return out;
}

/** A signature as text for the store (little-endian, base64). */
export function encodeSignature(sig: Uint32Array): string {
  const buf = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => buf.writeUInt32LE(v, i * 4));
  return buf.toString('base64');
}

export function decodeSignature(text: string): Uint32Array {
  const buf = Buffer.from(text, 'base64');
  const sig = new Uint32Array(buf.length / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = buf.readUInt32LE(i * 4);
  return sig;
}
