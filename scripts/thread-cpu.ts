/**
 * Where the CPU of batch analysis goes, thread by thread: the analysis threads of the pool, the main thread (which
 * receives every analysis), and V8's platform threads (concurrent compilation and garbage collection, shared by
 * every isolate of the process). Linux only (reads /proc/self/task).
 *
 *   node dist/scripts/thread-cpu.js [--threads 1] [--n 1000] [--warm-up 1500]
 *   node --no-concurrent-recompilation dist/scripts/thread-cpu.js …   # compile on the analysis thread instead
 *   node --single-threaded-gc dist/scripts/thread-cpu.js …            # collect on the analysis thread instead
 *
 * Each analysis thread first analyses `--warm-up` articles (cycling over the corpus), then the first N are timed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCorpus, type BenchArticle } from '../bench/corpus.js';
import { AnalysisPool } from '../src/store/ingest/pool.js';

const { values } = parseArgs({
  options: { threads: { type: 'string', default: '1' }, n: { type: 'string', default: '1000' }, 'warm-up': { type: 'string', default: '1500' } },
});
const threads = Number(values.threads);
const articles = loadCorpus(Number(values.n));
const warmUp = Number(values['warm-up']);

/** CPU milliseconds of every thread of this process, by thread id. */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(tid, (Number(fields[11]) + Number(fields[12])) * 10); // utime + stime, in 10 ms ticks
  }
  return out;
}

const pool = new AnalysisPool(threads);
const run = (batch: BenchArticle[]) => Promise.all(batch.map((a) => pool.analyze({ text: a.text, id: a.id, hints: { title: a.title } }, {})));
await run(Array.from({ length: warmUp * threads }, (_, i) => articles[i % articles.length]!));
const before = threadCpu();
const t0 = performance.now();
await run(articles);
const wall = performance.now() - t0;
const used = [...threadCpu()].map(([tid, ms]) => ({ tid, ms: ms - (before.get(tid) ?? 0) })).filter((t) => t.ms > 0);
await pool.close();

// The analysis threads are the busiest ones; the process's own thread id is its pid.
const main = used.find((t) => t.tid === String(process.pid));
const rest = used.filter((t) => t !== main).sort((a, b) => b.ms - a.ms);
const analysis = rest.slice(0, threads);
const platform = rest.slice(threads);
const per = (ms: number) => `${(ms / articles.length).toFixed(2)} ms/article`;
const sum = (ts: { ms: number }[]) => ts.reduce((a, t) => a + t.ms, 0);
console.log(`${threads} analysis thread(s), ${warmUp} articles each first: ${((articles.length / wall) * 1000).toFixed(1)} articles/s`);
console.log(`  analysis threads  ${per(sum(analysis))}`);
console.log(`  main thread       ${per(main?.ms ?? 0)}`);
console.log(`  V8 platform       ${per(sum(platform))} (${platform.length} threads: compiler and GC)`);
console.log(`  all               ${per(sum(used))}; wall ${per(wall)}; ${(sum(used) / wall).toFixed(2)} cores busy`);
