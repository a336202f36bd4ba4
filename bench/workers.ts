/**
 * Batch throughput with 1 and 2 analysis threads (the ingest pool: one pipeline loaded per thread), and the store:
 * ingest rate into a fresh SQLite store, then query latency on it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open.js';
import { AnalysisPool } from '../src/store/ingest/pool.js';
import { ingest } from '../src/store/ingest/run.js';
import { measureStoreQueries, type StoreBench } from './store.js';
import { throughput, WARM_UP, type Throughput } from './analysis.js';
import type { BenchArticle } from './corpus.js';

/** Pool throughput, with the CPU the whole process used meanwhile (V8 compiles and collects on threads of its own). */
export interface PoolThroughput extends Throughput {
  /** CPU seconds per wall second over the timed run: how many cores the pool kept busy. */
  coresUsed: number;
  /** Articles each thread had analysed, on average, before the timed run. */
  warmedPerThread: number;
}

/** The same pool timed twice: soon after start, and once every thread has reached its steady state. */
export interface PoolRun {
  early: PoolThroughput;
  steady: PoolThroughput;
}

/**
 * Articles each analysis thread analyses before the steady-state run. V8 keeps compiling (and recompiling, on a
 * thread that competes for the cores) for the first ~1,500 articles; a worker that ingests a day's news spends
 * nearly all its life past that point, so this is the figure a long-running pool delivers.
 */
export const STEADY_WARM_UP = 1500;

/** Articles per second through a pool of `threads` threads: after `WARM_UP`, and after `steadyWarmUp` articles per thread. */
export async function poolThroughput(articles: BenchArticle[], threads: number, steadyWarmUp = STEADY_WARM_UP): Promise<PoolRun> {
  const pool = new AnalysisPool(threads);
  const run = (batch: BenchArticle[]) => Promise.all(batch.map((a) => pool.analyze({ text: a.text, id: a.id, hints: { title: a.title } }, {})));
  /** `count` articles, cycling over the corpus (warm-up only: which articles does not matter to the compiler). */
  const cycle = (count: number) => Array.from({ length: count }, (_, i) => articles[i % articles.length]!);
  const timed = async (warmedPerThread: number): Promise<PoolThroughput> => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const results = await run(articles);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const failed = results.filter((r) => !r.ok).length;
    if (failed) throw new Error(`${failed} articles failed in the pool`);
    return { ...throughput(articles, seconds), coresUsed: (cpu.user + cpu.system) / 1e6 / seconds, warmedPerThread };
  };
  try {
    // every thread loads its pipeline and gets its hottest code compiled
    await run(cycle(WARM_UP * threads));
    const early = await timed(WARM_UP);
    const done = WARM_UP + articles.length / threads;
    if (steadyWarmUp > done) await run(cycle(Math.round((steadyWarmUp - done) * threads)));
    const steady = await timed(Math.max(steadyWarmUp, done));
    return { early, steady };
  } finally {
    await pool.close();
  }
}

export interface StoreResult {
  ingest: Throughput & { databaseBytes: number };
  rerunSeconds: number;
  queries: StoreBench;
}

/** Ingests the articles into a temporary SQLite store (both threads), reruns it (a no-op), then measures queries. */
export async function storeBench(articles: BenchArticle[]): Promise<StoreResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-bench-store-'));
  const input = join(dir, 'articles.jsonl');
  writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n'));
  const db = join(dir, 'bench.db');
  const store = await openStore(db);
  try {
    const first = await ingest(store, [input], {});
    const rerun = await ingest(store, [input], {});
    const stats = await store.stats();
    const queries = await measureStoreQueries(store, { runs: 5 });
    return { ingest: { ...throughput(articles, first.seconds), databaseBytes: stats.bytes }, rerunSeconds: rerun.seconds, queries };
  } finally {
    await store.close();
  }
}
