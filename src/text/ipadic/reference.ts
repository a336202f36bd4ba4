/**
 * kuromoji 0.1.2 as the reference the own tokenizer must equal: loading it, its tokens in `Token` form, and a
 * comparison that names the first difference. Used by the equivalence check, the tests and the benchmark only.
 */
import kuromoji from 'kuromoji';
import type { Token } from '../token.js';
import { kuromojiDictDir } from './files.js';

export type Kuromoji = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

/** kuromoji with its bundled dictionary (about a second). */
export function loadKuromoji(): Promise<Kuromoji> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath: kuromojiDictDir() }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
  });
}

/** A morpheme as kuromoji reports it: surface and the fields a `Token` carries (base '*' read as the surface). */
export interface ReferenceToken {
  surface: string;
  pos: string;
  pos1: string;
  pos2: string;
  base: string;
  form: string;
}

/** kuromoji's morphemes of `text[start, end)`. */
export function referenceTokens(reference: Kuromoji, text: string, start: number, end: number): ReferenceToken[] {
  return reference.tokenize(text.slice(start, end)).map((t) => ({
    surface: t.surface_form,
    pos: t.pos,
    pos1: t.pos_detail_1,
    pos2: t.pos_detail_2,
    base: t.basic_form === '*' ? t.surface_form : t.basic_form,
    form: t.conjugated_form,
  }));
}

/**
 * Offsets as the `tokens` stage derived them from kuromoji before (kuromoji has none in UTF-16): each surface
 * searched from the previous end. Right while tokens are contiguous; kuromoji's path can skip text after a run
 * of astral characters (unknown.ts), and the search then lands on an earlier copy of the surface.
 */
export function alignedStarts(text: string, start: number, end: number, tokens: readonly ReferenceToken[]): number[] {
  let at = start;
  return tokens.map((t) => {
    const found = text.indexOf(t.surface, at);
    const s = found >= 0 && found < end ? found : at;
    at = s + t.surface.length;
    return s;
  });
}

const show = (t: ReferenceToken | undefined) => (t ? `${t.surface} ${t.pos},${t.pos1},${t.pos2},${t.form},${t.base}` : '(none)');

/** The own `tokens` of `text` as reference tokens (surfaces read at their offsets). */
export function asReference(text: string, tokens: readonly Token[]): ReferenceToken[] {
  return tokens.map((t) => ({ surface: text.slice(t.start, t.end), pos: t.pos, pos1: t.pos1, pos2: t.pos2, base: t.base, form: t.form }));
}

/** The first difference between kuromoji's tokens and the own ones of `text`, or null when they are the same. */
export function firstDifference(text: string, expected: readonly ReferenceToken[], actual: readonly Token[]): string | null {
  const own = asReference(text, actual);
  for (let i = 0; i < Math.max(expected.length, own.length); i++) {
    const a = expected[i];
    const b = own[i];
    const same = a && b && a.surface === b.surface && a.pos === b.pos && a.pos1 === b.pos1 && a.pos2 === b.pos2 &&
      a.base === b.base && a.form === b.form;
    if (!same) return `token ${i}: kuromoji ${show(a)} / own ${show(b)}`;
  }
  return null;
}
