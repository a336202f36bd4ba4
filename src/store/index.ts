export { openStore, isPostgres, DEFAULT_DB } from './open.js';
export type { Store } from './store.js';
export type { NewDocument, WriteOutcome, MergeRecord, StoreStats } from './types.js';
export { contentId, entityKey, normName } from './keys.js';
export * from './query/index.js';
export { ingest } from './ingest/run.js';
export type { IngestOptions, IngestSummary } from './ingest/run.js';
