/**
 * Ingest jobs and the errors of the items that failed in them. A job whose process died (killed, crashed) is
 * marked `interrupted` by the next run on the same host; the documents it committed stay, and the next run
 * stores the rest.
 */
import { hostname } from 'node:os';
import type { SqlDb } from './sql.js';
import type { JobKind, JobStatus, WriteOutcome } from './types.js';

export interface JobRow {
  id: number;
  kind: JobKind;
  inputs: string;
  status: JobStatus;
  host: string | null;
  pid: number | null;
  started_at: string;
  finished_at: string | null;
  added: number;
  unchanged: number;
  duplicates: number;
  failed: number;
}

export interface ErrorRow {
  id: number;
  job: number | null;
  item: string;
  error: string;
  created_at: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Opens a job for `inputs` and returns its id, first closing this host's jobs whose process is gone. */
export async function startJob(db: SqlDb, kind: JobKind, inputs: readonly string[]): Promise<number> {
  const host = hostname();
  const running = await db.all<{ id: number; pid: number | null }>(
    "SELECT id, pid FROM ingest_jobs WHERE status = 'running' AND kind = 'local' AND host = ?", [host],
  );
  for (const job of running) {
    if (job.pid != null && !alive(job.pid)) {
      await db.run("UPDATE ingest_jobs SET status = 'interrupted' WHERE id = ? AND status = 'running'", [job.id]);
    }
  }
  const row = await db.get<{ id: number }>(
    'INSERT INTO ingest_jobs (kind, inputs, status, host, pid, started_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
    [kind, JSON.stringify(inputs), kind === 'queue' ? 'queued' : 'running', host, process.pid, new Date().toISOString()],
  );
  return row!.id;
}

/** Adds the outcomes of a batch to job `job`'s counts (inside the batch's transaction; failures count with their error). */
export async function countOutcomes(tx: SqlDb, job: number, outcomes: readonly WriteOutcome[]): Promise<void> {
  const n = (status: WriteOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  await tx.run('UPDATE ingest_jobs SET added = added + ?, unchanged = unchanged + ?, duplicates = duplicates + ? WHERE id = ?', [
    n('added'), n('unchanged'), n('duplicate'), job,
  ]);
}

export async function finishJob(db: SqlDb, job: number, status: JobStatus): Promise<void> {
  await db.run('UPDATE ingest_jobs SET status = ?, finished_at = ? WHERE id = ?', [status, new Date().toISOString(), job]);
}

/** Records that `item` (a path, path:line or URL) failed with `error`, counting it in job `job`. */
export async function recordError(db: SqlDb, job: number | null, item: string, error: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.run('INSERT INTO ingest_errors (job, item, error, created_at) VALUES (?, ?, ?, ?)', [job, item, error, new Date().toISOString()]);
    if (job != null) await tx.run('UPDATE ingest_jobs SET failed = failed + 1 WHERE id = ?', [job]);
  });
}

/** Counts `n` items of job `job` found already stored before any analysis. */
export async function countUnchanged(db: SqlDb, job: number, n: number): Promise<void> {
  if (n > 0) await db.run('UPDATE ingest_jobs SET unchanged = unchanged + ? WHERE id = ?', [n, job]);
}

export function getJob(db: SqlDb, id: number): Promise<JobRow | undefined> {
  return db.get<JobRow>('SELECT * FROM ingest_jobs WHERE id = ?', [id]);
}

/** The errors recorded for job `job` (or all, newest first). */
export function listErrors(db: SqlDb, job?: number, limit = 1000): Promise<ErrorRow[]> {
  return job == null
    ? db.all<ErrorRow>('SELECT * FROM ingest_errors ORDER BY id DESC LIMIT ?', [limit])
    : db.all<ErrorRow>('SELECT * FROM ingest_errors WHERE job = ? ORDER BY id LIMIT ?', [job, limit]);
}
