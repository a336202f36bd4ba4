/**
 * `ingest`: reads the inputs, skips what the store already has (by content id, before any analysis), analyses
 * the rest on the thread pool and writes the results in batched transactions, one writer at a time. A killed
 * run loses at most its open batch; the next run skips everything committed and stores the rest.
 */
import { availableParallelism } from 'node:os';
import type { AnalyzeOptions } from '../../doc.js';
import { readInputs, type InputEvent, type InputOptions } from '../../ingest/inputs.js';
import { contentId } from '../keys.js';
import type { Store } from '../store.js';
import type { NewDocument, WriteOutcome } from '../types.js';
import { AnalysisPool } from './pool.js';

export interface IngestOptions extends InputOptions {
  /** Analysis threads (default: one per core; 0 analyses on the main thread). */
  workers?: number;
  /** Documents per write transaction (default 64). */
  batchSize?: number;
  /** Defaults for every article (`--published`, `--lang`); an input's own values win. */
  defaults?: AnalyzeOptions;
  /** Called as items finish (written, skipped or failed) and when the expected total grows. */
  onProgress?: (done: number, total: number) => void;
  /** Called for each failed item. */
  onError?: (item: string, error: string) => void;
}

export interface IngestSummary {
  job: number;
  /** Items read (articles and failures). */
  items: number;
  added: number;
  unchanged: number;
  duplicates: number;
  failed: number;
  seconds: number;
}

interface Pending {
  label: string;
  id: string;
  event: Extract<InputEvent, { type: 'item' }>;
}

/** Ingests `inputs` into `store`. */
export async function ingest(store: Store, inputs: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const job = await store.startJob('local', inputs);
  const pool = new AnalysisPool(options.workers ?? availableParallelism());
  const batchSize = options.batchSize ?? 64;
  const maxInFlight = Math.max(4, pool.size * 4);
  const summary: IngestSummary = { job, items: 0, added: 0, unchanged: 0, duplicates: 0, failed: 0, seconds: 0 };
  let total = 0;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, Math.max(total, done));
  };
  const fail = async (label: string, error: string) => {
    summary.failed++;
    options.onError?.(label, error);
    await store.recordError(job, label, error);
    progress(1);
  };

  // Writes run one after another, in the order batches fill.
  let buffer: NewDocument[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    const batch = buffer;
    buffer = [];
    if (batch.length === 0) return writing;
    writing = writing.then(async () => {
      const outcomes = await store.write(batch, job);
      count(outcomes);
      progress(outcomes.length);
    });
    return writing;
  };
  const count = (outcomes: readonly WriteOutcome[]) => {
    for (const o of outcomes) {
      if (o.status === 'added') summary.added++;
      else if (o.status === 'unchanged') summary.unchanged++;
      else if (o.status === 'duplicate') summary.duplicates++;
      else {
        summary.failed++;
        options.onError?.(o.id, o.error);
      }
    }
  };

  const seen = new Set<string>();
  // The first failure of the store itself (not of an article): it ends the run once the threads are idle.
  let broken: unknown = null;
  const inFlight = new Set<Promise<void>>();
  const dispatch = async (p: Pending) => {
    while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    const analyzeOptions = { published: p.event.options.published ?? options.defaults?.published ?? null, lang: p.event.options.lang ?? options.defaults?.lang ?? null };
    const task = pool.analyze(p.event.article, analyzeOptions).then(async (result) => {
      if (!result.ok) return fail(p.label, result.error);
      buffer.push({ id: p.id, analysis: result.analysis, source: p.event.article.source ?? null, signature: result.signature });
      if (buffer.length >= batchSize) await flush();
    });
    const tracked: Promise<void> = task
      .catch((error: unknown) => {
        broken ??= error;
      })
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  // Content ids are checked against the store in groups, so a rerun costs one query per group.
  let check: Pending[] = [];
  const checkKnown = async () => {
    const group = check;
    check = [];
    const known = await store.known(group.map((p) => p.id));
    let skipped = 0;
    for (const p of group) {
      if (known.has(p.id) || seen.has(p.id)) skipped++;
      else {
        seen.add(p.id);
        await dispatch(p);
      }
    }
    if (skipped) {
      summary.unchanged += skipped;
      await store.countUnchanged(job, skipped);
      progress(skipped);
    }
  };

  try {
    for await (const event of readInputs(inputs, options)) {
      if (event.type === 'total') {
        total += event.add;
        options.onProgress?.(done, Math.max(total, done));
        continue;
      }
      summary.items++;
      if (broken) break;
      if (event.type === 'error') {
        await fail(event.label, event.error);
        continue;
      }
      check.push({ label: event.label, id: contentId(event.article.text), event });
      if (check.length >= batchSize) await checkKnown();
    }
    await checkKnown();
    while (inFlight.size) await Promise.all(inFlight);
    if (broken) throw broken;
    await flush();
    await writing;
    await store.finishJob(job, 'done');
    // A bulk load leaves the planner's statistics stale (PostgreSQL then scans where it should use an index).
    if (summary.added > 0) await store.optimize();
    // Fold the write-ahead log back into the database file, so its size is the store's size.
    if (store.kind === 'sqlite') await store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await pool.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
