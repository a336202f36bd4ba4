/**
 * The word lattice of one kuromoji "sentence" (a piece ending at 、 or 。), in reusable typed arrays: a node is
 * an index, never an object. Positions are kuromoji's: characters counted as code points, a node ending at its
 * start plus its lattice length (unknown.ts). Nodes are added as kuromoji adds them — position by position,
 * dictionary words shortest first and in their list's order, then unknown words — since that order breaks ties.
 */
import { GROUP, INVOKE, type IpadicData } from './dictionary.js';
import { prefixSearch } from './trie.js';
import { charWidth, classAt, latticeLength, runEnd } from './unknown.js';

/** Words are entry indexes: known ones as they are, unknown ones as `~entry` (negative). */
export const isUnknown = (word: number) => word < 0;

/** The entry of BOS: connection ids 0 and no cost. */
const BOS_ENTRY = new Int32Array(3);

export class Lattice {
  /** Node fields: lattice start and end, UTF-16 start and length, connection ids, cost, word. Node 0 is BOS. */
  start = new Int32Array(0);
  end = new Int32Array(0);
  from = new Int32Array(0);
  length = new Int32Array(0);
  left = new Int32Array(0);
  right = new Int32Array(0);
  cost = new Int32Array(0);
  word = new Int32Array(0);
  size = 0;
  /** The last position a node ends at (EOS comes after it). */
  maxEnd = 0;
  private readonly matchValues = new Int32Array(512);
  private readonly matchLengths = new Int32Array(512);

  constructor(private readonly dictionary: IpadicData) {
    this.grow(1024);
  }

  private grow(capacity: number): void {
    const longer = (a: Int32Array) => {
      const b = new Int32Array(capacity);
      b.set(a);
      return b;
    };
    this.start = longer(this.start);
    this.end = longer(this.end);
    this.from = longer(this.from);
    this.length = longer(this.length);
    this.left = longer(this.left);
    this.right = longer(this.right);
    this.cost = longer(this.cost);
    this.word = longer(this.word);
  }

  /** Adds a node for entry `entry` of `entries`; `word` is what to remember for it. */
  private add(start: number, end: number, from: number, length: number, entries: Int32Array, entry: number, word: number): void {
    if (this.size === this.start.length) this.grow(this.size * 2);
    const n = this.size++;
    const ids = entries[3 * entry]!;
    this.start[n] = start;
    this.end[n] = end;
    this.from[n] = from;
    this.length[n] = length;
    this.left[n] = ids & 0xffff;
    this.right[n] = ids >>> 16;
    this.cost[n] = entries[3 * entry + 1]!;
    this.word[n] = word;
    if (end > this.maxEnd) this.maxEnd = end;
  }

  /** Builds the lattice of `text[from, to)`: dictionary words at every character, unknown words where due. */
  build(text: string, from: number, to: number): void {
    const d = this.dictionary;
    this.size = 0;
    this.maxEnd = 0;
    this.add(0, 0, from, 0, BOS_ENTRY, 0, 0);
    let runStop = from;
    let runClass = -1;
    for (let i = from, k = 0; i < to; k++) {
      const width = charWidth(text, i, to);
      const found = prefixSearch(d.trie, text, i, to, this.matchValues, this.matchLengths);
      for (let m = 0; m < found; m++) {
        const v = this.matchValues[m]!;
        const first = d.lists[2 * v] ?? 0;
        const last = first + (d.lists[2 * v + 1] ?? 0);
        const units = this.matchLengths[m]!;
        for (let e = first; e < last; e++) this.add(k, k + units, i, units, d.entries, e, e);
      }
      const cls = classAt(d, text, i);
      const flags = d.classFlags[cls] ?? 0;
      if (found === 0 || (flags & INVOKE) !== 0) {
        if (i >= runStop || cls !== runClass) {
          runStop = runEnd(d, text, i, to, cls);
          runClass = cls;
        }
        const group = (flags & GROUP) !== 0;
        const units = group ? runStop - i : width;
        const end = k + latticeLength(units, group && runStop > i + width ? 2 : 1);
        const first = d.unknownLists[2 * cls] ?? 0;
        const last = first + (d.unknownLists[2 * cls + 1] ?? 0);
        for (let e = first; e < last; e++) this.add(k, end, i, units, d.unknownEntries, e, ~e);
      }
      i += width;
    }
  }
}
