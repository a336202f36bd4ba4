/**
 * `newsgraph worker`: takes ingest jobs from the PostgreSQL queue one at a time, analyses each with the pipeline
 * (loaded once per process) and writes the document and the job's completion in one transaction.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { defaultPipeline } from '../pipeline/default.js';
import { analyzeArticle } from './ingest/analyze-task.js';
import { countOutcomes, recordError } from './jobs.js';
import { claim, complete, failJob, queueCounts, renew } from './queue.js';
import { withRetry, type Store } from './store.js';
import { writeDocument } from './write.js';

export interface WorkerOptions {
  /** How long a claimed job stays ours without renewal (default 120 s). */
  leaseMs?: number;
  /** Wait between polls of an empty queue (default 1 s). */
  pollMs?: number;
  /** Stop when nothing is queued or running (default: wait for more work). */
  exitWhenIdle?: boolean;
  /** Stop after the current job when this is aborted (SIGTERM). */
  signal?: AbortSignal;
  /** Told about each job as it ends. */
  onJob?: (job: { id: number; item: string; outcome: string }) => void;
}

export interface WorkerSummary {
  worker: string;
  done: number;
  failed: number;
  lost: number;
}

/** This process's name in the queue's `worker` column: host, pid and a random suffix. */
export function workerName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/** Runs the worker loop until the queue is idle (with `exitWhenIdle`) or `signal` aborts. */
export async function runWorker(store: Store, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const leaseMs = options.leaseMs ?? 120_000;
  const pollMs = options.pollMs ?? 1000;
  const name = workerName();
  const summary: WorkerSummary = { worker: name, done: 0, failed: 0, lost: 0 };
  await defaultPipeline().prepare();
  while (!options.signal?.aborted) {
    const [job] = await claim(store.db, name, 1, leaseMs);
    if (!job) {
      if (options.exitWhenIdle) {
        const c = await queueCounts(store.db);
        if (c.queued === 0 && c.running === 0) break;
      }
      await new Promise((r) => setTimeout(r, pollMs));
      continue;
    }
    // Keep the lease while waiting on the database; analysis itself is synchronous and must fit in one lease.
    const heartbeat = setInterval(() => void renew(store.db, [job.id], name, leaseMs).catch(() => undefined), Math.max(200, leaseMs / 3));
    try {
      const result = await analyzeArticle({ seq: job.id, article: job.payload.article, options: job.payload.options });
      if (!result.ok) {
        await failJob(store.db, job.id, name, result.error);
        await recordError(store.db, job.job, job.item, result.error);
        summary.failed++;
        options.onJob?.({ id: job.id, item: job.item, outcome: 'failed' });
        continue;
      }
      const outcome = await withRetry(store.db, async (tx) => {
        if (!(await complete(tx, job.id, name))) return null;
        const written = await writeDocument(tx, { id: job.doc_id, analysis: result.analysis, source: job.payload.article.source ?? null, signature: result.signature }, job.job);
        if (job.job != null) await countOutcomes(tx, job.job, [written]);
        return written;
      });
      if (outcome) summary.done++;
      else summary.lost++;
      options.onJob?.({ id: job.id, item: job.item, outcome: outcome?.status ?? 'lost (another worker took over)' });
    } finally {
      clearInterval(heartbeat);
    }
  }
  return summary;
}
