/**
 * The trained tagger's weights and their file format. Weights are sparse per feature (most features only ever
 * met a few labels), quantised to 16-bit integers, and looked up through an open-addressing table of the 32-bit
 * feature hashes built when the model loads.
 *
 * File (little-endian, gzip-compressed): magic `NGNER\0`, u16 version, u16 labels, u16 features per character,
 * u32 keys, u32 non-zeros, f32 scale, f32[L*L] transitions, f32[L] start, f32[L] end, u32[keys] feature hashes
 * (ascending), u32[keys + 1] offsets, u8[nnz] labels, i16[nnz] weights.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { LABELS } from './labels.js';
import type { Transitions } from './viterbi.js';

const MAGIC = 'NGNER\0';
const VERSION = 1;

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
}

export class NerModel {
  readonly data: ModelData;
  /** Pairs `(hash, row + 1)`; row 0 marks an empty slot. */
  private readonly table: Uint32Array;
  private readonly mask: number;
  /** Transitions divided by the scale, so decoding can work on the integer emission sums directly. */
  readonly scaled: Transitions;

  constructor(data: ModelData) {
    this.data = data;
    let size = 1;
    while (size < data.keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Uint32Array(size * 2);
    for (let k = 0; k < data.keys.length; k++) {
      let slot = data.keys[k]! & this.mask;
      while (this.table[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = data.keys[k]!;
      this.table[slot * 2 + 1] = k + 1;
    }
    const inv = 1 / data.scale;
    const div = (a: Float32Array) => Float32Array.from(a, (x) => x * inv);
    this.scaled = { trans: div(data.trans), start: div(data.start), end: div(data.end) };
  }

  /** Row of a feature hash, or -1 when the model does not know it. */
  row(h: number): number {
    let slot = h & this.mask;
    for (;;) {
      const r = this.table[slot * 2 + 1]!;
      if (r === 0) return -1;
      if (this.table[slot * 2] === h) return r - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Emission scores (in weight units, see `scaled`) of `n` positions with `features` hashes each. */
  emissions(feats: Uint32Array, n: number): Float32Array {
    const F = this.data.features;
    const { offsets, labels, weights } = this.data;
    const out = new Float32Array(n * LABELS);
    for (let i = 0; i < n; i++) {
      const o = i * LABELS;
      for (let f = i * F, fe = f + F; f < fe; f++) {
        const r = this.row(feats[f]!);
        if (r < 0) continue;
        for (let j = offsets[r]!, je = offsets[r + 1]!; j < je; j++) out[o + labels[j]!]! += weights[j]!;
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
    const head = 6 + 2 * 3 + 4 * 3;
    const size = head + 4 * (L * L + 2 * L) + 4 * nk + 4 * (nk + 1) + nnz + 2 * nnz;
    const buf = Buffer.alloc(size);
    let at = buf.write(MAGIC, 0, 'latin1');
    at = buf.writeUInt16LE(VERSION, at);
    at = buf.writeUInt16LE(L, at);
    at = buf.writeUInt16LE(d.features, at);
    at = buf.writeUInt32LE(nk, at);
    at = buf.writeUInt32LE(nnz, at);
    at = buf.writeFloatLE(d.scale, at);
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
    at += 12;
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
    return new NerModel({ features, trans, start, end, keys, offsets, labels, weights, scale });
  }
}
