/**
 * Names that end in a head noun saying what they are (…委員会, …研究院, …党, …空港, …自治州, …設置法, …会合).
 * The words before the head must make the compound a name: katakana or Latin, a known country or body, a proper
 * noun, or — for bodies and facilities — a compound of several words (祖国平和統一委員会, 七党同盟). Words that
 * cannot start a name are dropped (与党, 同, 今後), a known place inside common words starts it (鉄道関連ニュース
 * 仁川空港 → 仁川空港), and a place is made of proper nouns only (能美市, not ミス能美市).
 */
import { Trie } from '../../kb/trie.js';
import { candidate, type Candidate } from './candidate.js';
import { isDigit, isHiragana, isKanji, isKatakana, isLatinLetter, isNameGlue } from './chars.js';
import type { LinkContext } from './context.js';
import { HEADS, LEADS, type Head } from './head-nouns.js';
import { isKbNonPerson, type CandidateIndex } from './kb-index.js';
import { titleTrie } from './titles.js';

let heads: Trie<Head> | null = null;
function headTrie(): Trie<Head> {
  if (!heads) {
    heads = new Trie<Head>();
    for (const [words, head] of HEADS) for (const w of words) heads.add(w, head);
  }
  return heads;
}

/** A division named right after a police or prosecutors' office: 捜査一課, 生活安全企画課, 特捜部, 機動隊. */
const DIVISION = /^[\u4e00-\u9fff一-九]{1,7}?(?:課|特捜部|部|隊)(?![\u4e00-\u9fff])/;

/** The longest run of words before a head taken as part of a name (国連気候変動首脳級会合 has nine). */
const MAX_NAME_PART = 14;

const isNameChar = (c: number) => isKanji(c) || isKatakana(c) || isLatinLetter(c) || isNameGlue(c) || isDigit(c);

/**
 * The head noun of at least three characters that a body's name ends in (民主改革評議会 → 評議会), which may
 * stand alone for it later in the document; null when there is none.
 */
export function orgHeads(name: string): string | null {
  let best: string | null = null;
  for (const [words, head] of HEADS) {
    if (head.type !== 'ORG' && head.type !== 'FAC') continue;
    for (const w of words) if (w.length >= 3 && name.length > w.length && name.endsWith(w) && (!best || w.length > best.length)) best = w;
  }
  return best;
}

