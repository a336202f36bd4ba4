/**
 * newsgraph's IPADIC tokenizer (src/text/ipadic), loaded once per process (or worker) on first use: loading
 * decompresses ~75 MB of dictionary data, so nothing loads it at import time. A worker thread can instead be
 * handed the main thread's dictionary (`useDictionary`), whose SharedArrayBuffers it then reads in place.
 */
import { IpadicTokenizer, type IpadicData } from './ipadic/index.js';

export type Tokenizer = IpadicTokenizer;

let loading: Promise<Tokenizer> | null = null;
let loaded: Tokenizer | null = null;

/** The shared tokenizer, loading the dictionary on the first call. */
export function loadTokenizer(): Promise<Tokenizer> {
  loading ??= IpadicTokenizer.load().then((t) => (loaded = t));
  return loading;
}

/** Makes `dictionary` (loaded elsewhere, typically posted by the main thread) the process's tokenizer. */
export function useDictionary(dictionary: IpadicData): Tokenizer {
  loaded = new IpadicTokenizer(dictionary);
  loading = Promise.resolve(loaded);
  return loaded;
}

/** The tokenizer once `loadTokenizer()` has resolved. */
export function tokenizer(): Tokenizer {
  if (!loaded) throw new Error('the tokenizer was used before loadTokenizer() resolved');
  return loaded;
}
