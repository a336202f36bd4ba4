/** Shapes the store takes in and hands back. */
import type { Analysis } from '../analysis/contract.js';

/** An analysed article on its way into the store. */
export interface NewDocument {
  /** The content id, `contentId(analysis.text)`. */
  id: string;
  analysis: Analysis;
  /** The path or URL it was read from. */
  source: string | null;
  /** Its MinHash signature (null for texts too short to compare). */
  signature: Uint32Array | null;
}

/** What writing one document did. */
export type WriteOutcome =
  | { id: string; status: 'added' }
  | { id: string; status: 'unchanged' }
  | { id: string; status: 'duplicate'; of: string; similarity: number }
  | { id: string; status: 'failed'; error: string };

/** A recorded merge: an automatic one made while ingesting, or one a person made with `newsgraph merge`. */
export interface MergeRecord {
  id: number;
  kind: 'entity' | 'event';
  /** `kb-id` and `local-name` (entities joined by key), `same-happening` (events), `manual`. */
  rule: string;
  /** The entity or event merged into. */
  target: number;
  /** For a manual merge: the entity merged. */
  source: number | null;
  /** For an automatic merge: the document (content id) whose entity or event joined, and its id there. */
  document: string | null;
  local_id: string | null;
  note: string | null;
  created_at: string;
  undone_at: string | null;
  /** Where an undone automatic merge moved the document's part. */
  split_into: number | null;
}

export interface StoreStats {
  documents: number;
  duplicates: number;
  entities: number;
  mentions: number;
  events: number;
  event_sources: number;
  quotes: number;
  errors: number;
  /** Bytes on disk (SQLite file with its WAL) or in the schema (PostgreSQL). */
  bytes: number;
  schema_version: number;
}

export type JobKind = 'local' | 'queue';
export type JobStatus = 'running' | 'done' | 'interrupted' | 'queued';
