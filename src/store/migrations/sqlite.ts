/**
 * SQLite schema, as numbered forward-only migrations: the shared tables (v1-tables.ts) with rowid keys, and a
 * trigram FTS5 index for search.
 */
import type { Migration } from './migration.js';
import { SQLITE_TYPES, tablesV1 } from './v1-tables.js';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, entities, facts, events, merges, jobs',
    sql: `${tablesV1(SQLITE_TYPES)}
-- Substring search over titles and texts: trigram FTS5 kept in step with documents by triggers. detail=none
-- keeps the index small and fast to write; it serves LIKE '%…%' (not MATCH phrases), which is all search asks.
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq', tokenize='trigram', detail=none);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;
`,
  },
];
