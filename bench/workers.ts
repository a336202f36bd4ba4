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
}

/** Articles per second through a pool of `threads` threads, after every thread has loaded its pipeline. */
export async function poolThroughput(articles: BenchArticle[], threads: number): Promise<PoolThroughput> {
  const pool = new AnalysisPool(threads);
  try {
    // warm-up: every thread loads its pipeline and gets its hot code compiled (WARM_UP articles each)
    await Promise.all(articles.slice(0, WARM_UP * threads).map((a) => pool.analyze({ text: a.text, id: a.id }, {})));
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const results = await Promise.all(articles.map((a) => pool.analyze({ text: a.text, id: a.id, hints: { title: a.title } }, {})));
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const failed = results.filter((r) => !r.ok).length;
    if (failed) throw new Error(`${failed} articles failed in the pool`);
    return { ...throughput(articles, seconds), coresUsed: (cpu.user + cpu.system) / 1e6 / seconds };
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
