/**
 * Averaged structured perceptron over the BIOES labels (Collins 2002), with latent gold paths for partly
 * labelled sentences: where the annotation allows several labels, the "gold" path is the best path the
 * annotation allows under the current weights. Weights are dense per kept feature while training; `toModel`
 * turns the averaged weights into the sparse, quantised file format.
 */
import { LABELS } from './labels.js';
import type { ModelData } from './model.js';
import type { Transitions } from './transitions.js';
import { viterbi } from './viterbi.js';

/** One training sentence with its features already mapped to dense feature ids (-1 for pruned features). */
export interface TrainItem {
  n: number;
  feats: Int32Array;
  /** Fixed gold labels, or null when `mask` describes a partial annotation. */
  gold: Uint8Array | null;
  /** Allowed labels per position (`n * LABELS`), for partial annotations. */
  mask: Uint8Array | null;
  /** Labels any path may use (e.g. spans only on token boundaries, for the token-level comparison); null: all. */
  allowed?: Uint8Array | null;
}

/** A deterministic PRNG (mulberry32), so training is reproducible from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Perceptron {
  readonly nFeatures: number;
  readonly featuresPerChar: number;
  /** Current weights: `w[id * LABELS + label]`, then transitions, start and end. */
  private readonly w: Float32Array;
  /** Sum of `step * update`, for the averaging trick (Daumé 2006): average = w - u / step. */
  private readonly u: Float64Array;
  private step = 1;
  private readonly tOff: number;

  /** Margin asked of the gold path over every other, per wrongly labelled character (0: plain perceptron). */
  readonly cost: number;

  /** Probability of hiding a feature occurrence from one update (feature noising; 0: off). */
  readonly dropout: number;
  private readonly random: () => number;

  constructor(nFeatures: number, featuresPerChar: number, options: { cost?: number; dropout?: number; seed?: number } = {}) {
    this.cost = options.cost ?? 0;
    this.dropout = options.dropout ?? 0;
    this.random = prng(options.seed ?? 1);
    this.nFeatures = nFeatures;
    this.featuresPerChar = featuresPerChar;
    this.tOff = nFeatures * LABELS;
    const size = this.tOff + LABELS * LABELS + 2 * LABELS;
    this.w = new Float32Array(size);
    this.u = new Float64Array(size);
  }

  private transitions(w: Float32Array): Transitions {
    const t = this.tOff;
    return {
      trans: w.subarray(t, t + LABELS * LABELS),
      start: w.subarray(t + LABELS * LABELS, t + LABELS * LABELS + LABELS),
      end: w.subarray(t + LABELS * LABELS + LABELS, t + LABELS * LABELS + 2 * LABELS),
    };
  }

  /** Emission scores of a sentence under weights `w`. */
  static emissions(w: Float32Array, item: { n: number; feats: Int32Array }, F: number): Float32Array {
    const em = new Float32Array(item.n * LABELS);
    for (let i = 0; i < item.n; i++) {
      const o = i * LABELS;
      for (let f = i * F; f < (i + 1) * F; f++) {
        const id = item.feats[f]!;
        if (id < 0) continue;
        const r = id * LABELS;
        for (let l = 0; l < LABELS; l++) em[o + l]! += w[r + l]!;
      }
    }
    return em;
  }

  private add(index: number, delta: number): void {
    this.w[index]! += delta;
    this.u[index]! += this.step * delta;
  }

  /** Adds `delta` times the features of `path` (only where it differs from `other`, as the rest cancels). */
  private update(item: TrainItem, path: Uint8Array, other: Uint8Array, delta: number): void {
    const F = this.featuresPerChar;
    const t = this.tOff;
    for (let i = 0; i < item.n; i++) {
      if (path[i] !== other[i]) {
        for (let f = i * F; f < (i + 1) * F; f++) {
          const id = item.feats[f]!;
          if (id >= 0) this.add(id * LABELS + path[i]!, delta);
        }
      }
      if (i === 0) {
        if (path[0] !== other[0]) this.add(t + LABELS * LABELS + path[0]!, delta);
      } else if (path[i - 1] !== other[i - 1] || path[i] !== other[i]) {
        this.add(t + path[i - 1]! * LABELS + path[i]!, delta);
      }
    }
    const last = item.n - 1;
    if (path[last] !== other[last]) this.add(t + LABELS * LABELS + LABELS + path[last]!, delta);
  }

  /** One pass over `items` in the given order; returns how many sentences were decoded wrongly. */
  epoch(items: readonly TrainItem[], order: readonly number[]): number {
    const T = this.transitions(this.w);
    let errors = 0;
    for (const k of order) {
      let item = items[k]!;
      if (item.n === 0) continue;
      if (this.dropout) {
        // A fresh random subset of each sentence's features, so no single feature can carry a decision alone.
        const feats = Int32Array.from(item.feats);
        for (let f = 0; f < feats.length; f++) if (this.random() < this.dropout) feats[f] = -1;
        item = { ...item, feats };
      }
      const em = Perceptron.emissions(this.w, item, this.featuresPerChar);
      const gold = item.gold ?? viterbi(item.n, em, T, { mask: item.mask ?? undefined });
      const allowed = item.allowed ?? undefined;
      if (this.cost) {
        // Cost-augmented decoding: a wrong label gets a head start, so the update also fires on narrow wins.
        for (let i = 0; i < item.n; i++) for (let l = 0; l < LABELS; l++) if (l !== gold[i]) em[i * LABELS + l]! += this.cost;
      }
      const pred = viterbi(item.n, em, T, { mask: allowed });
      let same = true;
      for (let i = 0; i < item.n && same; i++) same = pred[i] === gold[i];
      if (!same) {
        errors++;
        this.update(item, gold, pred, 1);
        this.update(item, pred, gold, -1);
      }
      this.step++;
    }
    return errors;
  }

  /** The averaged weights (a fresh array; training may go on afterwards). */
  averaged(): Float32Array {
    const avg = new Float32Array(this.w.length);
    const inv = 1 / this.step;
    for (let i = 0; i < avg.length; i++) avg[i] = this.w[i]! - this.u[i]! * inv;
    return avg;
  }

  /** Decodes a sentence with weights `w` (e.g. `averaged()`). */
  decode(w: Float32Array, item: { n: number; feats: Int32Array; allowed?: Uint8Array | null }): Uint8Array {
    return viterbi(item.n, Perceptron.emissions(w, item, this.featuresPerChar), this.transitions(w), { mask: item.allowed ?? undefined });
  }

  /**
   * The file form of weights `w`: features whose every weight is below `minWeight` in magnitude are dropped,
   * the rest quantised to 16 bits. `hashes[id]` is the feature hash of dense id `id`.
   */
  toModel(w: Float32Array, hashes: Uint32Array, minWeight: number): ModelData {
    let max = 0;
    for (let i = 0; i < this.tOff; i++) max = Math.max(max, Math.abs(w[i]!));
    const scale = max / 32767 || 1;
    const ids = Array.from({ length: this.nFeatures }, (_, i) => i).sort((a, b) => hashes[a]! - hashes[b]!);
    const keys: number[] = [];
    const offsets: number[] = [0];
    const labels: number[] = [];
    const weights: number[] = [];
    for (const id of ids) {
      const before = labels.length;
      for (let l = 0; l < LABELS; l++) {
        const x = w[id * LABELS + l]!;
        const q = Math.round(x / scale);
        if (Math.abs(x) >= minWeight && q !== 0) {
          labels.push(l);
          weights.push(q);
        }
      }
      if (labels.length > before) {
        keys.push(hashes[id]!);
        offsets.push(labels.length);
      }
    }
    const T = this.transitions(w);
    return {
      features: this.featuresPerChar,
      trans: Float32Array.from(T.trans),
      start: Float32Array.from(T.start),
      end: Float32Array.from(T.end),
      keys: Uint32Array.from(keys),
      offsets: Uint32Array.from(offsets),
      labels: Uint8Array.from(labels),
      weights: Int16Array.from(weights),
      scale,
      calibration: [1, 0],
    };
  }
}
