/**
 * Person names the knowledge base may not know, found by the titles around them:
 *
 * - NAME + title or honorific: 沈明室研究員, ギャネンドラ国王, サアカシュビリ大統領, 志位委員長, ロバーツ判事;
 *   a country or body between them is the title's organisation (アナン|国連|事務総長, オバマ|アメリカ|大統領);
 *   a parenthesised reading between them is skipped (パク・トクフン(朴徳勲)国連次席大使);
 * - an apposition before the name: TITLE/PERSON-NOUN + である/だった/の/を務める + NAME
 *   (時事評論家である唐靖遠, 総裁のモームラーチャウォン=…, 代表を務める頼栄偉);
 * - a regnal name: katakana + number + 世 (ラーマ9世);
 * - a katakana name listed before a titled one: ニクソン、レーガン元大統領.
 *
 * A kanji name must look like one to the tokenizer (tokens tagged 人名/固有名詞, or single kanji as Chinese names
 * are split), two to four characters; a katakana name must not be a country or body the KB knows.
 */
import type { Token } from '../../text/token.js';
import { candidate, type Candidate, type TitleHit } from './candidate.js';
import { isDigit, isHiragana, isKanji, isKatakana, isLatinLetter, isNameGlue } from './chars.js';
import type { LinkContext } from './context.js';
import { isKbNonPerson, type CandidateIndex } from './kb-index.js';
import { FORMER_PREFIXES, OTHER_PREFIXES, PERSON_NOUN_ENDINGS, PERSON_NOUNS, TITLE_BLOCKERS, titleTrie } from './titles.js';

/** A title word found in the text, with its prefix (元/前/故 …) included in the span. */
export interface TitleOccurrence {
  start: number;
  end: number;
  /** Where the title word itself starts (after 元/前 …). */
  wordStart: number;
  title: string;
  former: boolean;
  honorific: boolean;
  personOnly: boolean;
}

/** Compounds with a person-like ending that name no person (相手 "counterpart", 読者 is fine). */
const NOT_PERSON_NOUNS = new Set(['相手', '手手', '派手', '上手', '下手', '着手', '入手', '若手', '大手', '拍手', '握手', '選手権', '記者会']);
/** Particles that may follow a kana honorific (さんは, ちゃんの); any other kana continues a word (ちゃんねる). */
const PARTICLES = new Set([...'はがのとにをもへやでらかよ']);
const HONORIFIC_BLOCKERS = new Set([...'名族神子家姓']);
const KATAKANA_STOP = new Set(['トップ', 'チーム', 'グループ', 'メンバー', 'センター', 'クラブ', 'リーダー', 'スタッフ', 'プロ', 'ニュース', 'メディア', 'サイト', 'ブログ']);
const KANJI_STOP_FIRST = new Set([...'同両各当本前元現新故全副総諸某他我貴']);

/** Every title or honorific in the text that is not part of a longer noun. */
export function titleOccurrences(ctx: LinkContext): TitleOccurrence[] {
  const { text } = ctx;
  const trie = titleTrie();
  const out: TitleOccurrence[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let wordStart = i;
    let m = trie.canStart(c) ? trie.longestAt(text, i) : null;
    let vice = false;
    if (text[i] === '副') {
      const inner = trie.longestAt(text, i + 1);
      if (inner && (!m || inner.end > m.end)) {
        m = inner;
        vice = true;
      }
    }
    if (!m) continue;
    const word = m.values[0]!;
    if (TITLE_BLOCKERS.has(text[m.end] ?? '') && !word.honorific) continue;
    // a title ends a word (ちゃん in ちゃんねる is none)
    if (!ctx.isBoundary(m.end)) continue;
    if (isHiragana(text.charCodeAt(m.end - 1)) && isHiragana(text.charCodeAt(m.end)) && !PARTICLES.has(text[m.end]!)) continue;
    // 氏 inside a word (氏名, 氏族, 氏家) is no honorific of a name; 潘氏支持 still is
    if (word.honorific && HONORIFIC_BLOCKERS.has(text[m.end] ?? '')) continue;
    let start = wordStart;
    let former = false;
    const prev = text[i - 1] ?? '';
    const prev2 = text.slice(i - 2, i);
    if (FORMER_PREFIXES.includes(prev)) {
      former = true;
      start = i - 1;
    } else if (OTHER_PREFIXES.includes(prev2)) start = i - 2;
    else if (OTHER_PREFIXES.includes(prev)) start = i - 1;
    wordStart = i;
    out.push({
      start,
      end: m.end,
      wordStart,
      title: vice ? `副${word.word}` : word.word,
      former,
      honorific: word.honorific,
      personOnly: word.personOnly,
    });
    i = m.end - 1;
  }
  return out;
}

