/**
 * The trained tagger's weights and their file format. Weights are sparse per feature (most features only ever
 * met a few labels), quantised to 16-bit integers, and looked up through an open-addressing table of the 32-bit
 * feature hashes built when the model loads.
 *
 * File (little-endian, gzip-compressed): magic `NGNER\0`, u16 version, u16 labels, u16 features per character,
 * u32 keys, u32 non-zeros, f32 scale, f32 × 2 confidence calibration, f32[L*L] transitions, f32[L] start, f32[L] end, u32[keys] feature hashes
 * (ascending), u32[keys + 1] offsets, u8[nnz] labels, i16[nnz] weights.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { LABELS } from './labels.js';
import { decodingOf, type Decoding, type Transitions } from './transitions.js';

const MAGIC = 'NGNER\0';
const VERSION = 2;

/** The plain contents of a model, as the trainer writes it and `NerModel` reads it. */
export interface ModelData extends Transitions {
  features: number;
  /** Feature hashes, ascending. */
  keys: Uint32Array;
  /** Row `k` of the sparse weights is `[offsets[k], offsets[k + 1])`. */
  offsets: Uint32Array;
  labels: Uint8Array;
  weights: Int16Array;
  /** A weight's value is `weights[j] * scale`; transitions are stored unscaled. */
  scale: number;
  /** A span's confidence is `1 / (1 + exp(-(a * margin + b)))`, margin in weight units (see margins.ts). */
  calibration: [number, number];
}

/** Row entries kept inside a table slot; longer rows continue in the overflow array. */
const INLINE = 2;
/** Int32s per slot: hash, info, INLINE entries. */
const SLOT = 2 + INLINE;

export class NerModel {
  readonly data: ModelData;
  /**
   * Open addressing over the feature hashes, `SLOT` Int32s a slot: the hash; `info` = `(overflow << 8 | length)
   * + 1` (0 marks an empty slot); then the first entries of the feature's row, packed as `label << 16 | weight`.
   * A lookup of a feature with a short row touches one cache line.
   */
  private readonly table: Int32Array;
  /** Row entries past the first `INLINE`, packed like the inline ones. */
  private readonly overflow: Int32Array;
  private readonly mask: number;
  /** Transitions divided by the scale, so decoding can work on the integer emission sums directly. */
  readonly scaled: Transitions;
  /** `scaled` laid out for decoding, once. */
  readonly decoding: Decoding;

