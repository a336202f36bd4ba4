/**
 * Common-prefix search in IPADIC's double-array trie. The trie's keys are UTF-8 bytes ending in a NUL byte, so
 * the text is encoded on the fly, one character at a time, straight from the UTF-16 string (kuromoji encodes the
 * whole remaining sentence at every position, which is what makes it quadratic on long inputs).
 */

/** Child of `node` along `byte`, or -1 (`trie` holds BASE and CHECK interleaved). */
function step(trie: Int32Array, node: number, byte: number): number {
  const next = trie[2 * node]! + byte;
  return next >>> 0 < trie.length >>> 1 && trie[2 * next + 1] === node ? next : -1;
}

/**
 * Every dictionary word that starts at `text[from]` and ends by `to`, shortest first: writes its trie value to
 * `values[k]` and its UTF-16 length to `lengths[k]`, and returns how many (at most `values.length`).
 */
export function prefixSearch(
  trie: Int32Array,
  text: string,
  from: number,
  to: number,
  values: Int32Array,
  lengths: Int32Array,
): number {
  let found = 0;
  let node = 0;
  for (let i = from; i < to && node >= 0; ) {
    let c = text.charCodeAt(i++);
    if (c >= 0xd800 && c <= 0xdbff) {
      const low = i < to ? text.charCodeAt(i) : 0;
      // a lone high surrogate has no UTF-8 form (kuromoji throws on it): no word goes through it
      if (low < 0xdc00 || low > 0xdfff) break;
      c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
      i++;
    }
    if (c < 0x80) {
      node = step(trie, node, c);
    } else if (c < 0x800) {
      node = step(trie, node, 0xc0 | (c >>> 6));
      if (node >= 0) node = step(trie, node, 0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      node = step(trie, node, 0xe0 | (c >>> 12));
      if (node >= 0) node = step(trie, node, 0x80 | ((c >>> 6) & 0x3f));
      if (node >= 0) node = step(trie, node, 0x80 | (c & 0x3f));
    } else {
      node = step(trie, node, 0xf0 | (c >>> 18));
      if (node >= 0) node = step(trie, node, 0x80 | ((c >>> 12) & 0x3f));
      if (node >= 0) node = step(trie, node, 0x80 | ((c >>> 6) & 0x3f));
      if (node >= 0) node = step(trie, node, 0x80 | (c & 0x3f));
    }
    if (node < 0) break;
    // a key ends here when the node has a child along the terminating NUL; that leaf's BASE holds -(value + 1)
    const leaf = step(trie, node, 0);
    if (leaf >= 0 && found < values.length) {
      values[found] = -trie[2 * leaf]! - 1;
      lengths[found++] = i - from;
    }
  }
  return found;
}
