/** Entity search for clients: names containing the text, the most documented first. */
import type { Store } from '../store.js';
import { findEntities, type EntityMatch, type FindOptions } from './refs.js';

/** Entities whose name (any language, normalised) is or contains `text`, or whose key or #id it is. */
export function searchEntities(store: Store, text: string, options: Omit<FindOptions, 'partial'> = {}): Promise<EntityMatch[]> {
  return findEntities(store.db, text, { ...options, partial: true });
}
