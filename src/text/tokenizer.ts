/**
 * newsgraph's IPADIC tokenizer (src/text/ipadic), loaded once per process (or worker) on first use: loading
 * decompresses ~75 MB of dictionary data, so nothing loads it at import time. A process that starts analysis
 * threads loads it once into SharedArrayBuffers (`sharedDictionary`) and hands it to them (`useDictionary`):
 * every thread then reads the same memory instead of holding its own copy.
 */
import { IpadicTokenizer, loadIpadic, type IpadicData } from './ipadic/index.js';

export type Tokenizer = IpadicTokenizer;

let loading: Promise<Tokenizer> | null = null;
let loaded: Tokenizer | null = null;
let sharing: Promise<IpadicData> | null = null;

/** The shared tokenizer, loading the dictionary on the first call (or reusing the shared one, if loaded). */
export function loadTokenizer(): Promise<Tokenizer> {
  loading ??= (sharing ?? loadIpadic()).then((d) => (loaded = new IpadicTokenizer(d)));
  return loading;
}

/** The dictionary in SharedArrayBuffers, loaded once per process, to post to worker threads. */
export function sharedDictionary(): Promise<IpadicData> {
  sharing ??= loadIpadic({ shared: true });
  return sharing;
}

/** Makes `dictionary` (typically posted by the main thread) this thread's tokenizer. */
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
