/**
 * Opens a store from what `--db` says: a `postgres://` URL, or a path to an SQLite file (default ./newsgraph.db),
 * and brings its schema up to date.
 */
import { errors, NewsgraphError } from '../errors.js';
import { migrate } from './migrations/migrate.js';
import { PgDb } from './postgres-db.js';
import { SqliteDb } from './sqlite-db.js';
import { SqlStore, type Store } from './store.js';

export const DEFAULT_DB = './newsgraph.db';

/** Whether `spec` names a PostgreSQL database. */
export function isPostgres(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

export interface OpenOptions {
  /** PostgreSQL pool size. */
  connections?: number;
}

/** Opens (creating and migrating) the store `spec` names. */
export async function openStore(spec: string = DEFAULT_DB, options: OpenOptions = {}): Promise<Store> {
  if (isPostgres(spec)) {
    const db = await PgDb.open(spec, { max: options.connections });
    try {
      await migrate(db, db.target.schema);
    } catch (error) {
      await db.close();
      throw wrap(error, db.target.display);
    }
    return new SqlStore(db, db.target.display);
  }
  let db: SqliteDb;
  try {
    db = SqliteDb.open(spec);
  } catch (error) {
    throw wrap(error, spec);
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw wrap(error, spec);
  }
  return new SqlStore(db, spec);
}

function wrap(error: unknown, where: string): Error {
  if (error instanceof NewsgraphError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return errors.store(`${where}: cannot open the store (${message}) — check the path or URL`);
}
