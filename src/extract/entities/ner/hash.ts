/**
 * 32-bit feature hashing without building strings: a feature is its template id mixed with a few integers
 * (character codes, classes, hashes of token strings). MurmurHash3's mixing steps keep collisions rare for the
 * few million features a model sees.
 */

/** Mixes `v` into the running hash `h`. */
export function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let x = h ^ k;
  x = (x << 13) | (x >>> 19);
  return (Math.imul(x, 5) + 0xe6546b64) | 0;
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

/** Hash of a string's UTF-16 code units (for token surfaces and parts of speech, once per token). */
export function hashString(s: string, seed = 0x9747b28c): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return finish(mix(h, s.length));
}
