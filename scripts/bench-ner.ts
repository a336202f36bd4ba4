/**
 * Throughput of the `ner` stage alone, next to the `tokens` stage (the own IPADIC tokenizer), on the first N
 * Wikinews articles.
 *
 *   npm run bench:ner [-- --file ../shared/corpus/wikinews-ja/articles.jsonl --articles 500]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Doc } from '../src/doc.js';
import { ner } from '../src/extract/entities/ner.js';
import { layout } from '../src/ingest/layout.js';
import { language } from '../src/text/language.js';
import { sentences } from '../src/text/sentences.js';
import { tokens } from '../src/text/tokens.js';

const { values: args } = parseArgs({
  options: {
    file: { type: 'string', default: '../shared/corpus/wikinews-ja/articles.jsonl' },
    articles: { type: 'string', default: '500' },
    rounds: { type: 'string', default: '3' },
  },
});

const texts = readFileSync(args.file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, Number(args.articles))
  .map((l) => (JSON.parse(l) as { text: string }).text);
const chars = texts.reduce((n, t) => n + t.length, 0);
await tokens.prepare?.();
await ner.prepare?.();
const docs = texts.map((text) => {
  const doc = new Doc({ text });
  for (const stage of [layout, language, sentences]) stage.run(doc, {});
  return doc;
});
// CPU time of this process (user + system), so other work on a shared machine does not count against a stage.
const time = (f: () => void) => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1e6;
};
// Warm up both stages once, then keep the best of a few rounds of each.
for (const d of docs) ner.run(tokens.run(d, {}), {});
let tok = Infinity;
let tag = Infinity;
for (let r = 0; r < Number(args.rounds); r++) {
  tok = Math.min(tok, time(() => { for (const d of docs) tokens.run(d, {}); }));
  tag = Math.min(tag, time(() => { for (const d of docs) ner.run(d, {}); }));
}
const rate = (s: number) => `${(chars / s / 1e6).toFixed(3)} M chars/s`;
console.log(`${docs.length} articles, ${chars} characters`);
console.log(`tokens stage: ${tok.toFixed(2)} s CPU, ${rate(tok)}`);
console.log(`ner:               ${tag.toFixed(2)} s CPU, ${rate(tag)}`);
