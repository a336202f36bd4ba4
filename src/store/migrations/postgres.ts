/**
 * PostgreSQL schema, as numbered forward-only migrations: the shared tables (v1-tables.ts) with identity columns,
 * and pg_trgm indexes for search.
 */
import type { Migration } from './migration.js';
import { POSTGRES_TYPES, tablesV1 } from './v1-tables.js';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, entities, facts, events, merges, jobs',
    sql: `${tablesV1(POSTGRES_TYPES)}
-- Substring search over titles and texts: pg_trgm GIN indexes serve ILIKE '%…%' for three or more characters.
CREATE INDEX documents_text_trgm ON documents USING gin (text gin_trgm_ops);
CREATE INDEX documents_title_trgm ON documents USING gin (title gin_trgm_ops);
CREATE INDEX entity_names_norm_trgm ON entity_names USING gin (norm gin_trgm_ops);
CREATE INDEX queue_open ON queue(id) WHERE status IN ('queued', 'running');
`,
  },
];
