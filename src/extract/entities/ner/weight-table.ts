/**
 * The model's sparse weights as the tagger looks them up: open addressing over the 32-bit feature hashes, two
 * Int32s a slot. Tagging looks up 22 features a character, most of them rare (character bigrams, token
 * surfaces) and so out of cache, and between two articles the tokenizer pushes the table out of cache again: the
 * table is kept small (8 bytes a slot, up to four fifths of the slots used: 1 MB for the shipped model, which
 * tagged the Wikinews articles faster than twice the room), and a feature with a single weight — most rare
 * features — keeps it in its slot, so looking it up touches one cache line.
 */

/** Row of feature `k`: `[offsets[k], offsets[k + 1])` of `labels` and `weights` (the model file's layout). */
export interface SparseRows {
  keys: Uint32Array;
  offsets: Uint32Array;
  labels: Uint8Array;
  weights: Int16Array;
}

/** A row entry as one Int32: `label << 16 | weight`. */
const pack = (label: number, weight: number) => (label << 16) | (weight & 0xffff);

export class WeightTable {
  /**
   * Per slot the hash and `info`: 0 for an empty slot; `-(entry + 1)` for a row of one entry; else
   * `(start << 8 | length) + 1`, the row being `rows[start, start + length)`.
   */
  private readonly slots: Int32Array;
  /** The rows of two entries or more, packed. */
  private readonly rows: Int32Array;
  private readonly mask: number;

  /** @throws Error when a row is longer than the format allows. */
  constructor(data: SparseRows) {
    const { keys, offsets, labels, weights } = data;
    let size = 1;
    while (size < keys.length * 1.25) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
    const rows: number[] = [];
    for (let k = 0; k < keys.length; k++) {
      let at = (keys[k]! & this.mask) << 1;
      while (this.slots[at + 1] !== 0) at = (at + 2) & (2 * size - 1);
      const from = offsets[k]!;
      const len = offsets[k + 1]! - from;
      if (len > 255 || rows.length >= 1 << 23) throw new Error('NER model row too long for its format');
      this.slots[at] = keys[k]! | 0;
      if (len === 1) this.slots[at + 1] = -(pack(labels[from]!, weights[from]!) + 1);
      else {
        this.slots[at + 1] = ((rows.length << 8) | len) + 1;
        for (let j = from; j < from + len; j++) rows.push(pack(labels[j]!, weights[j]!));
      }
    }
    this.rows = Int32Array.from(rows);
  }

  /** The `[label, weight]` pairs of a feature hash, or null when the model does not know it. */
  row(h: number): [number, number][] | null {
    const info = this.slots[this.find(h) + 1]!;
    if (info === 0) return null;
    const unpack = (x: number): [number, number] => [x >>> 16, (x << 16) >> 16];
    if (info < 0) return [unpack(-info - 1)];
    const start = (info - 1) >>> 8;
    return Array.from(this.rows.subarray(start, start + ((info - 1) & 0xff)), unpack);
  }

  /** The slot offset of hash `h`, or of the empty slot where it would go. */
  private find(h: number): number {
    const wrap = 2 * this.mask + 1;
    let at = (h & this.mask) << 1;
    while (this.slots[at + 1] !== 0 && this.slots[at] !== (h | 0)) at = (at + 2) & wrap;
    return at;
  }

  /**
   * Adds the weights of the features of `n` positions, `per` hashes each, to `out[i * width + label]`.
   */
  addRows(feats: Uint32Array, n: number, per: number, out: Float32Array, width: number): void {
    const { slots, rows } = this;
    const mask = this.mask;
    const wrap = 2 * mask + 1;
    let touched = 0;
    for (let i = 0; i < n; i++) {
      if (i % AHEAD === 0) {
        // Read the first slot of every feature of the next few characters before using any: the reads do not wait
        // on each other, so their cache misses overlap instead of coming one after another.
        for (let f = i * per, fe = Math.min(n, i + AHEAD) * per; f < fe; f++) touched |= slots[((feats[f]! | 0) & mask) << 1]!;
      }
      const o = i * width;
      for (let f = i * per, fe = f + per; f < fe; f++) {
        const h = feats[f]! | 0;
        let at = (h & mask) << 1;
        let info = slots[at + 1]!;
        while (info !== 0 && slots[at] !== h) {
          at = (at + 2) & wrap;
          info = slots[at + 1]!;
        }
        if (info === 0) continue;
        if (info < 0) {
          const x = -info - 1;
          out[o + (x >>> 16)]! += (x << 16) >> 16;
          continue;
        }
        info -= 1;
        for (let j = info >>> 8, je = j + (info & 0xff); j < je; j++) {
          const x = rows[j]!;
          out[o + (x >>> 16)]! += (x << 16) >> 16;
        }
      }
    }
    _sink ^= touched;
  }
}

/** Characters whose slots are read ahead at once (see addRows). */
const AHEAD = 4;
/** Where the read-ahead values go, so that the reads are not optimised away. */
let _sink = 0;
