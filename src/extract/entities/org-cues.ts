/**
 * Names of bodies, places, facilities, laws and events the knowledge base may not know, found by their form:
 *
 * - a compound noun ending in a head that says what it is (headed-names.ts);
 * - a quoted name after a noun that says what it is (民主派団体「台湾励志協会」) or before など(の)主要政党;
 * - a cited source: a Latin or katakana word before によると/によれば/の報道/紙 (Nepalnewsによると, ネーション紙).
 */
import type { EntityType } from '../../analysis/contract.js';
import { candidate, type Candidate } from './candidate.js';
import { isDigit, isHiragana, isKanji, isKatakana, isLatinLetter, isNameGlue } from './chars.js';
import type { LinkContext } from './context.js';
import { headedNames } from './headed-names.js';
import { isKbNonPerson, type CandidateIndex } from './kb-index.js';

const QUOTE_LEADS: [string[], EntityType][] = [
  [['団体', '政党', '組織', '企業', '会社', 'グループ', '党派', '勢力', 'NGO', 'NPO', '市民団体', '武装組織', '過激派組織'], 'ORG'],
  [['番組', '映画', '作品', '著書', '書籍', '小説', '記事', '曲', 'アルバム', 'ドラマ', '論文', '報告書', '白書', '新聞'], 'WORK_OF_ART'],
  [['SNS', 'アプリ', 'サイト', 'サービス', 'ブランド', '製品', 'ソフト'], 'PRODUCT'],
  [['作戦', '演習', '事件'], 'EVENT'],
];
const QUOTE_TAILS = /^など(?:の)?(?:主要|主な|複数の|各)?(政党|団体|組織|企業|党)/;

/** Quoted names introduced by what they are. */
function quotedNames(ctx: LinkContext): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let i = text.indexOf('「'); i >= 0; i = text.indexOf('「', i + 1)) {
    const close = text.indexOf('」', i + 1);
    if (close < 0 || close - i - 1 < 2 || close - i - 1 > 30) continue;
    const inner = text.slice(i + 1, close);
    if (/[。、「『\n]/.test(inner) || isHiragana(inner.charCodeAt(inner.length - 1))) continue;
    let type: EntityType | null = null;
    for (const [leads, t] of QUOTE_LEADS) if (leads.some((l) => text.startsWith(l, i - l.length))) type = t;
    if (!type && QUOTE_TAILS.test(text.slice(close + 1, close + 12))) type = 'ORG';
    if (type) out.push(candidate({ start: i + 1, end: close, type, source: 'cue', rule: 'quoted', strength: 3 }));
  }
  return out;
}

/** Kinds of source, not names: 地元メディア, 公式サイト, 関係者のブログ. */
const GENERIC_SOURCE = /(メディア|サイト|ホームページ|ブログ|アナリスト|エコノミスト|グループ|チーム|レポート|リポート|データ|ニュース|スタッフ|ファン|ツイッター|ツイート|コメント)$/;

const SOURCE_CUES = ['によると', 'によれば', 'に拠れば', 'に拠ると', 'の報道', 'が報じ', 'は報じ', 'が伝え', 'は伝え'];

/** Cues that cite a source by name (not の報道, が報じ: those follow outlets and people alike). */
const CITING = new Set(['によると', 'によれば', 'に拠れば', 'に拠ると']);

/** A Latin or numeric outlet right before the cue at `i`: Nepalnewsによると, 47NEWSによると. */
function latinSource(ctx: LinkContext, kb: CandidateIndex, i: number): Candidate | null {
  const { text } = ctx;
  let s = i;
  while (s > 0 && (isLatinLetter(ctx.code(s - 1)) || isDigit(ctx.code(s - 1)) || text[s - 1] === '.' || text[s - 1] === '&')) s--;
  if (i - s < 2 || !/[A-Za-z]/.test(text.slice(s, i)) || kb.startingAt(s).some((c) => c.end === i)) return null;
  return candidate({ start: s, end: i, type: 'ORG', source: 'cue', rule: 'source-latin', strength: 2 });
}

/** An outlet written with katakana (日刊スポーツによると, スポーツ報知によれば), but not a kind of source. */
function katakanaSource(ctx: LinkContext, kb: CandidateIndex, i: number): Candidate | null {
  let s = i;
  while (s > 0 && (isKatakana(ctx.code(s - 1)) || isKanji(ctx.code(s - 1)) || isLatinLetter(ctx.code(s - 1)) || isNameGlue(ctx.code(s - 1)))) s--;
  const name = ctx.text.slice(s, i);
  // (ネーション紙 is the newspaper rule's below)
  if (name.length < 3 || name.endsWith('紙') || !/[\u30a1-\u30fa]/.test(name) || GENERIC_SOURCE.test(name) || !ctx.isBoundary(s)) return null;
  // a known name ending there is the outlet (米紙|ニューヨーク・タイムズによると)
  if (kb.endingAt(i).some((c) => c.start >= s && isKbNonPerson(c))) return null;
  return candidate({ start: s, end: i, type: 'ORG', source: 'cue', rule: 'source-katakana', strength: 2 });
}

/** Cited sources: Nepalnewsによると, 日刊スポーツによると, ネーション紙. */
function sourceNames(ctx: LinkContext, kb: CandidateIndex): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (const cue of SOURCE_CUES) {
    for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
      const latin = latinSource(ctx, kb, i);
      const named = latin ?? (CITING.has(cue) ? katakanaSource(ctx, kb, i) : null);
      if (named) out.push(named);
    }
  }
  // katakana + 紙 (a newspaper): ネーション紙
  for (let i = text.indexOf('紙'); i >= 0; i = text.indexOf('紙', i + 1)) {
    let s = i;
    while (s > 0 && (isKatakana(ctx.code(s - 1)) || isNameGlue(ctx.code(s - 1)))) s--;
    if (i - s >= 3 && !kb.startingAt(s).some((c) => c.end === i && isKbNonPerson(c) && c.type !== 'ORG')) {
      out.push(candidate({ start: s, end: i, type: 'ORG', source: 'cue', rule: 'newspaper', strength: 2 }));
    }
  }
  return out;
}

/** Bodies, places, facilities, laws and events found by their form. */
export function orgCues(ctx: LinkContext, kb: CandidateIndex): Candidate[] {
  return [...headedNames(ctx, kb), ...quotedNames(ctx), ...sourceNames(ctx, kb)];
}
