/**
 * Applies pending migrations in one transaction and records each in `schema_migrations`. On PostgreSQL a
 * database-wide advisory lock makes concurrent openers (several workers, parallel test runs) take turns.
 */
import { errors } from '../../errors.js';
import type { SqlDb } from '../sql.js';
import type { Migration } from './migration.js';
import { POSTGRES_MIGRATIONS } from './postgres.js';
import { SQLITE_MIGRATIONS } from './sqlite.js';

/** Arbitrary constant naming newsgraph's migration lock among PostgreSQL advisory locks. */
const PG_MIGRATION_LOCK = 7_041_977_301;

/** The migrations of `db`'s dialect. */
export function migrationsFor(db: SqlDb): readonly Migration[] {
  return db.dialect === 'postgres' ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS;
}

/**
 * Brings the schema of `db` up to the newest migration and returns the versions applied now.
 * @param schema PostgreSQL schema to create when missing.
 * @throws NewsgraphError `store` when the store was written by a newer newsgraph.
 */
export async function migrate(db: SqlDb, schema?: string, migrations = migrationsFor(db)): Promise<number[]> {
  return db.transaction(async (tx) => {
    if (tx.dialect === 'postgres') {
      await tx.run('SELECT pg_advisory_xact_lock(?)', [PG_MIGRATION_LOCK]);
      if (schema) await tx.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      // In public, so dropping one store's schema never takes the extension from the others.
      await tx.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
    }
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const rows = await tx.all<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => Number(r.version)));
    const newest = Math.max(0, ...migrations.map((m) => m.version));
    const beyond = [...done].filter((v) => v > newest);
    if (beyond.length) {
      throw errors.store(`the store has schema version ${Math.max(...beyond)}, newer than this newsgraph (${newest}) — upgrade newsgraph`);
    }
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** The newest schema version recorded in `db`. */
export async function schemaVersion(db: SqlDb): Promise<number> {
  const row = await db.get<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
  return Number(row?.v ?? 0);
}
