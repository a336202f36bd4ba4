/**
 * One-character country forms (米 露 中 日 韓 朝 英 仏 独 豪 印 伊 加 …, the KB's `abbr`). Japanese uses them only
 * inside compounds, so a character counts as a country only in one of three shapes:
 *
 * - a **chain** of two or more such characters: 日米, 米中, 中露, 日米韓 (日中 also means "daytime", so it needs a
 *   kanji compound after it: 日中関係, not 日中は; 中日 and 朝日 are a newspaper and never a pair);
 * - after a **combining prefix**: 訪米, 対中, 駐日, 在米, 親米, 反日, 来日, 渡米 (any continuation), or 元/前/現
 *   followed by a suffix below (元米大統領; 元日 is New Year's Day);
 * - before a **suffix** that compounds with a country: 米大統領, 露外相, 英紙, 米軍, 中側 …, or (for the letters
 *   that are no common word-forming kanji) before a katakana or Latin name: 米ボーイング, 英ロンドン.
 *
 * In every shape the compound must start a word: the character before it is no kanji (大米, 期間中, 単独 fail),
 * unless it is the 日/月/年 of a date (19日米大統領); and the tokenizer must not read the character as the start of
 * another word (独立, 中止, 中間子). Full names found by the matcher (米国, 中国, 中東, 中米) take precedence, so
 * their characters are never read as one-character forms.
 */
import { Trie } from '../../kb/trie.js';
import type { Surface } from '../../kb/knowledge-base.js';
import { candidate, type Candidate } from './candidate.js';
import { isDigit, isKanji, isKatakana, isLatinLetter } from './chars.js';
import type { LinkContext } from './context.js';

const STRONG_PREFIXES = new Set([...'訪対駐在親反来離滞渡知抗']);
const WEAK_PREFIXES = new Set([...'元前現全']);
/** Forms that are also common morphemes: they need a chain, a prefix or a listed suffix, never a bare name after. */
const WORD_FORMING = new Set([...'日中朝印加伊比越西']);
/** Chains that are also ordinary words and need a kanji compound after them (日中 is also "daytime"). */
const AMBIGUOUS_CHAINS = new Set(['日中']);
/**
 * Chains that are no country pair in practice: 朝日 is "morning sun" or the newspaper, and 中日 in Japanese text is
 * the Chunichi newspaper or baseball club (Japanese writes the pair 日中).
 */
const NO_CHAINS = new Set(['朝日', '中日']);

const SUFFIXES = [
  '大統領', '副大統領', '首相', '副首相', '外相', '国防相', '防衛相', '財務相', '蔵相', '商務相', '経済相', '貿易相',
  '国務長官', '国防長官', '財務長官', '商務長官', '通商代表', '政府', '政権', '当局', '軍', '海軍', '陸軍', '空軍',
  '海兵隊', '紙', '誌', 'メディア', '大使', '大使館', '領事館', '総領事館', '側', '議会', '上院', '下院', '連邦',
  '国務省', '国防総省', '財務省', '商務省', '司法省', '外務省', '国防省', '中央銀行', '企業', '大手', '国債', '首脳',
  '外交', '国民', '国籍', '系', '情報機関', '高官', '当局者', '代表団', '両国', '関係', '通信', '放送',
];
let suffixTrie: Trie<true> | null = null;
function suffixes(): Trie<true> {
  if (!suffixTrie) {
    suffixTrie = new Trie<true>();
    for (const s of SUFFIXES) suffixTrie.add(s, true);
  }
  return suffixTrie;
}

const KANJI_NUMERALS = new Set([...'〇一二三四五六七八九十百']);

/** Whether the character before `i` lets a compound start at `i`. */
function startsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text.charCodeAt(i - 1);
  if (!isKanji(prev)) return true;
  const ch = text[i - 1]!;
  if (ch === '日' || ch === '月' || ch === '年') {
    const p2 = text.charCodeAt(i - 2);
    return isDigit(p2) || KANJI_NUMERALS.has(text[i - 2] ?? '');
  }
  return false;
}

