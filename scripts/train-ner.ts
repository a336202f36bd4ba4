/**
 * Trains the Japanese NER model from ../shared/datasets/ner-ja and writes models/ner-ja.bin.gz.
 *
 *   npm run train:ner [-- --data DIR --out FILE --epochs N --seed N --min-count N --min-weight X --dry-run]
 *
 * Deterministic: the same data, seed and options give the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readGsdJsonl, readStockmark, type GoldSentence } from '../src/extract/entities/ner/corpus.js';
import { FEATURES, featurize, trainItems, vocabulary, denseFeatures } from '../src/extract/entities/ner/dataset.js';
import { NE_TYPES, decodeSpans } from '../src/extract/entities/ner/labels.js';
import { defaultModelPath } from '../src/extract/entities/ner/load.js';
import { NerModel } from '../src/extract/entities/ner/model.js';
import { tagSentence } from '../src/extract/entities/ner/tagger.js';
import { Perceptron, prng } from '../src/extract/entities/ner/trainer.js';
import { scoreSentences, type PredictedSpan, type SentenceFormat } from '../src/eval/ner-sentences.js';
import { loadTokenizer } from '../src/text/tokenizer.js';
import { tokenize } from '../src/text/tokens.js';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/datasets/ner-ja' },
    out: { type: 'string' },
    epochs: { type: 'string', default: '12' },
    seed: { type: 'string', default: '20260301' },
    'min-count': { type: 'string', default: '1' },
    'min-weight': { type: 'string', default: '0' },
    'dry-run': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const t0 = performance.now();
const log = (msg: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

await loadTokenizer();
const train: GoldSentence[] = [
  ...readGsdJsonl(join(args.data, 'ud-gsd/train.jsonl')),
  ...readStockmark(join(args.data, 'stockmark/train.json'), 'train'),
];
const dev: { name: string; format: SentenceFormat; sentences: GoldSentence[] }[] = [
  { name: 'ud-gsd dev', format: 'ud-gsd', sentences: readGsdJsonl(join(args.data, 'ud-gsd/dev.jsonl')) },
  { name: 'stockmark tune', format: 'stockmark', sentences: readStockmark(join(args.data, 'stockmark/train.json'), 'tune') },
];
log(`${train.length} training sentences; dev: ${dev.map((d) => `${d.name} ${d.sentences.length}`).join(', ')}`);

const hashed = featurize(train);
const { ids, hashes } = vocabulary(hashed, Number(args['min-count']));
const items = trainItems(train, hashed, ids);
const devItems = dev.map((d) => featurize(d.sentences).map((h, k) => ({ n: d.sentences[k]!.text.length, feats: denseFeatures(h, ids) })));
log(`${ids.size} features kept (${FEATURES} per character)`);

const model = new Perceptron(ids.size, FEATURES);
const random = prng(Number(args.seed));
const order = items.map((_, i) => i);
const epochs = Number(args.epochs);
const toSpans = (labels: Uint8Array, n: number): PredictedSpan[] =>
  decodeSpans(labels, n).map((r) => ({ start: r.start, end: r.end, type: NE_TYPES[r.type]! }));

for (let e = 1; e <= epochs; e++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const errors = model.epoch(items, order);
  if (args.quiet && e < epochs) continue;
  const w = model.averaged();
  const scores = dev.map((d, k) => {
    const s = scoreSentences(d.format, d.sentences, devItems[k]!.map((it) => toSpans(model.decode(w, it), it.n)));
    return `${d.name} F1 ${(100 * s.micro.f1).toFixed(2)}`;
  });
  log(`epoch ${e}: ${errors} sentences wrong; ${scores.join('; ')}`);
}

const data = model.toModel(model.averaged(), hashes, Number(args['min-weight']));
const shipped = new NerModel(data);
const file = shipped.serialize();
log(`model: ${data.keys.length} features, ${data.labels.length} weights, ${(file.length / 1e6).toFixed(2)} MB`);
for (const d of dev) {
  const predicted = d.sentences.map((s) => tagSentence(shipped, s.text, 0, s.text.length, tokenize(s.text, 0, s.text.length)));
  log(`quantised model, ${d.name}: F1 ${(100 * scoreSentences(d.format, d.sentences, predicted).micro.f1).toFixed(2)}`);
}
if (!args['dry-run']) {
  const out = args.out ?? defaultModelPath();
  writeFileSync(out, file);
  log(`wrote ${out}`);
}
