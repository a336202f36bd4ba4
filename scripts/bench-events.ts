/**
 * Throughput of the events stage against tokenisation over the first N Wikinews articles (default 500), from the
 * default pipeline's per-stage timings (after a warm-up pass): characters per second of each.
 *
 * usage: node dist/scripts/bench-events.js [ARTICLES.jsonl] [N]
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../src/doc.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import type { StageTimings } from '../src/pipeline/pipeline.js';

const path = process.argv[2] ?? '../shared/corpus/wikinews-ja/articles.jsonl';
const n = Number(process.argv[3] ?? 500);
const articles = readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l) as { id: string; text: string });
const pipeline = defaultPipeline();
await pipeline.prepare();
for (const a of articles.slice(0, 50)) pipeline.run(new Doc({ text: a.text, id: a.id }));
const timings: StageTimings = new Map();
let chars = 0;
let found = 0;
for (const a of articles) {
  const doc = pipeline.run(new Doc({ text: a.text, id: a.id }), {}, timings);
  chars += a.text.length;
  found += doc.get('events').length;
}
const rate = (ms: number) => (chars / ms) * 1000;
const ev = timings.get('events') ?? 0;
const tok = timings.get('tokens') ?? 0;
console.log(`${articles.length} articles, ${chars} characters, ${found} events`);
for (const [stage, ms] of timings) console.log(`${stage.padEnd(11)} ${ms.toFixed(0).padStart(7)} ms  ${(rate(ms) / 1e6).toFixed(2)} M chars/s`);
console.log(`events: ${(tok / ev).toFixed(1)}× the speed of tokens`);
