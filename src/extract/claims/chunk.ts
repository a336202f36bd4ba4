/**
 * Noun chunks that can name a speaker: the run of nominal tokens before a particle (沈明室研究員 in
 * 台湾の国家安全保障研究院の沈明室研究員は), what kind of speaker the run can be, and coordinated runs
 * (民主党・社民党・日本共産党など, 毎日新聞と中日新聞).
 */
import { QUANTIFIERS, genericHead, mediaHead, orgHead, titleHead } from './lexicon.js';
import { NOT_SPEAKER, OTHER_NAME, PERSON, type SentenceView } from './view.js';

/** A run of tokens [from, to) of a sentence view, with its characters. */
export interface Chunk {
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
}

/**
 * What a chunk can be as a speaker: a name (person, organisation, outlet), a bare title standing for a person
 * named earlier (国王, 判事), an anaphor (同氏, 同紙), or an unnamed source (複数のアナリスト).
 */
export type SpeakerKind = 'name' | 'media' | 'title' | 'anaphor' | 'generic';

const MAX_TOKENS = 14;
const KANJI_ONLY = /^[\u4e00-\u9fff々〆ヶ]+$/;
const KATAKANA_NAME = /^[\u30a0-\u30ffー・＝=]{3,}$/;
const LATIN = /^[A-Za-z0-9][A-Za-z0-9.&'\- ]*[A-Za-z]/;
/** A count of people standing for them: 1人, 一人, 2人, 数人. */
const PEOPLE_COUNT = /^[0-9０-９一二三四五六七八九十何数]+人$/;
const PLURAL = /(?:ら|たち|など|等)$/;
/** 同氏, 同紙, 同報道官, a bare 氏, 彼 and 彼女 — but not 同日, 同時, 同年. */
const ANAPHOR = /^(?:同(?![日時年月様じ期間夜朝])[^\s]+|氏|彼|彼女)$/;

/** The nominal chunk ending just before token `i`, or null. Parenthesised glosses (朴徳勲) stay inside. */
export function chunkBefore(v: SentenceView, i: number): Chunk | null {
  let from = i;
  let j = i - 1;
  while (j >= 0 && i - j <= MAX_TOKENS) {
    const w = v.s[j]!;
    if (w === ')' || w === '）') {
      let k = j - 1;
      while (k >= 0 && v.s[k] !== '(' && v.s[k] !== '（' && j - k < 20) k--;
      if (k < 0 || (v.s[k] !== '(' && v.s[k] !== '（') || k === 0 || !(v.isNominal(k - 1) || v.isClose(k - 1))) break;
      from = k;
      j = k - 1;
      continue;
    }
    if (!v.isNominal(j)) break;
    from = j;
    j--;
  }
  // A name in brackets, with or without a gloss: 「ラジオ・アフリカ」(RadioAfrica)は.
  if (from === j + 1 && v.isClose(j) && namesOnly(v, v.partnerOf(j) + 1, j)) from = v.partnerOf(j);
  // A chunk never starts with the name dot or a prefix-only token that belongs to the word before.
  while (from < i && (v.s[from] === '・' || v.s[from] === '＝')) from++;
  // 同 read as a determiner still belongs to the anaphor: 同紙, 同評議会.
  if (from < i && v.s[from - 1] === '同' && v.pos(from - 1) === '連体詞') from--;
  // A leading connective and time words are adverbials, not part of the name: 一方竹原氏は, 同日首相官邸は.
  if (from < i - 1 && (v.s[from] === '一方' || v.s[from] === 'なお')) from++;
  for (let k = from; k < i - 1 && isTimeWord(v, k); k++) {
    const t = v.tokens[k]!;
    if (t.pos1 === '副詞可能' || t.pos2 === '助数詞') from = k + 1 + (v.s[k + 1] === '付' && k + 2 < i ? 1 : 0);
  }
  if (from >= i) return null;
  return makeChunk(v, from, i);
}

/** Whether tokens [from, to) are a short run of nouns only — a name in brackets, not a quotation. */
function namesOnly(v: SentenceView, from: number, to: number): boolean {
  if (to <= from || to - from > 12) return false;
  for (let k = from; k < to; k++) if (!v.isNominal(k)) return false;
  return true;
}

function isTimeWord(v: SentenceView, k: number): boolean {
  const t = v.tokens[k]!;
  return t.pos1 === '副詞可能' || t.pos1 === '数' || t.pos2 === '助数詞' || /^[0-9０-９]+$/.test(v.s[k]!);
}

export function makeChunk(v: SentenceView, from: number, to: number): Chunk {
  const start = v.at(from);
  const end = v.endOf(to - 1);
  return { from, to, start, end, text: v.text.slice(start, end) };
}

/** The speaker kind of a chunk, or null when it cannot be a speaker (今回の動き, この異例の静けさ, 関係). */
export function speakerKind(v: SentenceView, c: Chunk): SpeakerKind | null {
  const text = c.text.replace(PLURAL, '');
  if (!text || v.named[c.to - 1] === NOT_SPEAKER) return null;
  if (ANAPHOR.test(text)) return 'anaphor';
  // 1人, 両議員, 両首脳: a count of people, not a name.
  if (PEOPLE_COUNT.test(text) || /^両./.test(text)) return 'generic';
  const generic = genericHead.match(text);
  if (generic && !hasName(v, c, text.length - generic.length, 'generic')) return 'generic';
  if (mediaHead.match(text) || LATIN.test(text)) return 'media';
  const title = titleHead.match(text);
  // Before a title, a place name is usually a surname (太田代表, 福島党首); a common word is not (報道官).
  if (title) return hasName(v, c, text.length - title.length, 'title') ? 'name' : 'title';
  if (orgHead.match(text) || hasName(v, c, text.length)) return 'name';
  // Proper nouns, and places with their suffix (横浜市, 沖縄県), which speak for their governments.
  const last = v.tokens[c.to - 1];
  if (last?.pos1 === '固有名詞' || last?.pos2 === '地域') return 'name';
  return null;
}

/** Whether a chunk names a person: a title after a name (ロバーツ判事), or a personal name without an organisation's ending. */
export function isPersonLike(v: SentenceView, c: Chunk): boolean {
  const title = titleHead.match(c.text);
  if (title) return hasName(v, c, c.text.length - title.length, 'title');
  if (orgHead.match(c.text) || genericHead.match(c.text) || LATIN.test(c.text)) return false;
  for (let k = c.from; k < c.to; k++) if (v.tokens[k]!.pos2 === '人名' || v.named[k] === PERSON) return true;
  return KANJI_ONLY.test(c.text) && c.text.length <= 4 && hasName(v, c, c.text.length);
}

/** Whether a chunk names an organisation: an organisation's ending, a tagged organisation, or Latin letters (NHK). */
export function isOrgLike(v: SentenceView, c: Chunk): boolean {
  if (orgHead.match(c.text) || LATIN.test(c.text)) return true;
  for (let k = c.from; k < c.to; k++) if (v.tokens[k]!.pos2 === '組織') return true;
  return false;
}

/**
 * Whether the first `chars` characters of the chunk hold a name: a tagged proper noun or a name the NER or entities
 * layer found, Latin letters, katakana with the name dot, or a kanji name kuromoji split into single characters.
 * `before` says what follows: a title (where a place name is a surname and katakana is a name: 太田代表,
 * ギャネンドラ国王), or an unnamed source (where only a person's name counts: not 米 in 米政府筋).
 */
function hasName(v: SentenceView, c: Chunk, chars: number, before: 'title' | 'generic' | null = null): boolean {
  const limit = c.start + chars;
  let singles = 0;
  for (let k = c.from; k < c.to && v.at(k) < limit; k++) {
    const t = v.tokens[k]!;
    const w = v.s[k]!;
    if (t.pos1 === '固有名詞' && (t.pos2 === '人名' || (before !== 'generic' && (t.pos2 === '組織' || (before === 'title' && t.pos2 === '地域'))))) return true;
    if (v.named[k] === PERSON || (v.named[k] === OTHER_NAME && before !== 'generic') || (LATIN.test(w) && before !== 'generic')) return true;
    if (KATAKANA_NAME.test(w) && (before === 'title' || w.includes('・') || v.s[k - 1] === '・' || v.s[k + 1] === '・')) return true;
    singles = w.length === 1 && KANJI_ONLY.test(w) && t.pos !== '接頭詞' && t.pos2 !== '地域' ? singles + 1 : 0;
    if (singles >= 2 && before !== 'generic') return true;
  }
  return false;
}

/** The chunk with a quantifier before an unnamed source kept in its words: 複数のアナリスト. */
export function withQuantifier(v: SentenceView, c: Chunk): Chunk {
  const no = c.from - 1;
  const q = c.from - 2;
  // 同町職員の1人: what the people are counted of.
  if (PEOPLE_COUNT.test(c.text) && v.s[no] === 'の') {
    const of = chunkBefore(v, no);
    if (of) return makeChunk(v, of.from, c.to);
  }
  if (q >= 0 && v.s[no] === 'の' && QUANTIFIERS.has(v.s[q]!)) return makeChunk(v, q, c.to);
  if (no >= 0 && v.pos(no) === '連体詞' && v.s[no] === 'ある') return makeChunk(v, no, c.to);
  return c;
}

/**
 * The chunks coordinated with `c`: the parts of 民主党・社民党・日本共産党など (split where each part is an
 * organisation or a titled person) and runs joined by と, や, および (毎日新聞と中日新聞によると).
 */
export function coordinated(v: SentenceView, c: Chunk, followedByEtc: boolean): Chunk[] {
  const out: Chunk[] = [];
  const parts = splitOnDots(v, c, followedByEtc);
  out.push(...parts);
  let first = parts[0]!;
  for (;;) {
    const j = first.from - 1;
    if (j < 1) break;
    const w = v.s[j];
    if (!(w === 'と' || w === 'や' || w === 'および' || w === '及び')) break;
    const prev = chunkBefore(v, j);
    if (!prev || speakerKind(v, prev) === null) break;
    out.unshift(prev);
    first = prev;
  }
  return out;
}

/** The parts of a chunk joined by the name dot, where each part is an organisation or a titled person (or など follows). */
export function splitOnDots(v: SentenceView, c: Chunk, followedByEtc: boolean): Chunk[] {
  const parts: Chunk[] = [];
  let from = c.from;
  for (let k = c.from; k <= c.to; k++) {
    if (k === c.to || v.s[k] === '・') {
      if (k > from) parts.push(makeChunk(v, from, k));
      from = k + 1;
    }
  }
  if (parts.length < 2) return [c];
  // All organisations (民主党・社民党) or all titled people; 東京大学・中村尚教授 is an affiliation and its member.
  const allOrgs = parts.every((p) => orgHead.match(p.text) !== null && titleHead.match(p.text) === null);
  const allTitled = parts.every((p) => titleHead.match(p.text) !== null);
  return followedByEtc || allOrgs || allTitled ? parts : [c];
}
