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
import { candidate, type Candidate, type TitleHit } from './candidate.js';
import { isDigit, isHiragana, isKanji, isKatakana } from './chars.js';
import type { LinkContext } from './context.js';
import { isKbNonPerson, type CandidateIndex } from './kb-index.js';
import { kanjiNameAfter, kanjiNameBefore, katakanaNameAfter, katakanaNameBefore, placeTokensOnly } from './name-shapes.js';
import type { TitleOccurrence } from './title-occurrences.js';
import { OCCUPATIONS, PERSON_NOUN_ENDINGS, PERSON_NOUNS, titleTrie } from './titles.js';

/** Offices of a place, written right after its name (美濃加茂市長); a surname that is a place name (福井総裁) is a person. */
const LOCAL_OFFICES = new Set(['市長', '知事', '町長', '村長', '区長', '副知事', '首長', '署長', '校長', '支店長', '本部長']);
/** Administrative units that end a place name (大阪府, 能美市). */
const PLACE_ENDINGS = new Set([...'都道府県市区町村州省郡']);

/** Compounds with a person-like ending that name no person (相手 "counterpart", 読者 is fine). */
const NOT_PERSON_NOUNS = new Set(['相手', '手手', '派手', '上手', '下手', '着手', '入手', '若手', '大手', '拍手', '握手', '選手権', '記者会']);
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
      const m = ctx.matcher.longestAt(ctx.text, s, j);
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
  const kata = OCCUPATIONS.has(t.title) ? null : katakanaNameBefore(ctx, j);
  if (kata) {
    const kbHere = kb.endingAt(kata.end).find((c) => c.start === kata.start);
    if (kbHere && isKbNonPerson(kbHere)) return null;
    return personAt(ctx, regnalStart(ctx, kata.start), kata.end, t, org, 'title-katakana');
  }
  if (isKanji(ctx.code(j - 1))) {
    const kan = kanjiNameBefore(ctx, j);
    if (!kan) return null;
    // place names before an office (美濃加茂|市長, 大阪府|知事) name the office's place, not a person
    if (!t.personOnly && ((LOCAL_OFFICES.has(t.title) && placeTokensOnly(ctx, kan.start, kan.end)) || PLACE_ENDINGS.has(ctx.text[kan.end - 1]!))) return null;
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
    const known = ctx.matcher.longestAt(ctx.text, at);
    const kbPerson = known?.values.some((v) => v.entry.type === 'PERSON' && (v.kind === 'name' || v.kind === 'alias')) ? { start: at, end: known.end } : null;
    const name = kbPerson ?? katakanaNameAfter(ctx, at) ?? (isKanji(ctx.code(at)) ? kanjiNameAfter(ctx, at) : null);
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
