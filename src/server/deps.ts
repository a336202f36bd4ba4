/** What the routes work with: the store, the analyzer and the limits, given once to the app factory. */
import type { Store } from '../store/store.js';
import type { Analyzer } from './analyzer.js';

export interface Deps {
  store: Store;
  analyzer: Analyzer;
  /** Largest request body accepted, in bytes. */
  maxBytes: number;
}
