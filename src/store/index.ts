export { openStore, isPostgres, DEFAULT_DB } from './open.js';
export type { Store } from './store.js';
export type { NewDocument, WriteOutcome, MergeRecord, StoreStats } from './types.js';
export { contentId, entityKey, normName } from './keys.js';
