/**
 * The `--db` option every store command takes: a path to an SQLite file or a postgres:// URL, defaulting to
 * $NEWSGRAPH_DB or ./newsgraph.db.
 */
import { DEFAULT_DB, openStore } from '../store/open.js';
import type { Store } from '../store/store.js';

export const DB_HELP = `  --db PATH|URL          the store: an SQLite file (default $NEWSGRAPH_DB or ${DEFAULT_DB}) or postgres://…[?schema=NAME]`;

/** Where `--db` points. */
export function dbSpec(value: string | undefined): string {
  return value ?? process.env.NEWSGRAPH_DB ?? DEFAULT_DB;
}

/** Opens the store `--db` names, runs `fn`, and closes it. */
export async function withStore<T>(value: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(dbSpec(value));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** `12.3 MB` */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = -1;
  do {
    v /= 1024;
    i++;
  } while (v >= 1024 && i < units.length - 1);
  return `${v.toFixed(1)} ${units[i]}`;
}
