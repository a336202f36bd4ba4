/**
 * The trained tagger's weights and their file format. Weights are sparse per feature (most features only ever
 * met a few labels), quantised to 16-bit integers, and looked up through a table of the 32-bit feature hashes
 * built when the model loads (weight-table.ts).
 *
 * File (little-endian, gzip-compressed): magic `NGNER\0`, u16 version, u16 labels, u16 features per character,
 * u32 keys, u32 non-zeros, f32 scale, f32 × 2 confidence calibration, f32[L*L] transitions, f32[L] start, f32[L] end, u32[keys] feature hashes
 * (ascending), u32[keys + 1] offsets, u8[nnz] labels, i16[nnz] weights.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { LABELS } from './labels.js';
import { decodingOf, type Decoding, type Transitions } from './transitions.js';
import { WeightTable } from './weight-table.js';

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

export class NerModel {
  readonly data: ModelData;
  /** The weights as tagging looks them up. */
  private readonly table: WeightTable;
  /** Transitions divided by the scale, so decoding can work on the integer emission sums directly. */
  readonly scaled: Transitions;
  /** `scaled` laid out for decoding, once. */
  readonly decoding: Decoding;

  constructor(data: ModelData) {
    this.data = data;
    this.table = new WeightTable(data);
    const inv = 1 / data.scale;
    const div = (a: Float32Array) => Float32Array.from(a, (x) => x * inv);
    this.scaled = { trans: div(data.trans), start: div(data.start), end: div(data.end) };
    this.decoding = decodingOf(this.scaled);
  }

  /** The `[label, weight]` pairs of a feature hash, or null when the model does not know it. */
  row(h: number): [number, number][] | null {
    return this.table.row(h);
  }

  /**
   * Emission scores (in weight units, see `scaled`) of `n` positions with `features` hashes each, written into
   * `into` when given (it must hold `n * LABELS` values) or a new array.
   */
  emissions(feats: Uint32Array, n: number, into?: Float32Array): Float32Array {
    const out = into ? into.fill(0, 0, n * LABELS) : new Float32Array(n * LABELS);
    this.table.addRows(feats, n, this.data.features, out, LABELS);
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
