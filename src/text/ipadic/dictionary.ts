/**
 * The loaded IPADIC dictionary: flat typed arrays and numbers only, so it is cheap to build, holds no object per
 * word, and can be posted to a worker thread as it is (SharedArrayBuffer-backed arrays stay shared). kuromoji's
 * two-step word lookup (trie value → list of record offsets → 10-byte record) is compiled at load into one table
 * of entries grouped by trie value, so the lattice reads a word's ids and cost from one place.
 */
import { stringsLength, type IpadicFiles } from './files.js';

export interface IpadicData {
  /** Double-array trie (BASE, CHECK) over UTF-8 bytes; a key's NUL leaf holds -(trie value + 1). */
  base: Int32Array;
  check: Int32Array;
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

/** A copy of `bytes[0, length)` in a fresh buffer (shared when asked). */
function copy(bytes: Buffer, length: number, allocate: Allocate): Uint8Array {
  const out = new Uint8Array(allocate(length));
  out.set(bytes.subarray(0, length));
  return out;
}

/** `bytes` as int32s: a view when it may be (aligned, not to be shared), else a copy. */
function int32s(bytes: Buffer, allocate: Allocate, shared: boolean): Int32Array {
  if (!shared && bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  return new Int32Array(copy(bytes, bytes.length & ~3, allocate).buffer);
}

/** Entries and lists from a target map and its 10-byte records. */
function compileWords(targets: Buffer, words: Buffer, allocate: Allocate): { lists: Int32Array; entries: Int32Array } {
  const count = targets.readInt32LE(0);
  let maxKey = -1;
  let total = 0;
  for (let k = 0, at = 4; k < count; k++) {
    const n = targets.readInt32LE(at + 4);
    maxKey = Math.max(maxKey, targets.readInt32LE(at));
    total += n;
    at += 8 + 4 * n;
  }
  const lists = new Int32Array(allocate(8 * (maxKey + 1)));
  const entries = new Int32Array(allocate(12 * total));
  let e = 0;
  for (let k = 0, at = 4; k < count; k++) {
    const key = targets.readInt32LE(at);
    const n = targets.readInt32LE(at + 4);
    // kuromoji appends a repeated key's records to its list; the map never repeats one, so a key is one run
    lists[2 * key] = e;
    lists[2 * key + 1] = n;
    for (let j = 0; j < n; j++, e++) {
      const record = targets.readInt32LE(at + 8 + 4 * j);
      entries[3 * e] = (words.readInt16LE(record) & 0xffff) | (words.readInt16LE(record + 2) << 16);
      entries[3 * e + 1] = words.readInt16LE(record + 4);
      entries[3 * e + 2] = words.readInt32LE(record + 6);
    }
    at += 8 + 4 * n;
  }
  return { lists, entries };
}

/** cc.dat (`[rights] [lefts]` then costs by right id) as costs by left id. */
function transposeCosts(cc: Buffer, allocate: Allocate): Int16Array {
  const rights = cc.readInt16LE(0);
  const lefts = cc.readInt16LE(2);
  const byRight = new Int16Array(cc.buffer, cc.byteOffset + 4, rights * lefts);
  const byLeft = new Int16Array(allocate(2 * rights * lefts));
  for (let r = 0; r < rights; r++) for (let l = 0; l < lefts; l++) byLeft[l * rights + r] = byRight[r * lefts + l]!;
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
  const charClasses = files.charClasses.length === 65536 ? copy(files.charClasses, 65536, allocate) : null;
  if (!charClasses) throw new Error('the IPADIC character map does not cover the BMP');
  return {
    base: int32s(files.base, allocate, shared),
    check: int32s(files.check, allocate, shared),
    lists: known.lists,
    entries: known.entries,
    features: copy(files.features, stringsLength(files.features), allocate),
    unknownLists: unknown.lists,
    unknownEntries: unknown.entries,
    unknownFeatures: copy(files.unknownFeatures, stringsLength(files.unknownFeatures), allocate),
    costs: transposeCosts(files.costs, allocate),
    rights: files.costs.readInt16LE(0),
    charClasses,
    ...compileClasses(files.classes),
  };
}
