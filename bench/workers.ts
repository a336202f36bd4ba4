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

/** One pool's figures: soon after start, and in the steady state (the median of the rounds). */
export interface PoolRun {
  early: PoolThroughput;
  steady: PoolThroughput;
}

/** Both pools, and the 2-thread / 1-thread ratio of each steady-state round (1 and 2 threads timed back to back). */
export interface PoolScaling {
  one: PoolRun;
  two: PoolRun;
  early: number;
  rounds: number[];
  /** The median of `rounds`. */
  steady: number;
}

/**
 * Articles each analysis thread analyses before the steady-state rounds. V8 keeps compiling (and recompiling, on
 * a thread that competes for the cores) for the first ~1,500 articles; a worker that ingests a day's news spends
 * nearly all its life past that point, so this is the figure a long-running pool delivers.
 */
export const STEADY_WARM_UP = 1500;

/** A pool of `threads` threads with what it needs to be timed over `articles`. */
function timedPool(articles: BenchArticle[], threads: number) {
  const pool = new AnalysisPool(threads);
  const run = (batch: BenchArticle[]) => Promise.all(batch.map((a) => pool.analyze({ text: a.text, id: a.id, hints: { title: a.title } }, {})));
  let warmed = 0;
  return {
    pool,
    /** `count` articles per thread, cycling over the corpus (warm-up only: which articles does not matter to the compiler). */
    warm: async (count: number) => {
      if (count > 0) await run(Array.from({ length: count * threads }, (_, i) => articles[i % articles.length]!));
      warmed += Math.max(0, count);
    },
    get warmed() {
      return warmed;
    },
    timed: async (): Promise<PoolThroughput> => {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const results = await run(articles);
      const seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const failed = results.filter((r) => !r.ok).length;
      if (failed) throw new Error(`${failed} articles failed in the pool`);
      const before = warmed;
      warmed += articles.length / threads;
      return { ...throughput(articles, seconds), coresUsed: (cpu.user + cpu.system) / 1e6 / seconds, warmedPerThread: before };
    },
  };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Batch throughput with 1 and 2 analysis threads: each pool timed once soon after start (after `WARM_UP` articles
 * per thread), then both warmed to `steadyWarmUp` articles per thread and timed back to back for `rounds` rounds —
 * the machine's own noise (a shared host) moves single runs by ±10 %, and a round compares like with like.
 */
export async function poolScaling(articles: BenchArticle[], steadyWarmUp = STEADY_WARM_UP, rounds = 3): Promise<PoolScaling> {
  const one = timedPool(articles, 1);
  const two = timedPool(articles, 2);
  try {
    await one.warm(WARM_UP);
    const early1 = await one.timed();
    await two.warm(WARM_UP);
    const early2 = await two.timed();
    await one.warm(steadyWarmUp - one.warmed);
    await two.warm(steadyWarmUp - two.warmed);
    const runs: [PoolThroughput, PoolThroughput][] = [];
    for (let r = 0; r < rounds; r++) runs.push([await one.timed(), await two.timed()]);
    const ratios = runs.map(([a, b]) => b.articlesPerSecond / a.articlesPerSecond);
    const mid = runs[ratios.indexOf(median(ratios))]!;
    return {
      one: { early: early1, steady: mid[0] },
      two: { early: early2, steady: mid[1] },
      early: early2.articlesPerSecond / early1.articlesPerSecond,
      rounds: ratios,
      steady: median(ratios),
    };
  } finally {
    await Promise.all([one.pool.close(), two.pool.close()]);
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