/** Compound names ending in a head noun. */
export function headedNames(ctx: LinkContext, kb: CandidateIndex): Candidate[] {
  const { text } = ctx;
  const trie = headTrie();
  const out: Candidate[] = [];
  for (let i = 1; i < text.length; i++) {
    if (!trie.canStart(text.charCodeAt(i))) continue;
    const m = trie.longestAt(text, i);
    if (!m) continue;
    const head = m.values[0]!;
    const end = m.end;
    const next = ctx.code(end);
    // the head must end the compound (委員会 in 委員会委員 is still fine; 党 in 党内 is not a head)
    if (isKanji(next) && !ctx.isBoundary(end)) continue;
    if (isKatakana(next) && isKatakana(ctx.code(end - 1))) continue;
    // a head that begins a title is no head (堀籠幸男|裁判長, 福島|党首); a place's head before 長 is left to the
    // place rules (X市長 is the place's mayor)
    const title = head.type === 'GPE' || head.type === 'LOC' ? null : titleTrie().longestAt(text, i);
    if (title && title.end > end) continue;
    // a one-character head stands as a word of its own (タイ愛国党, ボーイング社), not inside 本社 or 政党
    if (end - i === 1 && !ctx.isBoundary(i)) continue;
    let s = i;
    while (s > 0 && isNameChar(ctx.code(s - 1)) && !isDigit(ctx.code(s - 1)) && i - s < MAX_NAME_PART) {
      // ・ joins the parts of a foreign name, but separates the items of a list of kanji names (民主党・社民党)
      if (isNameGlue(ctx.code(s - 1)) && !(isKatakana(ctx.code(s - 2)) && isKatakana(ctx.code(s)))) break;
      s--;
    }
    if (s > 0 && isNameChar(ctx.code(s - 1)) && !isDigit(ctx.code(s - 1))) continue; // longer than any name part we trust
    s = trimLeads(ctx, s, i);
    s = placeStart(ctx, kb, s, i);
    // a place's name is made of proper nouns (能美市, シカゴ市), not of the common words before them
    if (head.type === 'GPE' || head.type === 'LOC') {
      s = properRunStart(ctx, kb, s, i);
      while (s < i && isNameGlue(ctx.code(s))) s++;
      if (!placeLike(ctx, kb, s, i)) continue;
    }
    // a known name ending where the compound ends is the name (朝日新聞 in ラストラン朝日新聞)
    const known = kb.endingAt(end).find((c) => c.start > s && c.start < i && isKbNonPerson(c));
    if (known) continue;
    // a one-character country before a foreign name says where it is (米イリノイ州), it is no part of the name
    if (kb.startingAt(s).some((c) => c.source === 'abbr') && (isKatakana(ctx.code(s + 1)) || isLatinLetter(ctx.code(s + 1)))) s++;
    // a place before 省 makes a province (四川省, 中国|広東省), a common word a ministry (国防省, 中国商務省)
    const province = text.slice(i, end) === '省' && ctx.tokenAt(i - 1)?.pos2 === '地域';
    if (province || head.tight) s = properRunStart(ctx, kb, s, i);
    if (head.placeFirst) s = placeWordStart(ctx, kb, s, i);
    // 高裁 in 最高裁 is no high court of a place
    if (text.slice(i, end) === '高裁' && text[i - 1] === '最') continue;
    if (s >= i || isDigit(ctx.code(s)) || text[s] === '第') continue;
    const name = text.slice(s, i);
    if (!nameWorthy(ctx, kb, s, i, end, head)) continue;
    if (head.type === 'ORG' && text.slice(i, end) === '軍' && !kb.startingAt(s).some((c) => c.end === i && isKbNonPerson(c))) continue;
    if (name.length + (end - i) < 3) continue;
    // a police or prosecutors' division belongs to the body's name (兵庫県警捜査一課, 東京地検特捜部)
    const division = head.placeFirst ? DIVISION.exec(text.slice(end, end + 10)) : null;
    const c = candidate({ start: s, end: end + (division?.[0].length ?? 0), type: province ? 'GPE' : head.type, source: 'cue', rule: `head-${text.slice(i, end)}`, strength: 2 });
    // a known place with its administrative head is that place (シカゴ市, 福井県 when only 福井 is known)
    if (head.type === 'GPE') {
      const place = kb.startingAt(s).find((k) => k.end === i && k.type === 'GPE' && k.source === 'kb');
      if (place) c.surfaces = place.surfaces.filter((v) => v.entry.type === 'GPE');
    }
    out.push(c);
  }
  return out;
}

const NOT_NAME_START = new Set(['副詞可能', '非自立', '代名詞', '接尾']);

/** Skips leading words that are no part of a name (与党, 同, 主要 …) and a leading country glued to a body's name. */
function trimLeads(ctx: LinkContext, start: number, headStart: number): number {
  let s = start;
  for (let guard = 0; guard < 4 && s < headStart; guard++) {
    let moved = false;
    for (const lead of LEADS) {
      if (ctx.text.startsWith(lead, s) && s + lead.length < headStart && ctx.isBoundary(s + lead.length)) {
        s += lead.length;
        moved = true;
        break;
      }
    }
    const t = ctx.tokenAt(s);
    // (a single kanji the tokenizer tags as something else is often part of a name: 淡|江|大学)
    const mistaggable = t !== undefined && t.end - t.start === 1 && t.pos !== '名詞' && isKanji(ctx.code(t.start));
    if (!moved && t && t.start === s && t.end < headStart && !mistaggable && ((t.pos !== '名詞' && t.pos !== '接頭詞') || NOT_NAME_START.has(t.pos1))) {
      s = t.end; // 今後, 同 …: words that cannot start a name
      moved = true;
    }
    if (!moved) break;
  }
  return s;
}

/**
 * Whether a place name holds a place word: a dictionary place or other proper noun that is no person's or body's
 * name, katakana, or a known place (篠田建市 is a person).
 */
