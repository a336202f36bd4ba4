/**
 * Knowledge-base matches: at every offset, the longest name, alias or short form of the compiled matcher whose
 * ends fall on word boundaries (a katakana name does not end inside a longer katakana word — タイ in タイヤ —,
 * a kanji name does not cut a token — 中国 in 中国語 —, a Latin name is not part of a longer word).
 * One-character country forms are decided apart (country-abbr.ts).
 */
import { candidate, type Candidate } from './candidate.js';
import { isDigit, isKanji, isKatakana, isLatinLetter } from './chars.js';
import type { LinkContext } from './context.js';

/** Whether `[start, end)` may be a name by the boundaries of the characters around it. */
export function boundaryOk(ctx: LinkContext, start: number, end: number): boolean {
  const first = ctx.code(start);
  const last = ctx.code(end - 1);
  const before = ctx.code(start - 1);
  const after = ctx.code(end);
  if (isKatakana(first) && isKatakana(before)) return false;
  if (isKatakana(last) && isKatakana(after)) return false;
  if ((isLatinLetter(first) || isDigit(first)) && (isLatinLetter(before) || isDigit(before))) return false;
  if ((isLatinLetter(last) || isDigit(last)) && (isLatinLetter(after) || isDigit(after))) return false;
  if (isKanji(first) && isKanji(before) && !ctx.isBoundary(start)) return false;
  if (isKanji(last) && isKanji(after) && !ctx.isBoundary(end)) return false;
  return true;
}

/**
 * Longest valid knowledge-base match at each offset (names, aliases, short and credit forms; not one-character
 * forms). Whether a short or credit form is believed is decided later, with the whole document in view.
 */
export function kbMatches(ctx: LinkContext): Candidate[] {
  const { text } = ctx;
  const trie = ctx.matcher;
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!trie.canStart(code)) continue;
    // the matcher folds case: a name written in lower case is a word (he, turkey, china), a commodity is not a name
    const lower = code >= 0x61 && code <= 0x7a;
    const ms = trie.matchesAt(text, i);
    for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k]!;
      const surfaces = m.values.filter((s) => s.kind !== 'abbr' && (!s.exact || text.startsWith(s.exact, m.start)) && (!lower || s.entry.type === 'COMMODITY'));
      // a dotted acronym keeps its last dot (U.S.), which the matcher skips as glue
      const end = surfaces.some((s) => s.exact?.endsWith('.')) && text[m.end] === '.' ? m.end + 1 : m.end;
      if (!surfaces.length || !boundaryOk(ctx, m.start, m.end)) continue;
      // a country's language (イタリア語版, ロシア語で) names no country
      if (text[m.end] === '語' && surfaces.every((s) => s.entry.type === 'GPE')) break;
      const full = surfaces.some((s) => s.kind === 'name' || s.kind === 'alias');
      out.push(candidate({
        start: m.start,
        end,
        type: surfaces[0]!.entry.type,
        source: 'kb',
        surfaces,
        rule: full ? 'kb' : 'kb-short',
        strength: full ? 3 : 1,
      }));
      break;
    }
  }
  return out;
}
