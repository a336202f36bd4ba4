/**
 * Throughput of the times and quantities stages against tokenisation, over the first N Wikinews articles
 * (default 500): characters per second of each stage, from the pipeline's own per-stage timings; then the two
 * stages alone, run again over the analysed Docs (best of three rounds: the steady state of a long-running
 * process, without the tokeniser's garbage collection in between).
 *
 * usage: node dist/scripts/bench-numeric.js [ARTICLES.jsonl] [N]
 */
import { readFileSync } from 'node:fs';
import { analyzeDoc } from '../src/analyze.js';
import type { Doc } from '../src/doc.js';
import { quantities as quantitiesStage } from '../src/extract/quantity/index.js';
import { times as timesStage } from '../src/extract/time/index.js';
import type { StageTimings } from '../src/pipeline/pipeline.js';

const DEFAULT_PATH = '../shared/corpus/wikinews-ja/articles.jsonl';

async function main(): Promise<void> {
  const path = process.argv[2] ?? DEFAULT_PATH;
  const n = Number(process.argv[3] ?? 500);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    console.error(`${path}: not found — give a JSONL of {"id","text"} articles`);
    process.exit(1);
  }
  const articles = raw.split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l) as { id: string; text: string });
  // One warm-up pass so the dictionary load and JIT do not count.
  for (const a of articles.slice(0, 100)) await analyzeDoc({ text: a.text, id: a.id });
  const timings: StageTimings = new Map();
  let chars = 0;
  let times = 0;
  let quantities = 0;
  const docs: Doc[] = [];
  for (const a of articles) {
    const doc = await analyzeDoc({ text: a.text, id: a.id }, { timings });
    docs.push(doc);
    chars += a.text.length;
    times += doc.get('times').length;
    quantities += doc.get('quantities').length;
  }
  const rate = (ms: number) => `${((chars / ms) * 1000 / 1e6).toFixed(2)} M chars/s`;
  console.log(`${articles.length} articles, ${chars} characters, ${times} times, ${quantities} quantities`);
  for (const [stage, ms] of timings) console.log(`${stage.padEnd(12)} ${ms.toFixed(0).padStart(7)} ms  ${rate(ms)}`);
  const ours = (timings.get('times') ?? 0) + (timings.get('quantities') ?? 0);
  const tokens = timings.get('tokens') ?? 0;
  console.log(`times + quantities: ${rate(ours)}, ${(tokens / ours).toFixed(1)}× the speed of tokens`);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    for (const doc of docs) quantitiesStage.run(timesStage.run(doc, {}), {});
    best = Math.min(best, performance.now() - started);
  }
  console.log(`times + quantities alone, warm: ${rate(best)}, ${(tokens / best).toFixed(1)}× the speed of tokens above`);
}

await main();
