/**
 * Stage `tokens`: one kuromoji tokenisation of every sentence, shared by all later stages (none tokenises again).
 */
import type { Stage } from '../pipeline/pipeline.js';
import type { Token } from './token.js';
import { loadTokenizer, tokenizer } from './tokenizer.js';

/** Tokens of `text[start, end)`, with offsets into the whole text. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  // kuromoji's word_position counts an astral character (𠮷) as one, so offsets come from the surfaces instead:
  // tokens are contiguous, and a search from the previous end only skips what kuromoji drops.
  let at = start;
  for (const t of tokenizer().tokenize(text.slice(start, end))) {
    const found = text.indexOf(t.surface_form, at);
    const s = found >= 0 && found < end ? found : at;
    at = s + t.surface_form.length;
    out.push({
      start: s,
      end: s + t.surface_form.length,
      pos: t.pos,
      pos1: t.pos_detail_1,
      pos2: t.pos_detail_2,
      base: t.basic_form === '*' ? t.surface_form : t.basic_form,
      form: t.conjugated_form,
    });
  }
  return out;
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
    for (const s of doc.get('sentences')) for (const t of tokenize(doc.text, s.start, s.end)) out.push(t);
    return doc.set('tokens', out);
  },
};