/** Whether a kanji token can be (part of) a person's name. */
function nameLikeToken(t: Token, text: string): boolean {
  for (let i = t.start; i < t.end; i++) if (!isKanji(text.charCodeAt(i))) return false;
  if (t.pos === '名詞' && t.pos1 === '固有名詞') return t.pos2 !== '組織';
  return t.end - t.start === 1 && t.pos1 !== '数';
}

/** Whether every token over `[start, end)` is a place name of the dictionary (固有名詞-地域). */
function placeTokensOnly(ctx: LinkContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = ctx.tokenAt(i);
    if (!t || t.pos1 !== '固有名詞' || t.pos2 !== '地域') return false;
  }
  return true;
}

/** The kanji name (2–4 characters of name-like tokens) ending at `end`, or null. */
export function kanjiNameBefore(ctx: LinkContext, end: number): { start: number; end: number } | null {
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
export function katakanaNameBefore(ctx: LinkContext, end: number): { start: number; end: number } | null {
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
function katakanaNameAfter(ctx: LinkContext, start: number): { start: number; end: number } | null {
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
function kanjiNameAfter(ctx: LinkContext, start: number): { start: number; end: number } | null {
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

const CONNECTORS: { text: string; former: boolean }[] = [
  { text: 'であった', former: true }, { text: 'だった', former: true }, { text: 'を務めた', former: true },
  { text: 'を務めていた', former: true }, { text: 'を務める', former: false }, { text: 'を務めている', former: false },
  { text: 'である', former: false }, { text: 'の', former: false },
];

/** Person candidates from titles, appositions and regnal names. */
export function personCues(ctx: LinkContext, kb: CandidateIndex, titles: readonly TitleOccurrence[]): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  for (const t of titles) {
    const found = nameBeforeTitle(ctx, kb, t);
    if (found) {
      out.push(found);
      out.push(...listedBefore(ctx, kb, found, t));
    }
    if (!t.honorific) {
      const app = apposition(ctx, kb, t.start, t.end, t.title, t.former);
      if (app) out.push(app);
    }
  }
  // appositions headed by person nouns that are no titles: 時事評論家である唐靖遠, 首相の妻であるポッチャマーン
  for (let i = 1; i < text.length; i++) {
    if (!(text[i] === 'で' || text[i] === 'の' || text[i] === 'だ')) continue;
    const head = personNounBefore(ctx, i);
    if (!head) continue;
    const app = apposition(ctx, kb, head.start, i, text.slice(head.start, i), false);
    if (app) out.push(app);
  }
  out.push(...regnalNames(ctx));
  return out;
}

/** Katakana names listed before a titled one share its title: ニクソン、レーガン元大統領. */
function listedBefore(ctx: LinkContext, kb: CandidateIndex, first: Candidate, t: TitleOccurrence): Candidate[] {
  const out: Candidate[] = [];
  let at = first.start;
  while (ctx.text[at - 1] === '、' && out.length < 4) {
    const name = katakanaNameBefore(ctx, at - 1);
    if (!name || kb.endingAt(name.end).some((c) => c.start === name.start && isKbNonPerson(c))) break;
    const c = personAt(ctx, name.start, name.end, t, null, 'title-list');
    c.titles[0]!.evidence = { start: name.start, end: t.end };
    out.push(c);
    at = name.start;
  }
  return out;
}

/** A noun that names a kind of person, ending at `end`: 評論家, 研究者, 妻, アナリスト. */
function personNounBefore(ctx: LinkContext, end: number): { start: number; end: number } | null {
  const { text } = ctx;
  for (const n of PERSON_NOUNS) if (text.startsWith(n, end - n.length) && !isKatakana(ctx.code(end - n.length - 1))) return { start: end - n.length, end };
  if (!PERSON_NOUN_ENDINGS.has(text[end - 1] ?? '') || !isKanji(ctx.code(end - 2)) || NOT_PERSON_NOUNS.has(text.slice(end - 2, end))) return null;
  let s = end - 1;
  while (s > 0 && isKanji(ctx.code(s - 1)) && end - s < 8) s--;
  return { start: s, end };
}

function nameBeforeTitle(ctx: LinkContext, kb: CandidateIndex, t: TitleOccurrence): Candidate | null {
  let j = t.start;
  let org: { start: number; end: number } | null = null;
  let flipped: Candidate | null = null;
  const before = kb.endingAt(j).find((c) => isKbNonPerson(c));
  if (before) {
    const isPlace = before.surfaces.some((s) => s.entry.type === 'GPE' || s.entry.type === 'LOC');
    if (t.personOnly && isPlace && before.end - before.start >= 2) flipped = before; // 福島党首: a surname
    else {
      org = { start: before.start, end: before.end };
      j = before.start;
    }
  }
  if (flipped) return personAt(ctx, flipped.start, flipped.end, t, null, 'title-flip');
  // オバマアメリカ大統領: a country name glued to the katakana name before an office title
  if (!org && !t.personOnly && isKatakana(ctx.code(j - 1))) {
    for (let s = j - 2; s >= Math.max(0, j - 12); s--) {
      const m = ctx.kb.matcher.longestAt(ctx.text, s, j);
      if (m && m.end === j && m.values.some((v) => v.kind !== 'short' && v.entry.type === 'GPE') && isKatakana(ctx.code(s - 1))) {
        org = { start: s, end: j };
        j = s;
        break;
      }
    }
  }
  // a parenthesised reading between name and title: パク・トクフン(朴徳勲)国連次席大使
  if (ctx.text[j - 1] === ')' || ctx.text[j - 1] === '）') {
    const open = Math.max(ctx.text.lastIndexOf('(', j - 1), ctx.text.lastIndexOf('（', j - 1));
    if (open >= 0 && j - open <= 40) j = open;
  }
  const kata = katakanaNameBefore(ctx, j);
  if (kata) {
    const kbHere = kb.endingAt(kata.end).find((c) => c.start === kata.start);
    if (kbHere && isKbNonPerson(kbHere)) return null;
    return personAt(ctx, regnalStart(ctx, kata.start), kata.end, t, org, 'title-katakana');
  }
  if (isKanji(ctx.code(j - 1))) {
    const kan = kanjiNameBefore(ctx, j);
    if (!kan) return null;
    // place names before an office (美濃加茂|市長) name the office's place, not a person
    if (!t.personOnly && placeTokensOnly(ctx, kan.start, kan.end)) return null;
    return personAt(ctx, kan.start, kan.end, t, org, 'title-kanji');
  }
  return null;
}

function personAt(ctx: LinkContext, start: number, end: number, t: TitleOccurrence, org: { start: number; end: number } | null, rule: string): Candidate {
  const hit: TitleHit = {
    start: t.start,
    end: t.end,
    title: t.title,
    honorific: t.honorific,
    personOnly: t.personOnly,
    former: t.former,
    org,
    evidence: { start, end: t.end },
  };
  return candidate({ start, end, type: 'PERSON', source: 'cue', rule, titles: [hit], strength: t.honorific ? 2 : 3 });
}

/** An apposition after a title or person noun: [TITLE]である|だった|の|を務める NAME. */
function apposition(ctx: LinkContext, kb: CandidateIndex, start: number, end: number, title: string, former: boolean): Candidate | null {
  const { text } = ctx;
  for (const conn of CONNECTORS) {
    if (!text.startsWith(conn.text, end)) continue;
    const at = end + conn.text.length;
    const name = katakanaNameAfter(ctx, at) ?? (isKanji(ctx.code(at)) ? kanjiNameAfter(ctx, at) : null);
    if (!name) return null;
    const kbHere = kb.startingAt(name.start).find((c) => c.end >= name.end || c.end - c.start >= 2);
    if (kbHere && isKbNonPerson(kbHere)) return null;
    const next = ctx.code(name.end);
    const okNext = isHiragana(next) || next === 0x3001 || next === 0x3002 || next === 0x28 || next === 0xff08 || next === 0x300c
      || titleTrie().canStart(next) || next === 0;
    if (!okNext) return null;
    if (conn.text === 'の' && isDigit(ctx.code(at))) return null;
    const orgBefore = kb.endingAt(start).find((c) => isKbNonPerson(c));
    const hit: TitleHit = {
      start,
      end,
      title,
      honorific: false,
      personOnly: true,
      former: former || conn.former,
      org: orgBefore ? { start: orgBefore.start, end: orgBefore.end } : null,
      evidence: { start: orgBefore ? orgBefore.start : start, end: name.end },
    };
    return candidate({ start: name.start, end: name.end, type: 'PERSON', source: 'cue', rule: `apposition-${conn.text}`, titles: [hit], strength: conn.text === 'の' ? 2 : 3 });
  }
  return null;
}

/** Where a katakana name starts once a regnal name glued before it is included (ラーマ9世プーミポン…). */
function regnalStart(ctx: LinkContext, start: number): number {
  if (ctx.text[start - 1] !== '世') return start;
  let s = start - 1;
  while (s > 0 && isDigit(ctx.code(s - 1))) s--;
  if (s === start - 1) return start;
  let k = s;
  while (k > 0 && isKatakana(ctx.code(k - 1))) k--;
  return s - k >= 2 ? k : start;
}

/** Katakana + number + 世: ラーマ4世, エリザベス2世. */
function regnalNames(ctx: LinkContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  for (let i = text.indexOf('世'); i >= 0; i = text.indexOf('世', i + 1)) {
    let s = i;
    while (s > 0 && isDigit(ctx.code(s - 1))) s--;
    if (s === i) continue;
    let k = s;
    while (k > 0 && isKatakana(ctx.code(k - 1))) k--;
    if (s - k < 2) continue;
    out.push(candidate({ start: k, end: i + 1, type: 'PERSON', source: 'cue', rule: 'regnal', strength: 3 }));
  }
  return out;
}