  constructor(data: ModelData) {
    this.data = data;
    const { keys, offsets, labels, weights } = data;
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size * SLOT);
    const extra: number[] = [];
    const packed = (j: number) => (labels[j]! << 16) | (weights[j]! & 0xffff);
    for (let k = 0; k < keys.length; k++) {
      let slot = keys[k]! & this.mask;
      while (this.table[slot * SLOT + 1] !== 0) slot = (slot + 1) & this.mask;
      const at = slot * SLOT;
      const from = offsets[k]!;
      const len = offsets[k + 1]! - from;
      if (len > 255 || extra.length >= 1 << 23) throw new Error('NER model row too long for its format');
      this.table[at] = keys[k]! | 0;
      this.table[at + 1] = ((extra.length << 8) | len) + 1;
      for (let j = 0; j < len; j++) {
        if (j < INLINE) this.table[at + 2 + j] = packed(from + j);
        else extra.push(packed(from + j));
      }
    }
    this.overflow = Int32Array.from(extra);
    const inv = 1 / data.scale;
    const div = (a: Float32Array) => Float32Array.from(a, (x) => x * inv);
    this.scaled = { trans: div(data.trans), start: div(data.start), end: div(data.end) };
    this.decoding = decodingOf(this.scaled);
  }

  /** The `[label, weight]` pairs of a feature hash, or null when the model does not know it. */
  row(h: number): [number, number][] | null {
    let slot = h & this.mask;
    for (;;) {
      const at = slot * SLOT;
      const info = this.table[at + 1]!;
      if (info === 0) return null;
      if (this.table[at] === (h | 0)) {
        const len = (info - 1) & 0xff;
        const over = (info - 1) >>> 8;
        const out: [number, number][] = [];
        for (let j = 0; j < len; j++) {
          const x = j < INLINE ? this.table[at + 2 + j]! : this.overflow[over + j - INLINE]!;
          out.push([x >>> 16, (x << 16) >> 16]);
        }
        return out;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Emission scores (in weight units, see `scaled`) of `n` positions with `features` hashes each, written into
   * `into` when given (it must hold `n * LABELS` values) or a new array.
   */
  emissions(feats: Uint32Array, n: number, into?: Float32Array): Float32Array {
    const F = this.data.features;
    const table = this.table;
    const overflow = this.overflow;
    const mask = this.mask;
    const out = into ? into.fill(0, 0, n * LABELS) : new Float32Array(n * LABELS);
    for (let i = 0; i < n; i++) {
      const o = i * LABELS;
      for (let f = i * F, fe = f + F; f < fe; f++) {
        const h = feats[f]! | 0;
        let at = (h & mask) * SLOT;
        let info = table[at + 1]!;
        while (info !== 0 && table[at] !== h) {
          at = (at + SLOT) & (mask * SLOT + SLOT - 1);
          info = table[at + 1]!;
        }
        if (info === 0) continue;
        info -= 1;
        const len = info & 0xff;
        const x0 = table[at + 2]!;
        out[o + (x0 >>> 16)]! += (x0 << 16) >> 16;
        if (len < 2) continue;
        const x1 = table[at + 3]!;
        out[o + (x1 >>> 16)]! += (x1 << 16) >> 16;
        for (let j = info >>> 8, je = j + len - INLINE; j < je; j++) {
          const x = overflow[j]!;
          out[o + (x >>> 16)]! += (x << 16) >> 16;
        }
      }
    }
    return out;
  }

  /** The model as a gzip-compressed file. */
  serialize(): Buffer {
    const d = this.data;
    const L = LABELS;
    const nk = d.keys.length;
    const nnz = d.labels.length;
    const head = 6 + 2 * 3 + 4 * 5;
    const size = head + 4 * (L * L + 2 * L) + 4 * nk + 4 * (nk + 1) + nnz + 2 * nnz;
    const buf = Buffer.alloc(size);
    let at = buf.write(MAGIC, 0, 'latin1');
    at = buf.writeUInt16LE(VERSION, at);
    at = buf.writeUInt16LE(L, at);
    at = buf.writeUInt16LE(d.features, at);
    at = buf.writeUInt32LE(nk, at);
    at = buf.writeUInt32LE(nnz, at);
    at = buf.writeFloatLE(d.scale, at);
    at = buf.writeFloatLE(d.calibration[0], at);
    at = buf.writeFloatLE(d.calibration[1], at);
    for (const arr of [d.trans, d.start, d.end]) for (const x of arr) at = buf.writeFloatLE(x, at);
    for (const x of d.keys) at = buf.writeUInt32LE(x, at);
    for (const x of d.offsets) at = buf.writeUInt32LE(x, at);
    buf.set(d.labels, at);
    at += nnz;
    for (const x of d.weights) at = buf.writeInt16LE(x, at);
    return gzipSync(buf, { level: 9 });
  }

  /** Reads a file written by `serialize`. @throws Error when the bytes are not a model of this version. */
  static deserialize(file: Uint8Array, expectedFeatures: number): NerModel {
    const buf = gunzipSync(file);
    if (buf.toString('latin1', 0, 6) !== MAGIC) throw new Error('not a newsgraph NER model');
    let at = 6;
    const version = buf.readUInt16LE(at);
    const L = buf.readUInt16LE(at + 2);
    const features = buf.readUInt16LE(at + 4);
    if (version !== VERSION || L !== LABELS || features !== expectedFeatures) {
      throw new Error(`NER model v${version} (${L} labels, ${features} features) does not fit this code (v${VERSION}, ${LABELS}, ${expectedFeatures})`);
    }
    at += 6;
    const nk = buf.readUInt32LE(at);
    const nnz = buf.readUInt32LE(at + 4);
    const scale = buf.readFloatLE(at + 8);
    const calibration: [number, number] = [buf.readFloatLE(at + 12), buf.readFloatLE(at + 16)];
    at += 20;
    const floats = (k: number) => {
      const a = new Float32Array(k);
      for (let i = 0; i < k; i++, at += 4) a[i] = buf.readFloatLE(at);
      return a;
    };
    const trans = floats(L * L);
    const start = floats(L);
    const end = floats(L);
    const keys = new Uint32Array(nk);
    for (let i = 0; i < nk; i++, at += 4) keys[i] = buf.readUInt32LE(at);
    const offsets = new Uint32Array(nk + 1);
    for (let i = 0; i <= nk; i++, at += 4) offsets[i] = buf.readUInt32LE(at);
    const labels = Uint8Array.from(buf.subarray(at, at + nnz));
    at += nnz;
    const weights = new Int16Array(nnz);
    for (let i = 0; i < nnz; i++, at += 2) weights[i] = buf.readInt16LE(at);
    return new NerModel({ features, trans, start, end, keys, offsets, labels, weights, scale, calibration });
  }
}
