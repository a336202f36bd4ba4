/**
 * The store: one interface over the two backends. Writing, jobs and merges live in their modules and are
 * written once against `SqlDb`; the query API (./query) reads through `store.db`.
 */
import { statSync } from 'node:fs';
import { describeError } from '../errors.js';
import { countOutcomes, countUnchanged, finishJob, recordError, startJob } from './jobs.js';
import { listMerges, mergeEntities, unmerge, type MergeFilter } from './merges.js';
import { schemaVersion } from './migrations/migrate.js';
import { placeholders, type Dialect, type SqlDb } from './sql.js';
import type { JobKind, JobStatus, MergeRecord, NewDocument, StoreStats, WriteOutcome } from './types.js';
import { writeDocument } from './write.js';

export interface Store {
  readonly kind: Dialect;
  /** The file path or the URL (without password) it lives at. */
  readonly location: string;
  /** The connection, for the query API. */
  readonly db: SqlDb;
  /** Which of these content ids are stored already. */
  known(ids: readonly string[]): Promise<Set<string>>;
  /**
   * Writes a batch of documents in one transaction, counted in job `job`. A document that cannot be written is
   * reported as `failed` (and recorded) while the rest of the batch is stored.
   */
  write(docs: readonly NewDocument[], job: number | null): Promise<WriteOutcome[]>;
  startJob(kind: JobKind, inputs: readonly string[]): Promise<number>;
  finishJob(job: number, status: JobStatus): Promise<void>;
  /** Refreshes the planner's statistics after many rows were written (queries pick their indexes from them). */
  optimize(): Promise<void>;
  /** Records a failed item (and counts it in its job). */
  recordError(job: number | null, item: string, error: string): Promise<void>;
  /** Counts items found already stored before analysis in job `job`. */
  countUnchanged(job: number, n: number): Promise<void>;
  /** Merges entity `source` into entity `target` (ids), recorded so it can be undone. */
  merge(source: number, target: number, note?: string | null): Promise<MergeRecord>;
  /** Undoes a merge record: a manual merge is reverted, an automatic one split out. */
  unmerge(record: number): Promise<MergeRecord>;
  merges(filter?: MergeFilter): Promise<MergeRecord[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** PostgreSQL's codes for a transaction that lost a race and may simply be retried. */
const RETRYABLE = new Set(['40001', '40P01']);

function retryable(error: unknown): boolean {
  return RETRYABLE.has(String((error as { code?: unknown }).code));
}

/** Runs `fn` in a transaction, again when PostgreSQL aborted it for a deadlock or serialization conflict. */
export async function withRetry<T>(db: SqlDb, fn: (tx: SqlDb) => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await db.transaction(fn);
    } catch (error) {
      if (i >= attempts || !retryable(error)) throw error;
      await new Promise((r) => setTimeout(r, 20 * i + Math.random() * 50));
    }
  }
}

export class SqlStore implements Store {
  constructor(readonly db: SqlDb, readonly location: string) {}

  get kind(): Dialect {
    return this.db.dialect;
  }

  async known(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const rows = await this.db.all<{ id: string }>(`SELECT id FROM documents WHERE id IN (${placeholders(part.length)})`, part);
      for (const r of rows) out.add(r.id);
    }
    return out;
  }

  async write(docs: readonly NewDocument[], job: number | null): Promise<WriteOutcome[]> {
    if (docs.length === 0) return [];
    try {
      return await withRetry(this.db, (tx) => this.writeAll(tx, docs, job));
    } catch (error) {
      if (docs.length === 1) return this.failed(docs[0]!, job, error);
    }
    // One document broke the batch: write them one by one so only that one is lost.
    const outcomes: WriteOutcome[] = [];
    for (const doc of docs) {
      try {
        outcomes.push(...(await withRetry(this.db, (tx) => this.writeAll(tx, [doc], job))));
      } catch (error) {
        outcomes.push(...(await this.failed(doc, job, error)));
      }
    }
    return outcomes;
  }

  private async writeAll(tx: SqlDb, docs: readonly NewDocument[], job: number | null): Promise<WriteOutcome[]> {
    const outcomes: WriteOutcome[] = [];
    for (const doc of docs) outcomes.push(await writeDocument(tx, doc, job));
    if (job != null) await countOutcomes(tx, job, outcomes);
    return outcomes;
  }

  private async failed(doc: NewDocument, job: number | null, error: unknown): Promise<WriteOutcome[]> {
    const message = `storing failed: ${describeError(error)}`;
    const item = doc.source ?? doc.analysis.document.id;
    await this.recordError(job, item, message);
    return [{ id: doc.id, status: 'failed', error: message }];
  }

  startJob(kind: JobKind, inputs: readonly string[]): Promise<number> {
    return startJob(this.db, kind, inputs);
  }

  finishJob(job: number, status: JobStatus): Promise<void> {
    return finishJob(this.db, job, status);
  }

  async optimize(): Promise<void> {
    await this.db.exec(this.kind === 'postgres' ? 'ANALYZE' : 'PRAGMA optimize');
  }

  recordError(job: number | null, item: string, error: string): Promise<void> {
    return recordError(this.db, job, item, error);
  }

  countUnchanged(job: number, n: number): Promise<void> {
    return countUnchanged(this.db, job, n);
  }

  merge(source: number, target: number, note: string | null = null): Promise<MergeRecord> {
    return mergeEntities(this.db, source, target, note);
  }

  unmerge(record: number): Promise<MergeRecord> {
    return unmerge(this.db, record);
  }

  merges(filter?: MergeFilter): Promise<MergeRecord[]> {
    return listMerges(this.db, filter);
  }

  async stats(): Promise<StoreStats> {
    const count = async (sql: string) => Number((await this.db.get<{ n: number }>(sql))?.n ?? 0);
    return {
      documents: await count('SELECT COUNT(*) AS n FROM documents'),
      duplicates: await count('SELECT COUNT(*) AS n FROM documents WHERE dup_of IS NOT NULL'),
      entities: await count('SELECT COUNT(*) AS n FROM entities'),
      mentions: await count('SELECT COUNT(*) AS n FROM mentions'),
      events: await count('SELECT COUNT(*) AS n FROM events'),
      event_sources: await count('SELECT COUNT(*) AS n FROM event_sources'),
      quotes: await count('SELECT COUNT(*) AS n FROM quotes'),
      errors: await count('SELECT COUNT(*) AS n FROM ingest_errors'),
      bytes: await this.bytes(),
      schema_version: await schemaVersion(this.db),
    };
  }

  private async bytes(): Promise<number> {
    if (this.db.dialect === 'postgres') {
      const row = await this.db.get<{ n: number | null }>(
        `SELECT SUM(pg_total_relation_size(c.oid)) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
         WHERE s.nspname = current_schema() AND c.relkind IN ('r', 'm')`,
      );
      return Number(row?.n ?? 0);
    }
    let total = 0;
    for (const suffix of ['', '-wal']) {
      try {
        total += statSync(this.location + suffix).size;
      } catch {
        // no WAL file (or an in-memory store)
      }
    }
    return total;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
