/**
 * The team backend: PostgreSQL through a `pg` pool. Every connection works in one schema (`?schema=NAME` in the
 * URL, default `public`), so several stores — or parallel test runs — can share a database.
 */
import pg from 'pg';
import { errors } from '../errors.js';
import type { Param, SqlDb } from './sql.js';

const INT8 = 20;
const NUMERIC = 1700;

// Counts and identity columns are int8; every value newsgraph keeps in them fits a double.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8) return (v: string) => Number.parseInt(v, 10);
    if (oid === NUMERIC) return (v: string) => Number.parseFloat(v);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** `?` placeholders to PostgreSQL's `$1, $2, …` (store SQL never has `?` inside a literal). */
const converted = new Map<string, string>();
function toPg(sql: string): string {
  let out = converted.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    if (converted.size < 5000) converted.set(sql, out);
  }
  return out;
}

/** Where a `postgres://` URL points, with newsgraph's own `schema` parameter taken out. */
export interface PgTarget {
  connectionString: string;
  schema: string;
  /** The URL without its password, for messages. */
  display: string;
}

/** Splits a PostgreSQL URL into the connection string and the schema to use. */
export function pgTarget(url: string): PgTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw errors.store(`${url}: not a valid postgres:// URL`);
  }
  const schema = parsed.searchParams.get('schema') ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/i.test(schema)) throw errors.store(`schema "${schema}": use letters, digits and _`);
  const display = new URL(parsed.href);
  if (display.password) display.password = '***';
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.href, schema, display: display.href };
}

type Queryable = pg.Pool | pg.PoolClient;

export class PgDb implements SqlDb {
  readonly dialect = 'postgres' as const;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly client: pg.PoolClient | null,
    readonly target: PgTarget,
  ) {}

  /** Connects to `url`, creating the schema when needed. */
  static async open(url: string, options: { max?: number } = {}): Promise<PgDb> {
    const target = pgTarget(url);
    const pool = new pg.Pool({
      connectionString: target.connectionString,
      options: `-c search_path=${target.schema},public`,
      max: options.max ?? 4,
      connectionTimeoutMillis: 5000,
      types,
    });
    // An idle client's error (the server went away) must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    const db = new PgDb(pool, null, target);
    try {
      await db.run('SELECT 1');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw errors.store(`cannot connect to ${target.display}: ${error instanceof Error ? error.message : String(error)} — is PostgreSQL running?`);
    }
    return db;
  }

  private get on(): Queryable {
    return this.client ?? this.pool;
  }

  async all<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    const result = await this.on.query(toPg(sql), params as Param[]);
    return result.rows as T[];
  }

  async get<T>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    const result = await this.on.query(toPg(sql), params as Param[]);
    return result.rowCount ?? 0;
  }

  async exec(sql: string): Promise<void> {
    await this.on.query(sql);
  }

  async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    if (this.client) return fn(this);
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(new PgDb(this.pool, client, this.target));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is dropped from the pool rather than reused.
      await client.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (!this.client) await this.pool.end();
  }
}
