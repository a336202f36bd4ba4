/**
 * What a person's name looks like next to a title: a kanji name of two to four characters (six for a surname and
 * given name the dictionary knows) that the tokenizer reads
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
  // single kanji make up Chinese names (唐/靖/遠), but not words such as 際 (その際) or numerals
  return t.end - t.start === 1 && !NOT_NAME_KANJI.has(t.pos1);
}

const NOT_NAME_KANJI = new Set(['数', '非自立', '副詞可能', '代名詞']);

function allKanjiToken(t: Token, text: string): boolean {
  for (let i = t.start; i < t.end; i++) if (!isKanji(text.charCodeAt(i))) return false;
  return true;
}

/** Whether every token over `[start, end)` is a place name of the dictionary (固有名詞-地域). */
export function placeTokensOnly(ctx: LinkContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = ctx.tokenAt(i);
    if (!t || t.pos1 !== '固有名詞' || t.pos2 !== '地域') return false;
  }
  return true;
}

/**
 * The kanji name (2–4 characters of name-like tokens, up to 6 when the dictionary tags its first and last words as
 * personal names: 坂上|美代子, 長谷川|由美子) ending at `end`, or null.
 */
export function kanjiNameBefore(ctx: LinkContext, end: number): Stretch | null {
  let k = ctx.tokenIndexAt(end - 1);
  if (k < 0) return null;
  let start = end;
  const last = ctx.tokens[k]!;
  if (last.end !== end) {
    // the tokenizer glued the name's last kanji to the title (林/穎/佑助/理/教授): take that kanji as a piece of its own
    if (end - last.start !== 1 || !isKanji(ctx.code(end - 1))) return null;
    start = end - 1;
    k--;
  } else if (!nameLikeToken(last, ctx.text) && allKanjiToken(last, ctx.text) && last.end - last.start <= 2) {
    // a given name the dictionary knows as a word, after a surname it tags as one (林|俊傑)
    const prev = ctx.tokens[k - 1];
    if (!prev || prev.end !== last.start || prev.pos1 !== '固有名詞' || prev.pos2 !== '人名') return null;
    start = last.start;
    k--;
  }
  let tooLong = false;
  while (k >= 0) {
    const t = ctx.tokens[k]!;
    if (t.end !== start || !(nameLikeToken(t, ctx.text) || numeralInName(ctx, k)) || suffixOfWord(ctx, k)) break;
    if (end - t.start > 4 && !(end - t.start <= 6 && isPersonalName(t) && isPersonalName(last))) {
      tooLong = true;
      break;
    }
    start = t.start;
    k--;
  }
  if (end - start < 2 || KANJI_STOP_FIRST.has(ctx.text[start]!)) return null;
  // a run of name-like kanji longer than a name is no name we can delimit
  if (tooLong) return null;
  // cut off from kanji before it, the name must start with a name the dictionary knows (その際|山本, not 中|坊徹次)
  const first = ctx.tokenAt(start);
  if (isKanji(ctx.code(start - 1)) && first && first.start === start && first.pos1 !== '固有名詞') return null;
  return { start, end };
}

/** A token the dictionary tags as a personal name (坂上, 美代子). */
function isPersonalName(t: Token): boolean {
  return t.pos1 === '固有名詞' && t.pos2 === '人名';
}

/** A one-kanji numeral between two parts of a personal name (坪田|五|久男). */
function numeralInName(ctx: LinkContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const before = ctx.tokens[k - 1];
  const after = ctx.tokens[k + 1];
  return t.end - t.start === 1 && t.pos1 === '数' && isKanji(ctx.code(t.start)) && before !== undefined && after !== undefined
    && before.end === t.start && after.start === t.end && isPersonalName(before) && isPersonalName(after);
}

/** Whether token `k` is a one-kanji suffix of the word before it (建築|家 in 建築家磯崎新). */
function suffixOfWord(ctx: LinkContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const before = ctx.tokens[k - 1];
  return t.end - t.start === 1 && t.pos1 === '接尾' && before !== undefined && before.end === t.start
    && before.end - before.start > 1 && !nameLikeToken(before, ctx.text);
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
  // Latin letters glued straight onto katakana are an acronym before the name (FIFAブラッター会長), not part of it
  let latin = s;
  while (latin < end && isLatinLetter(ctx.code(latin))) latin++;
  if (latin > s && latin < end && isKatakana(ctx.code(latin))) s = latin;
  if (end - s < 2 || !isKatakana(ctx.code(s)) && !isLatinLetter(ctx.code(s))) return null;
  let katakana = 0;
  for (let i = s; i < end; i++) if (isKatakana(ctx.code(i))) katakana++;
  if (katakana < 2) return null;
  if (KATAKANA_STOP.has(ctx.text.slice(s, end))) return null;
  // a country glued before the name with ・ says where the person is from (アメリカ・クリントン国務長官)
  for (let i = s; i < end; i++) {
    if (!isNameGlue(ctx.code(i))) continue;
    const m = ctx.matcher.longestAt(ctx.text, s, i);
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

/** The kanji name starting at `start` (as long as in `kanjiNameBefore`), followed by a particle, punctuation, an honorific or a title. */
export function kanjiNameAfter(ctx: LinkContext, start: number): Stretch | null {
  let k = ctx.tokenIndexAt(start);
  if (k < 0 || ctx.tokens[k]!.start !== start) return null;
  let end = start;
  const first = ctx.tokens[k]!;
  while (k < ctx.tokens.length) {
    const t = ctx.tokens[k]!;
    if (t.start !== end || !(nameLikeToken(t, ctx.text) || numeralInName(ctx, k))) break;
    if (t.end - start > 4 && !(t.end - start <= 6 && isPersonalName(first) && isPersonalName(t))) break;
    end = t.end;
    k++;
  }
  if (end - start < 2 || KANJI_STOP_FIRST.has(ctx.text[start]!)) return null;
  const after = ctx.code(end);
  if (isKanji(after) && !titleTrie().canStart(after)) return null;
  return { start, end };
}
