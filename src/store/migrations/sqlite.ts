/**
 * SQLite schema, as numbered forward-only migrations. Keep in step with postgres.ts: the same tables and
 * columns, only the types and the search index differ.
 */
import type { Migration } from './migration.js';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, entities, facts, events, merges, jobs',
    sql: `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  ext_id TEXT,
  source TEXT,
  title TEXT,
  published TEXT,
  lang TEXT,
  author TEXT,
  chars INTEGER NOT NULL,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,
  minhash TEXT,
  dup_of INTEGER REFERENCES documents(seq),
  dup_similarity REAL,
  job INTEGER,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_ext_id ON documents(ext_id);
CREATE INDEX documents_dup_of ON documents(dup_of);

CREATE TABLE doc_buckets (
  bucket INTEGER NOT NULL,
  doc INTEGER NOT NULL REFERENCES documents(seq)
);
CREATE INDEX doc_buckets_bucket ON doc_buckets(bucket);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  kb_id TEXT,
  type TEXT,
  name TEXT NOT NULL,
  names TEXT NOT NULL DEFAULT '{}',
  wikidata TEXT,
  merged_into INTEGER REFERENCES entities(id),
  canonical INTEGER REFERENCES entities(id),
  created_at TEXT NOT NULL
);
CREATE INDEX entities_canonical ON entities(canonical);

CREATE TABLE entity_names (
  entity INTEGER NOT NULL REFERENCES entities(id),
  norm TEXT NOT NULL,
  name TEXT NOT NULL,
  lang TEXT NOT NULL,
  PRIMARY KEY (entity, name, lang)
);
CREATE INDEX entity_names_norm ON entity_names(norm);

CREATE TABLE doc_entities (
  doc INTEGER NOT NULL REFERENCES documents(seq),
  entity INTEGER NOT NULL REFERENCES entities(id),
  local_id TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (doc, entity)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity);

CREATE TABLE mentions (
  doc INTEGER NOT NULL REFERENCES documents(seq),
  entity INTEGER NOT NULL REFERENCES entities(id),
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity, doc);
CREATE INDEX mentions_doc ON mentions(doc);

CREATE TABLE roles (
  id INTEGER PRIMARY KEY,
  entity INTEGER NOT NULL REFERENCES entities(id),
  doc INTEGER NOT NULL REFERENCES documents(seq),
  title TEXT NOT NULL,
  org INTEGER REFERENCES entities(id),
  org_text TEXT,
  former INTEGER NOT NULL,
  ev_start INTEGER,
  ev_end INTEGER,
  ev_text TEXT
);
CREATE INDEX roles_entity ON roles(entity);
CREATE INDEX roles_doc ON roles(doc);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(seq),
  local_index INTEGER NOT NULL,
  speaker INTEGER REFERENCES entities(id),
  speaker_text TEXT,
  kind TEXT NOT NULL,
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX quotes_doc ON quotes(doc);

CREATE TABLE quote_about (
  quote INTEGER NOT NULL REFERENCES quotes(id),
  entity INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (quote, entity)
);
CREATE INDEX quote_about_entity ON quote_about(entity);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  plover TEXT,
  sig TEXT NOT NULL,
  date_value TEXT,
  date_precision TEXT,
  day_from TEXT,
  day_to TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX events_sig ON events(type, sig);
CREATE INDEX events_day ON events(day_from);

CREATE TABLE event_participants (
  event INTEGER NOT NULL REFERENCES events(id),
  entity INTEGER REFERENCES entities(id),
  role TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX event_participants_event ON event_participants(event);
CREATE INDEX event_participants_entity ON event_participants(entity);

CREATE TABLE event_sources (
  id INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events(id),
  doc INTEGER NOT NULL REFERENCES documents(seq),
  local_id TEXT NOT NULL,
  modality TEXT NOT NULL,
  attributed_to INTEGER REFERENCES entities(id),
  date_value TEXT,
  date_precision TEXT,
  quantities TEXT NOT NULL,
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (doc, local_id)
);
CREATE INDEX event_sources_event ON event_sources(event);

CREATE TABLE times (
  doc INTEGER NOT NULL REFERENCES documents(seq),
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  value_end TEXT,
  prec TEXT NOT NULL
);
CREATE INDEX times_doc ON times(doc);

CREATE TABLE quantities (
  doc INTEGER NOT NULL REFERENCES documents(seq),
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT NOT NULL,
  item INTEGER REFERENCES entities(id),
  period TEXT
);
CREATE INDEX quantities_doc ON quantities(doc);
CREATE INDEX quantities_item ON quantities(item);

CREATE TABLE merges (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  rule TEXT NOT NULL,
  target INTEGER NOT NULL,
  source INTEGER,
  doc INTEGER REFERENCES documents(seq),
  local_id TEXT,
  note TEXT,
  created_at TEXT NOT NULL,
  undone_at TEXT,
  split_into INTEGER
);
CREATE INDEX merges_target ON merges(kind, target);

CREATE TABLE ingest_jobs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  inputs TEXT NOT NULL,
  status TEXT NOT NULL,
  host TEXT,
  pid INTEGER,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  added INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ingest_errors (
  id INTEGER PRIMARY KEY,
  job INTEGER REFERENCES ingest_jobs(id),
  item TEXT NOT NULL,
  error TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX ingest_errors_job ON ingest_errors(job);

CREATE TABLE queue (
  id INTEGER PRIMARY KEY,
  job INTEGER REFERENCES ingest_jobs(id),
  doc_id TEXT NOT NULL UNIQUE,
  item TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  lease_until INTEGER,
  worker TEXT,
  error TEXT,
  created_at TEXT NOT NULL,
  finished_at TEXT
);
CREATE INDEX queue_status ON queue(status, id);

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
