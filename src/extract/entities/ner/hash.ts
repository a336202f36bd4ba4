/**
 * 32-bit feature hashing without building strings: a feature is its template id mixed with a few integers
 * (character codes, classes, hashes of token strings). MurmurHash3's mixing steps keep collisions rare for the
 * few million features a model sees.
 *
 * `mix(h, v)` is `mixScrambled(h, scramble(v))`: a value that goes into many hashes (a character's code goes into
 * eight features of five characters) is scrambled once and mixed in with the cheaper half.
 */

/** The half of `mix` that depends on the value alone. */
export function scramble(v: number): number {
  const k = Math.imul(v, 0xcc9e2d51);
  return Math.imul((k << 15) | (k >>> 17), 0x1b873593);
}

/** Mixes an already scrambled value `k` into the running hash `h`. */
export function mixScrambled(h: number, k: number): number {
  const x = h ^ k;
  return (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
}

/** Mixes `v` into the running hash `h`. */
export function mix(h: number, v: number): number {
  return mixScrambled(h, scramble(v));
}

/** Final avalanche, so nearby inputs land far apart; the result is an unsigned 32-bit integer. */
export function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEED = 0x9747b28c;

/** Mixes the UTF-16 code units of `s[from, to)` into `h`. */
function mixChars(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = mixScrambled(h, scramble(s.charCodeAt(i)));
  return h;
}

/** Hash of a string's UTF-16 code units (for token surfaces and parts of speech, once per token). */
export function hashString(s: string, seed = SEED): number {
  return finish(mix(mixChars(seed, s, 0, s.length), s.length));
}

/** `hashString(s.slice(from, to))` without the slice. */
export function hashRange(s: string, from: number, to: number): number {
  return finish(mix(mixChars(SEED, s, from, to), to - from));
}

const COMMA = ','.charCodeAt(0);

/** `hashString(`${a},${b},${c}`)` without building the string. */
export function hashJoined(a: string, b: string, c: string): number {
  let h = mixChars(SEED, a, 0, a.length);
  h = mixChars(mix(h, COMMA), b, 0, b.length);
  h = mixChars(mix(h, COMMA), c, 0, c.length);
  return finish(mix(h, a.length + b.length + c.length + 2));
}
