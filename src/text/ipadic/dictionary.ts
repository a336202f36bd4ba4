/**
 * The loaded IPADIC dictionary: flat typed arrays and numbers only, so it is cheap to build, holds no object per
 * word, and can be posted to a worker thread as it is (SharedArrayBuffer-backed arrays stay shared). kuromoji's
 * two-step word lookup (trie value → list of record offsets → 10-byte record) is compiled at load into one table
 * of entries grouped by trie value, so the lattice reads a word's ids and cost from one place.
 */
import type { IpadicFiles } from './files.js';

export interface IpadicData {
  /**
   * Double-array trie over UTF-8 bytes, BASE and CHECK interleaved (`trie[2i]`, `trie[2i + 1]`): a step reads
   * the CHECK of a cell and then its BASE, so keeping them side by side halves the cache misses of a lookup.
   * A key's NUL leaf holds -(trie value + 1) as its BASE.
   */
  trie: Int32Array;
  /** Words of a trie value `v`: entries `lists[2v]` to `lists[2v] + lists[2v + 1]`. */
  lists: Int32Array;
  /** Word entries, 3 int32 each: left id | right id << 16, cost, offset of its feature line in `features`. */
  entries: Int32Array;
  features: Uint8Array;
  /** The same for unknown words, by character class id. */
  unknownLists: Int32Array;
  unknownEntries: Int32Array;
  unknownFeatures: Uint8Array;
  /**
   * Connection cost of a word with right id r followed by one with left id l: `costs[l * rights + r]`. Stored
   * by left id (cc.dat is by right id) so that scoring one node against its many predecessors reads one row.
   */
  costs: Int16Array;
  rights: number;
  /** Character class id of every UTF-16 code unit. */
  charClasses: Uint8Array;
  /** Per class id: INVOKE (unknown words even where the dictionary has words) and GROUP (runs of the class). */
  classFlags: Uint8Array;
  /** The class of characters outside the BMP (kuromoji gives them DEFAULT). */
  defaultClass: number;
}

export const INVOKE = 1;
export const GROUP = 2;

type Allocate = (bytes: number) => ArrayBuffer | SharedArrayBuffer;

/** `bytes[0, length)` in a fresh buffer from `allocate`. */
function copy(bytes: Uint8Array, length: number, allocate: Allocate): Uint8Array {
  const out = new Uint8Array(allocate(length));
  out.set(bytes.subarray(0, length));
  return out;
}

/** `bytes` as int32s: a view when aligned, else over an aligned copy. */
function int32s(bytes: Uint8Array): Int32Array {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length >> 2);
}

/** `bytes` as int16s: a view when aligned, else over an aligned copy. */
function int16s(bytes: Uint8Array): Int16Array {
  const aligned = bytes.byteOffset % 2 === 0 ? bytes : Uint8Array.from(bytes);
  return new Int16Array(aligned.buffer, aligned.byteOffset, aligned.length >> 1);
}

/** The kept part of `bytes`: itself when nothing is to be shared, else a shared copy. */
function keep(bytes: Uint8Array, length: number, allocate: Allocate, shared: boolean): Uint8Array {
  return shared ? copy(bytes, length, allocate) : bytes.subarray(0, length);
}

/**
 * Entries and lists from a target map and its 10-byte records (5 int16: left id, right id, cost, and the
 * feature offset's low and high halves), plus the highest feature offset (where the feature lines end).
 */
