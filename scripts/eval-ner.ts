/**
 * Scores the shipped NER model on the shared sentence sets: UD GSD dev and the held-out part of stockmark.
 *
 *   npm run eval:ner [-- --data DIR] [-- --file PATH --format ud-gsd|bio|stockmark [--part all|test|tune|train]] [--json]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { StockmarkPart } from '../src/extract/entities/ner/corpus.js';
import { evaluateNerFile, formatScores, type NerScores, type SentenceFormat } from '../src/eval/ner-sentences.js';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/datasets/ner-ja' },
    file: { type: 'string' },
    format: { type: 'string', default: 'ud-gsd' },
    part: { type: 'string', default: 'all' },
    model: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const runs: { path: string; format: SentenceFormat; part: StockmarkPart | 'all' }[] = args.file
  ? [{ path: args.file, format: args.format as SentenceFormat, part: args.part as StockmarkPart | 'all' }]
  : [
      { path: join(args.data, 'ud-gsd/dev.jsonl'), format: 'ud-gsd', part: 'all' },
      { path: join(args.data, 'stockmark/train.json'), format: 'stockmark', part: 'test' },
    ];

const results: (NerScores & { path: string; part: string })[] = [];
for (const r of runs) {
  const scores = await evaluateNerFile(r.path, r.format, { part: r.part, ...(args.model ? { modelPath: args.model } : {}) });
  results.push({ ...scores, path: r.path, part: r.part });
}
if (args.json) console.log(JSON.stringify(results, null, 2));
else for (const r of results) console.log(`${r.path} (${r.part})\n${formatScores(r)}\n`);
