/**
 * The ingest queue for distributed workers, kept in PostgreSQL itself: `ingest --queue` adds one row per new
 * article (keyed by content id, so enqueuing twice adds nothing); workers claim rows with
 * `FOR UPDATE SKIP LOCKED` under a lease. A worker that dies leaves its rows `running` until the lease ends,
 * then another takes them over; completion and the document write share one transaction, so a job is done
 * exactly once.
 */
import type { AnalyzeOptions, Article } from '../doc.js';
import { errors } from '../errors.js';
import type { SqlDb } from './sql.js';
import type { Store } from './store.js';

/** Attempts after which a job that keeps killing its workers is given up. */
export const MAX_ATTEMPTS = 5;

/** PostgreSQL's clock in epoch milliseconds: one clock for every worker machine. */
const NOW_MS = '(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint';

export interface QueuePayload {
  article: Article;
  options: AnalyzeOptions;
}

export interface QueueItem {
  id: string;
  label: string;
  payload: QueuePayload;
}

export interface ClaimedJob {
  id: number;
  job: number | null;
  doc_id: string;
  item: string;
  payload: QueuePayload;
  attempts: number;
}

export interface QueueCounts {
  queued: number;
  running: number;
  done: number;
  failed: number;
}

function requirePostgres(db: SqlDb): void {
  if (db.dialect !== 'postgres') throw errors.usage('the ingest queue and workers need a PostgreSQL store (--db postgres://…)');
}

/** Queues the items not already stored or queued; returns how many were added. */
export async function enqueue(store: Store, job: number, items: readonly QueueItem[]): Promise<number> {
  requirePostgres(store.db);
  const known = await store.known(items.map((i) => i.id));
  let added = 0;
  const now = new Date().toISOString();
  for (const item of items) {
    if (known.has(item.id)) continue;
    added += await store.db.run(
      `INSERT INTO queue (job, doc_id, item, payload, status, attempts, created_at) VALUES (?, ?, ?, ?, 'queued', 0, ?)
       ON CONFLICT (doc_id) DO UPDATE SET status = 'queued', attempts = 0, error = NULL, job = EXCLUDED.job
       WHERE queue.status = 'failed'`,
      [job, item.id, item.label, JSON.stringify(item.payload), now],
    );
  }
  return added;
}

/** Claims up to `n` jobs for `worker`: queued ones, or running ones whose lease has run out. */
export async function claim(db: SqlDb, worker: string, n: number, leaseMs: number): Promise<ClaimedJob[]> {
  requirePostgres(db);
  await db.run(
    `UPDATE queue SET status = 'failed', error = ?, finished_at = ?
     WHERE status = 'running' AND lease_until < ${NOW_MS} AND attempts >= ?`,
    [`abandoned after ${MAX_ATTEMPTS} attempts: every worker that took it stopped before finishing`, new Date().toISOString(), MAX_ATTEMPTS],
  );
  const rows = await db.all<Omit<ClaimedJob, 'payload'> & { payload: string }>(
    `UPDATE queue SET status = 'running', attempts = attempts + 1, worker = ?, lease_until = ${NOW_MS} + ?
     WHERE id IN (
       SELECT id FROM queue WHERE status = 'queued' OR (status = 'running' AND lease_until < ${NOW_MS})
       ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
     RETURNING id, job, doc_id, item, payload, attempts`,
    [worker, leaseMs, n],
  );
  return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as QueuePayload }));
}

/** Extends the lease on jobs `worker` still holds. */
export async function renew(db: SqlDb, ids: readonly number[], worker: string, leaseMs: number): Promise<void> {
  for (const id of ids) {
    await db.run(`UPDATE queue SET lease_until = ${NOW_MS} + ? WHERE id = ? AND worker = ? AND status = 'running'`, [leaseMs, id, worker]);
  }
}

/** Marks job `id` done, inside the transaction that writes its document; false when `worker` lost the lease to another. */
export async function complete(tx: SqlDb, id: number, worker: string): Promise<boolean> {
  const changed = await tx.run(
    `UPDATE queue SET status = 'done', finished_at = ?, lease_until = NULL WHERE id = ? AND worker = ? AND status = 'running'`,
    [new Date().toISOString(), id, worker],
  );
  return changed === 1;
}

/** Marks job `id` failed with `error` (an article that cannot be analysed is not retried). */
export async function failJob(db: SqlDb, id: number, worker: string, error: string): Promise<void> {
  await db.run(`UPDATE queue SET status = 'failed', error = ?, finished_at = ? WHERE id = ? AND worker = ? AND status = 'running'`, [
    error, new Date().toISOString(), id, worker,
  ]);
}

/** Jobs by status. */
export async function queueCounts(db: SqlDb): Promise<QueueCounts> {
  const rows = await db.all<{ status: keyof QueueCounts; n: number }>('SELECT status, COUNT(*) AS n FROM queue GROUP BY status');
  const out: QueueCounts = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}