function compileWords(targetBytes: Buffer, wordBytes: Buffer, allocate: Allocate): { lists: Int32Array; entries: Int32Array; lastLine: number } {
  const targets = int32s(targetBytes);
  const words = int16s(wordBytes);
  const count = targets[0]!;
  let maxKey = -1;
  let total = 0;
  for (let k = 0, at = 1; k < count; k++) {
    const n = targets[at + 1]!;
    maxKey = Math.max(maxKey, targets[at]!);
    total += n;
    at += 2 + n;
  }
  const lists = new Int32Array(allocate(8 * (maxKey + 1)));
  const entries = new Int32Array(allocate(12 * total));
  let lastLine = 0;
  let e = 0;
  for (let k = 0, at = 1; k < count; k++, at += 2 + targets[at + 1]!) {
    const key = targets[at]!;
    const n = targets[at + 1]!;
    // kuromoji appends a repeated key's records to its list; the map never repeats one, so a key is one run
    lists[2 * key] = e;
    lists[2 * key + 1] = n;
    for (let j = 0; j < n; j++, e++) {
      const h = targets[at + 2 + j]! >> 1;
      const line = (words[h + 3]! & 0xffff) | (words[h + 4]! << 16);
      entries[3 * e] = (words[h]! & 0xffff) | (words[h + 1]! << 16);
      entries[3 * e + 1] = words[h + 2]!;
      entries[3 * e + 2] = line;
      lastLine = Math.max(lastLine, line);
    }
  }
  return { lists, entries, lastLine };
}

/** Bytes of a line table up to the NUL ending the line at `lastLine` (the rest is padding). */
function linesLength(lines: Buffer, lastLine: number): number {
  const end = lines.indexOf(0, lastLine);
  return end < 0 ? lines.length : end + 1;
}

/** BASE and CHECK side by side in one array. */
function interleave(base: Int32Array, check: Int32Array, allocate: Allocate): Int32Array {
  const cells = Math.min(base.length, check.length);
  const trie = new Int32Array(allocate(8 * cells));
  for (let i = 0; i < cells; i++) {
    trie[2 * i] = base[i]!;
    trie[2 * i + 1] = check[i]!;
  }
  return trie;
}

/** cc.dat (`[rights] [lefts]` then costs by right id) as costs by left id. */
function transposeCosts(cc: Buffer, allocate: Allocate): Int16Array {
  const table = int16s(cc);
  const rights = table[0]!;
  const lefts = table[1]!;
  const byLeft = new Int16Array(allocate(2 * rights * lefts));
  for (let r = 0; r < rights; r++) for (let l = 0; l < lefts; l++) byLeft[l * rights + r] = table[2 + r * lefts + l]!;
  return byLeft;
}

/** Class flags, and the id of DEFAULT, from the class definitions. */
function compileClasses(bytes: Buffer): { classFlags: Uint8Array; defaultClass: number } {
  const flags: number[] = [];
  let defaultClass = -1;
  // the definitions end where the zero padding starts (a real one never has an empty name)
  for (let at = 0; at + 6 < bytes.length && bytes[at + 6] !== 0; ) {
    let end = at + 6;
    while (end < bytes.length && bytes[end] !== 0) end++;
    if (bytes.toString('utf8', at + 6, end) === 'DEFAULT') defaultClass = flags.length;
    flags.push((bytes[at] === 1 ? INVOKE : 0) | (bytes[at + 1] === 1 ? GROUP : 0));
    at = end + 1;
  }
  if (defaultClass < 0) throw new Error('the IPADIC character classes have no DEFAULT class');
  return { classFlags: Uint8Array.from(flags), defaultClass };
}

/** The dictionary from its files; `shared` puts every array in SharedArrayBuffers, for worker threads. */
export function compileDictionary(files: IpadicFiles, shared = false): IpadicData {
  const allocate: Allocate = shared ? (n) => new SharedArrayBuffer(n) : (n) => new ArrayBuffer(n);
  const known = compileWords(files.targets, files.words, allocate);
  const unknown = compileWords(files.unknownTargets, files.unknownWords, allocate);
  if (files.charClasses.length !== 65536) throw new Error('the IPADIC character map does not cover the BMP');
  return {
    trie: interleave(int32s(files.base), int32s(files.check), allocate),
    lists: known.lists,
    entries: known.entries,
    features: keep(files.features, linesLength(files.features, known.lastLine), allocate, shared),
    unknownLists: unknown.lists,
    unknownEntries: unknown.entries,
    unknownFeatures: keep(files.unknownFeatures, linesLength(files.unknownFeatures, unknown.lastLine), allocate, shared),
    charClasses: keep(files.charClasses, 65536, allocate, shared),
    costs: transposeCosts(files.costs, allocate),
    rights: files.costs.readInt16LE(0),
    ...compileClasses(files.classes),
  };
}
