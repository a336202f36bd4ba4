/**
 * The small SQL surface both backends offer. Store code is written once against it in the SQL that SQLite and
 * PostgreSQL share (`?` placeholders, `ON CONFLICT … DO NOTHING`, `RETURNING`); the few places where the
 * dialects differ (search, locks, DDL) ask `dialect`.
 */

export type Dialect = 'sqlite' | 'postgres';

/** A bound parameter: text, a number, or NULL (no booleans: both backends store flags as 0/1). */
export type Param = string | number | null;

export interface SqlDb {
  readonly dialect: Dialect;
  /** Every row the statement returns. */
  all<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  /** The first row, or undefined. */
  get<T>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /** Runs a script of statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when it throws.
   * A transaction opened inside another joins it.
   */
  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?, ?, ?` for `n` parameters. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** Escapes `%`, `_` and `\` so `s` matches literally inside a `LIKE … ESCAPE '\'` pattern. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Case-insensitive LIKE in each dialect (SQLite's LIKE already ignores ASCII case). */
export function ilike(dialect: Dialect): string {
  return dialect === 'postgres' ? 'ILIKE' : 'LIKE';
}

/**
 * Inserts `rows` into `table` in as few round trips as the dialect likes: one prepared single-row statement
 * repeated on SQLite (in-process, so each call is cheap), multi-row VALUES on PostgreSQL (each call is a round trip).
 */
export async function insertMany(
  db: SqlDb, table: string, columns: readonly string[], rows: readonly Param[][], suffix = '',
): Promise<void> {
  if (rows.length === 0) return;
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  const one = `(${placeholders(columns.length)})`;
  const tail = suffix ? ` ${suffix}` : '';
  if (db.dialect === 'sqlite') {
    const sql = head + one + tail;
    for (const row of rows) await db.run(sql, row);
    return;
  }
  const chunk = Math.max(1, Math.floor(4000 / columns.length));
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    await db.run(head + part.map(() => one).join(', ') + tail, part.flat());
  }
}
