/**
 * Stage `tokens`: one IPADIC tokenisation of every sentence, shared by all later stages (none tokenises again).
 */
import type { Stage } from '../pipeline/pipeline.js';
import type { Token } from './token.js';
import { loadTokenizer, tokenizer } from './tokenizer.js';

/** Tokens of `text[start, end)`, with exact UTF-16 offsets into the whole text. */
export function tokenize(text: string, start: number, end: number): Token[] {
  return tokenizer().tokenize(text, start, end);
}

export const tokens: Stage = {
  name: 'tokens',
  requires: ['sentences'],
  assigns: ['tokens'],
  async prepare() {
    await loadTokenizer();
  },
  run(doc) {
    const out: Token[] = [];
    const ipadic = tokenizer();
    for (const s of doc.get('sentences')) ipadic.tokenize(doc.text, s.start, s.end, out);
    return doc.set('tokens', out);
  },
};
