/**
 * The kuromoji tokenizer (IPADIC), loaded once per process (or worker) on first use: loading reads ~50 MB of
 * dictionary and takes most of a second, so nothing loads it at import time.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';

export type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

let loading: Promise<Tokenizer> | null = null;
let loaded: Tokenizer | null = null;

/** The shared tokenizer, loading the dictionary on the first call. */
export function loadTokenizer(): Promise<Tokenizer> {
  loading ??= new Promise<Tokenizer>((resolve, reject) => {
    const require = createRequire(import.meta.url);
    const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) reject(error);
      else resolve((loaded = tokenizer));
    });
  });
  return loading;
}

/** The tokenizer once `loadTokenizer()` has resolved. */
export function tokenizer(): Tokenizer {
  if (!loaded) throw new Error('the tokenizer was used before loadTokenizer() resolved');
  return loaded;
}
