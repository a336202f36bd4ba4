/**
 * The embedded backend: better-sqlite3 over one file in WAL mode. Statements are prepared once and cached;
 * transactions are `BEGIN IMMEDIATE` and queued, so two async callers never interleave inside one.
 */
import Database from 'better-sqlite3';
import type { Param, SqlDb } from './sql.js';

type Statement = Database.Statement<Param[], unknown>;

export class SqliteDb implements SqlDb {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(readonly path: string, readonly raw: Database.Database) {}

  /** Opens (creating) the database file at `path`. */
  static open(path: string): SqliteDb {
    const raw = new Database(path);
    // WAL keeps readers going during a write and makes a killed writer lose only its open transaction.
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 10000');
    return new SqliteDb(path, raw);
  }

  private statement(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.raw.prepare<Param[], unknown>(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  async all<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return this.statement(sql).all(...params) as T[];
  }

  async get<T>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    const s = this.statement(sql);
    if (!s.reader) {
      s.run(...params);
      return undefined;
    }
    return s.get(...params) as T | undefined;
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    const s = this.statement(sql);
    return s.reader ? s.all(...params).length : s.run(...params).changes;
  }

  async exec(sql: string): Promise<void> {
    this.raw.exec(sql);
  }

  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      this.raw.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.joined());
        this.raw.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
        throw error;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The view a transaction's callback gets: the same connection, where a nested transaction joins the open one. */
  private joined(): SqlDb {
    const view: SqlDb = {
      dialect: this.dialect,
      all: <T>(sql: string, params?: readonly Param[]) => this.all<T>(sql, params),
      get: <T>(sql: string, params?: readonly Param[]) => this.get<T>(sql, params),
      run: (sql, params) => this.run(sql, params),
      exec: (sql) => this.exec(sql),
      transaction: (fn) => fn(view),
      close: async () => undefined,
    };
    return view;
  }

  async close(): Promise<void> {
    await this.queue;
    this.statements.clear();
    if (this.raw.open) this.raw.close();
  }
}