/**
 * Whether the tokens over `[start, end)` stay inside it: the form is a word of its own or part of the compound we
 * read (訪米, 日米, 英紙), not the start of another word (独 of 独立, 中 of 中止 or 中間子).
 */
function ownWord(ctx: LinkContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = ctx.tokenAt(i);
    if (t && (t.start < start || t.end > end)) return false;
  }
  return true;
}

/** One-character country forms in `ctx.text`, given the offsets full KB names already cover. */
export function countryAbbreviations(ctx: LinkContext, covered: readonly number[]): Candidate[] {
  const { text } = ctx;
  const trie = ctx.matcher;
  // null where no form stands (most offsets: no array is made for them)
  const abbrAt = (i: number): Surface[] | null => {
    if (i >= text.length || covered[i] || !trie.canStart(text.charCodeAt(i))) return null;
    const ch = text[i]!;
    // 日 after a number is a date, never Japan.
    if (ch === '日' && (isDigit(text.charCodeAt(i - 1)) || KANJI_NUMERALS.has(text[i - 1] ?? ''))) return null;
    // a katakana form (ロ, ソ) never touches other katakana: ロ in ロケット is no Russia
    if (isKatakana(text.charCodeAt(i)) && (isKatakana(text.charCodeAt(i - 1)) || isKatakana(text.charCodeAt(i + 1)))) return null;
    const m = trie.matchesAt(text, i, i + 1)[0];
    const forms = m ? m.values.filter((s) => s.kind === 'abbr') : null;
    return forms?.length ? forms : null;
  };
  const out: Candidate[] = [];
  const accept = (i: number, surfaces: Surface[], rule: string) =>
    out.push(candidate({ start: i, end: i + 1, type: surfaces[0]!.entry.type, source: 'abbr', surfaces, rule, strength: 2 }));

  for (let i = 0; i < text.length; i++) {
    const first = abbrAt(i);
    if (!first) continue;
    // the maximal run of one-character forms from i
    const run: Surface[][] = [first];
    while (true) {
      const next = abbrAt(i + run.length);
      if (!next) break;
      run.push(next);
    }
    const end = i + run.length;
    const prevCh = text[i - 1] ?? '';
    // a prefix counts only where it starts a word: 訪米, 対中 — not the 離 of 分離独立 or the 来 of 以来日々
    const prefixStartsWord = ctx.isBoundary(i - 1);
    const strong = STRONG_PREFIXES.has(prevCh) && prefixStartsWord;
    const weak = WEAK_PREFIXES.has(prevCh) && prefixStartsWord;
    const word = text.slice(i, end);
    if (run.length >= 2) {
      const after = text.charCodeAt(end);
      const okAfter = !AMBIGUOUS_CHAINS.has(word) || isKanji(after);
      const within = ownWord(ctx, strong ? i - 1 : i, end);
      if ((strong || startsWord(text, i)) && okAfter && within && !NO_CHAINS.has(word)) run.forEach((s, k) => accept(i + k, s, 'abbr-chain'));
      i = end - 1;
      continue;
    }
    // a single character: a prefix or a suffix must vouch for it
    const ch = text[i]!;
    const after = text.charCodeAt(i + 1);
    const suffix = suffixes().longestAt(text, i + 1);
    const nameAfter = !WORD_FORMING.has(ch) && !isKatakana(text.charCodeAt(i)) && (isKatakana(after) || isLatinLetter(after));
    if (strong && ownWord(ctx, i - 1, i + 1)) accept(i, first, 'abbr-prefix');
    // a character that forms common words must be a word of its own before its suffix (印紙 is a stamp)
    else if ((weak || startsWord(text, i)) && suffix && ownWord(ctx, i, WORD_FORMING.has(ch) ? i + 1 : suffix.end)) accept(i, first, 'abbr-suffix');
    else if (startsWord(text, i) && nameAfter && ownWord(ctx, i, i + 1)) accept(i, first, 'abbr-name');
  }
  return out;
}