function placeLike(ctx: LinkContext, kb: CandidateIndex, s: number, headStart: number): boolean {
  for (let i = s; i < headStart; i++) {
    const t = ctx.tokenAt(i);
    const properPlace = t !== undefined && (t.pos2 === '地域' || (t.pos1 === '固有名詞' && t.pos2 !== '人名' && t.pos2 !== '組織'));
    if (properPlace || isKatakana(ctx.code(i)) || kb.startingAt(i).some((c) => c.type === 'GPE' || c.type === 'LOC')) return true;
  }
  return false;
}

/** Where the run of proper-noun or katakana tokens ending at `headStart` begins (`headStart` when there is none). */
function properRunStart(ctx: LinkContext, kb: CandidateIndex, s: number, headStart: number): number {
  let k = headStart;
  let kanji = false;
  while (k > s) {
    const t = ctx.tokenAt(k - 1);
    if (!t || t.start < s) break;
    const surface = ctx.text.slice(t.start, t.end);
    // katakana words belong to a foreign place name (ブリティッシュコロンビア州), not before a kanji one (ミス|能美市)
    const katakana = /^[\u30a1-\u30faー・A-Za-z]+$/.test(surface);
    if (!(t.pos1 === '固有名詞' || t.pos2 === '地域' || (katakana && !kanji))) break;
    // a known place before the name is where it lies (愛媛県|松山市), not part of the name
    if (k < headStart && kb.endingAt(k).some((c) => c.source === 'kb' && (c.type === 'GPE' || c.type === 'LOC'))) break;
    if (!katakana) kanji = true;
    k = t.start;
  }
  return k;
}

/**
 * Where a compound that holds a known place starts: at the place when only common words come before it
 * (鉄道関連ニュース仁川空港 → 仁川空港), else where it started (タイ国立銀行, 国連気候変動首脳級会合).
 */
function placeStart(ctx: LinkContext, kb: CandidateIndex, s: number, headStart: number): number {
  for (let i = s + 1; i < headStart; i++) {
    const place = kb.startingAt(i).find((c) => c.end <= headStart && isKbNonPerson(c) && (c.type === 'GPE' || c.type === 'LOC') && c.source !== 'abbr');
    if (!place) continue;
    for (let j = s; j < i; j++) {
      const t = ctx.tokenAt(j);
      if ((t && t.pos1 === '固有名詞') || kb.startingAt(j).some((c) => c.end <= i && isKbNonPerson(c))) return s;
    }
    return i;
  }
  return s;
}

/** Where a place word (a dictionary place or a known place) starts when only common words come before it; else `s`. */
function placeWordStart(ctx: LinkContext, kb: CandidateIndex, s: number, headStart: number): number {
  for (let j = s; j < headStart; j++) {
    const t = ctx.tokenAt(j);
    const place = (t?.start === j && t.pos2 === '地域') || kb.startingAt(j).some((c) => c.source === 'kb' && c.type === 'GPE');
    if (place) return j;
    if (t?.start === j && t.pos1 === '固有名詞') return s;
  }
  return s;
}

/** Whether the words before a head make the compound a name rather than a common noun (同党, 政党, 英字新聞). */
function nameWorthy(ctx: LinkContext, kb: CandidateIndex, s: number, headStart: number, end: number, head: Head): boolean {
  let proper = false;
  let words = 0;
  for (let i = s; i < headStart; i++) {
    const c = ctx.code(i);
    if (isKatakana(c) || isLatinLetter(c)) proper = true;
    for (const k of kb.startingAt(i)) if (k.end <= headStart && isKbNonPerson(k) && k.end - k.start >= 2) proper = true;
    const t = ctx.tokenAt(i);
    if (t && t.start === i) {
      words++;
      if (t.pos1 === '固有名詞' && t.end - t.start >= 2) proper = true;
    }
  }
  // the whole compound as one known common noun (政党, 与党, 本省) is no name
  const whole = ctx.tokenAt(s);
  if (whole && whole.start === s && whole.end === end && whole.pos1 !== '固有名詞') return false;
  if (proper) return true;
  // a body named by common words: 祖国平和統一委員会, 憲法裁判所, 七党同盟 (but not 軍事同盟 or 中央銀行)
  if (head.proper || isHiragana(ctx.code(s)) || words < (head.minWords ?? 0)) return false;
  return (words >= 2 && end - s >= 4) || (headStart - s >= 2 && end - s >= 5);
}
