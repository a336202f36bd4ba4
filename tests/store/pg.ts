/**
 * PostgreSQL for tests: the server at NEWSGRAPH_TEST_PG (default postgres://postgres@127.0.0.1:5432/test), one
 * schema per store so parallel test files never meet. In CI (NEWSGRAPH_CI=1) a missing server is a failure;
 * elsewhere the PostgreSQL tests are skipped with a message saying how to run them.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.NEWSGRAPH_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Null when the server answers; otherwise why not. */
export async function pgUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** What to pass as `skip` to the PostgreSQL tests: false to run them, a message to skip. Throws in CI. */
export async function pgSkip(): Promise<false | string> {
  const why = await pgUnavailable();
  if (!why) return false;
  const message = `PostgreSQL at ${PG_URL} is not reachable (${why}); start it or set NEWSGRAPH_TEST_PG to run these tests`;
  if (process.env.NEWSGRAPH_CI === '1') throw new Error(`CI needs PostgreSQL: ${message}`);
  return message;
}

/** A fresh schema name for one store. */
export function freshSchema(prefix = 'ng_test'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** The test server's URL with newsgraph's `schema` parameter. */
export function schemaUrl(schema: string): string {
  const url = new URL(PG_URL);
  url.searchParams.set('schema', schema);
  return url.href;
}

/** Drops the given schemas (and everything in them). */
export async function dropSchemas(schemas: readonly string[]): Promise<void> {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await client.end();
  }
}
