/**
 * Trains the Japanese NER model from ../shared/datasets/ner-ja and writes models/ner-ja.bin.gz.
 *
 *   npm run train:ner [-- --data DIR --out FILE --epochs N --seed N --min-count N --min-weight X --cost X
 *                        --dropout P --runs K --sources ud-gsd,stockmark --quiet --dry-run]
 *
 * Defaults are the settings the shipped model was trained with (chosen on UD GSD dev and the stockmark tune part;
 * the comparisons are in models/ner-ja.md).
 *
 * Deterministic: the same data, seed and options give the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readGsdJsonl, readStockmark, type GoldSentence } from '../src/extract/entities/ner/corpus.js';
import { alignedToTokens, denseFeatures, featurize, tokenBoundaryMask, trainItems, vocabulary } from '../src/extract/entities/ner/dataset.js';
import { FEATURES } from '../src/extract/entities/ner/features.js';
import { NE_TYPES, decodeSpans } from '../src/extract/entities/ner/labels.js';
import { defaultModelPath } from '../src/extract/entities/ner/load.js';
import { NerModel } from '../src/extract/entities/ner/model.js';
import { tagSentence } from '../src/extract/entities/ner/tagger.js';
import { Perceptron, prng } from '../src/extract/entities/ner/trainer.js';
import { fitCalibration } from '../src/extract/entities/ner/calibrate.js';
import { matches, scoreSentences, type PredictedSpan, type SentenceFormat } from '../src/eval/ner-sentences.js';
import { loadTokenizer } from '../src/text/tokenizer.js';
import { tokenize } from '../src/text/tokens.js';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/datasets/ner-ja' },
    out: { type: 'string' },
    epochs: { type: 'string', default: '11' },
    seed: { type: 'string', default: '20260301' },
    'min-count': { type: 'string', default: '2' },
    'min-weight': { type: 'string', default: '2' },
    'dry-run': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    sources: { type: 'string', default: 'ud-gsd,stockmark' },
    cost: { type: 'string', default: '1' },
    dropout: { type: 'string', default: '0.2' },
    runs: { type: 'string', default: '4' },
    'token-level': { type: 'boolean', default: false },
  },
});

const t0 = performance.now();
const log = (msg: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

await loadTokenizer();
const sources = args.sources.split(',');
const train: GoldSentence[] = [
  ...(sources.includes('ud-gsd') ? readGsdJsonl(join(args.data, 'ud-gsd/train.jsonl')) : []),
  ...(sources.includes('stockmark') ? readStockmark(join(args.data, 'stockmark/train.json'), 'train') : []),
];
const dev: { name: string; format: SentenceFormat; sentences: GoldSentence[] }[] = [
  { name: 'ud-gsd dev', format: 'ud-gsd', sentences: readGsdJsonl(join(args.data, 'ud-gsd/dev.jsonl')) },
  { name: 'stockmark tune', format: 'stockmark', sentences: readStockmark(join(args.data, 'stockmark/train.json'), 'tune') },
];
log(`${train.length} training sentences; dev: ${dev.map((d) => `${d.name} ${d.sentences.length}`).join(', ')}`);

const F = FEATURES;
const hashed = featurize(train);
const { ids, hashes } = vocabulary(hashed, Number(args['min-count']));
let items = trainItems(train, hashed, ids);
const devItems = dev.map((d) =>
  featurize(d.sentences).map((h, k) => ({ n: d.sentences[k]!.text.length, feats: denseFeatures(h, ids), allowed: null as Uint8Array | null })),
);
if (args['token-level']) {
  // Comparison only: spans restricted to kuromoji token boundaries in training and decoding; training sentences
  // whose gold spans cross a token boundary cannot be learnt this way and are left out.
  const toks = (s: GoldSentence) => tokenize(s.text, 0, s.text.length);
  const keep = train.map((s) => alignedToTokens(s, toks(s)));
  items = items.flatMap((it, k) => (keep[k] ? [{ ...it, allowed: tokenBoundaryMask(it.n, toks(train[k]!)) }] : []));
  log(`token-level: ${keep.filter(Boolean).length} of ${train.length} training sentences have every span on token boundaries`);
  dev.forEach((d, k) => d.sentences.forEach((s, j) => (devItems[k]![j]!.allowed = tokenBoundaryMask(s.text.length, toks(s)))));
}
log(`${ids.size} features kept (${F} per character)`);

const epochs = Number(args.epochs);
const runs = Number(args.runs);
const toSpans = (labels: Uint8Array, n: number): PredictedSpan[] =>
  decodeSpans(labels, n).map((r) => ({ start: r.start, end: r.end, type: NE_TYPES[r.type]! }));
const devScores = (model: Perceptron, w: Float32Array) =>
  dev.map((d, k) => {
    const s = scoreSentences(d.format, d.sentences, devItems[k]!.map((it) => toSpans(model.decode(w, it), it.n)));
    return `${d.name} F1 ${(100 * s.micro.f1).toFixed(2)}`;
  }).join('; ');

// Parameter mixing: `runs` perceptrons, each with its own shuffles and dropout draws, and the mean of their
// averaged weights (less dependent on one run's luck than any single run).
let model = new Perceptron(ids.size, F);
let mixed: Float32Array | null = null;
for (let r = 0; r < runs; r++) {
  const seed = Number(args.seed) + 7919 * r;
  model = new Perceptron(ids.size, F, { cost: Number(args.cost), dropout: Number(args.dropout), seed: seed ^ 0x5bd1e995 });
  const random = prng(seed);
  const order = items.map((_, i) => i);
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const errors = model.epoch(items, order);
    if (args.quiet && e < epochs) continue;
    log(`run ${r + 1}, epoch ${e}: ${errors} sentences wrong; ${devScores(model, model.averaged())}`);
  }
  const w = model.averaged();
  if (!mixed) mixed = w;
  else for (let i = 0; i < w.length; i++) mixed[i]! += w[i]!;
}
for (let i = 0; i < mixed!.length; i++) mixed![i]! /= runs;
if (runs > 1) log(`mixed ${runs} runs: ${devScores(model, mixed!)}`);

const data = model.toModel(mixed!, hashes, Number(args['min-weight']));
// Confidence calibration: fitted on the tuning sentences' predicted spans (right or wrong, by exact span + class).
const points: { margin: number; correct: boolean }[] = [];
for (const d of dev) {
  const uncalibrated = new NerModel(data);
  d.sentences.forEach((s) => {
    const spans = tagSentence(uncalibrated, s.text, 0, s.text.length, tokenize(s.text, 0, s.text.length));
    const right = matches(d.format, s, spans);
    spans.forEach((p, k) => points.push({ margin: p.margin, correct: right[k]! }));
  });
}
data.calibration = fitCalibration(points);
const shipped = new NerModel(data);
const file = shipped.serialize();
log(`model: ${data.keys.length} features, ${data.labels.length} weights, ${(file.length / 1e6).toFixed(2)} MB; calibration ${data.calibration.map((x) => x.toFixed(3)).join(', ')}`);
for (const d of dev) {
  const predicted = d.sentences.map((s) => tagSentence(shipped, s.text, 0, s.text.length, tokenize(s.text, 0, s.text.length)));
  log(`shipped model, ${d.name}: F1 ${(100 * scoreSentences(d.format, d.sentences, predicted).micro.f1).toFixed(2)}`);
}
if (!args['dry-run']) {
  const out = args.out ?? defaultModelPath();
  writeFileSync(out, file);
  log(`wrote ${out}`);
}
