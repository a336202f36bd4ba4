/**
 * What a person's name looks like next to a title: a kanji name of two to four characters that the tokenizer reads
 * as a name (tokens tagged 人名/固有名詞, or single kanji as Chinese names are split), or a katakana name with its
 * ・ and = glue and Latin initials (ジョージ・W・ブッシュ).
 */
import type { Token } from '../../text/token.js';
import { isKanji, isKatakana, isLatinLetter, isNameGlue } from './chars.js';
import type { LinkContext } from './context.js';
import { titleTrie } from './titles.js';

/** A stretch of the text. */
export interface Stretch {
  start: number;
  end: number;
}

const KATAKANA_STOP = new Set(['トップ', 'チーム', 'グループ', 'メンバー', 'センター', 'クラブ', 'リーダー', 'スタッフ', 'プロ', 'ニュース', 'メディア', 'サイト', 'ブログ']);
const KANJI_STOP_FIRST = new Set([...'同両各当本前元現新故全副総諸某他我貴']);

/** Whether a kanji token can be (part of) a person's name. */
function nameLikeToken(t: Token, text: string): boolean {
  for (let i = t.start; i < t.end; i++) if (!isKanji(text.charCodeAt(i))) return false;
  if (t.pos === '名詞' && t.pos1 === '固有名詞') return t.pos2 !== '組織';
  return t.end - t.start === 1 && t.pos1 !== '数';
}

/** Whether every token over `[start, end)` is a place name of the dictionary (固有名詞-地域). */
export function placeTokensOnly(ctx: LinkContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = ctx.tokenAt(i);
    if (!t || t.pos1 !== '固有名詞' || t.pos2 !== '地域') return false;
  }
  return true;
}

/** The kanji name (2–4 characters of name-like tokens) ending at `end`, or null. */
export function kanjiNameBefore(ctx: LinkContext, end: number): Stretch | null {
  let k = ctx.tokenIndexAt(end - 1);
  if (k < 0 || ctx.tokens[k]!.end !== end) return null;
  let start = end;
  let multi = false;
  while (k >= 0) {
    const t = ctx.tokens[k]!;
    if (t.end !== start || !nameLikeToken(t, ctx.text) || end - t.start > 4) break;
    // single kanji make up a Chinese name (唐/靖/遠); next to a dictionary name (山本) one is another word (際|山本)
    const single = t.end - t.start === 1 && t.pos1 !== '固有名詞';
    if (single && multi) break;
    if (t.end - t.start > 1) multi = true;
    start = t.start;
    k--;
  }
  if (multi) {
    // re-trim: drop single non-proper kanji collected before a dictionary name
    let k2 = ctx.tokenIndexAt(start);
    while (k2 >= 0 && ctx.tokens[k2]!.end - ctx.tokens[k2]!.start === 1 && ctx.tokens[k2]!.pos1 !== '固有名詞' && ctx.tokens[k2]!.end < end) {
      start = ctx.tokens[k2]!.end;
      k2++;
    }
  }
  if (end - start < 2 || KANJI_STOP_FIRST.has(ctx.text[start]!)) return null;
  // the name must not be the tail of a longer kanji compound
  if (isKanji(ctx.code(start - 1)) && ctx.tokenAt(start - 1) && nameLikeToken(ctx.tokenAt(start - 1)!, ctx.text)) return null;
  return { start, end };
}

/** The katakana (or Latin-initialled) name ending at `end`: ジョージ・W・ブッシュ, ドナルド・v. */
export function katakanaNameBefore(ctx: LinkContext, end: number): Stretch | null {
  let s = end;
  while (s > 0) {
    const c = ctx.code(s - 1);
    if (isKatakana(c) || isNameGlue(c) || isLatinLetter(c) || (c === 0x2e && isLatinLetter(ctx.code(s - 2)))) s--;
    else break;
  }
  while (s < end && (isNameGlue(ctx.code(s)) || ctx.code(s) === 0x2e)) s++;
  if (end - s < 2 || !isKatakana(ctx.code(s)) && !isLatinLetter(ctx.code(s))) return null;
  let katakana = 0;
  for (let i = s; i < end; i++) if (isKatakana(ctx.code(i))) katakana++;
  if (katakana < 2) return null;
  if (KATAKANA_STOP.has(ctx.text.slice(s, end))) return null;
  // a country glued before the name with ・ says where the person is from (アメリカ・クリントン国務長官)
  for (let i = s; i < end; i++) {
    if (!isNameGlue(ctx.code(i))) continue;
    const m = ctx.kb.matcher.longestAt(ctx.text, s, i);
    if (m && m.end === i && m.values.some((v) => (v.kind === 'name' || v.kind === 'alias') && v.entry.type !== 'PERSON')) s = i + 1;
    break;
  }
  if (end - s < 2) return null;
  return { start: s, end };
}

/** The katakana name starting at `start` (for appositions), or null. */
export function katakanaNameAfter(ctx: LinkContext, start: number): Stretch | null {
  let e = start;
  while (e < ctx.text.length) {
    const c = ctx.code(e);
    if (isKatakana(c) || isNameGlue(c) || (isLatinLetter(c) && e > start)) e++;
    else break;
  }
  while (e > start && isNameGlue(ctx.code(e - 1))) e--;
  if (e - start < 2 || !isKatakana(ctx.code(start))) return null;
  const name = ctx.text.slice(start, e);
  if (KATAKANA_STOP.has(name)) return null;
  // a loanword the tokenizer knows as a common noun (アナリスト) is no name; names are proper or unknown
  const t = ctx.tokenAt(start);
  if (t && t.start === start && t.end === e && t.pos1 !== '固有名詞' && !name.includes('・') && t.base === name && t.pos1 !== '一般') return null;
  return { start, end: e };
}

/** The kanji name starting at `start`, followed by a particle, punctuation, an honorific or a title. */
export function kanjiNameAfter(ctx: LinkContext, start: number): Stretch | null {
  let k = ctx.tokenIndexAt(start);
  if (k < 0 || ctx.tokens[k]!.start !== start) return null;
  let end = start;
  while (k < ctx.tokens.length) {
    const t = ctx.tokens[k]!;
    if (t.start !== end || !nameLikeToken(t, ctx.text) || t.end - start > 4) break;
    end = t.end;
    k++;
  }
  if (end - start < 2 || KANJI_STOP_FIRST.has(ctx.text[start]!)) return null;
  const after = ctx.code(end);
  if (isKanji(after) && !titleTrie().canStart(after)) return null;
  return { start, end };
}
