/**
 * Reported speech: the cited source of …によると, …によれば, …の発表では, …の投稿によると,
 * …が報じたところによると. The source is the noun chunk before the marker, through the document it is cited by
 * (ドナルド・トランプ大統領の投稿 → the president; 官邸による会見内容 → 官邸); coordinated sources
 * (毎日新聞や産経新聞によると) each report the same content.
 */
import { chunkBefore, isOrgLike, makeChunk, speakerKind, splitOnDots, type Chunk } from './chunk.js';
import { docNoun } from './lexicon.js';
import type { SentenceView } from './view.js';

export interface Report {
  /** The sources: one chunk each; empty for a demonstrative source (それによると, この談話によると). */
  sources: Chunk[];
  /** Token range of the marker (によると, の投稿によると, の発表では). */
  markerFrom: number;
  markerTo: number;
  /** First token of the reported content. */
  contentFrom: number;
}

/** Documents that may end a compound with their source (政府発表, 警察発表); others end names (中国国際放送). */
const COMPOUND_DOCS = new Set(['発表', '発言', '談話', '声明', '調査', '集計', '推計', '試算', '統計', '調べ']);
const YORU = /^に(?:よ|拠|依)(?:ると|れば|りますと|りますれば)/;
/** Verbs of supposing after …によると: the cause of something, not a cited source (火の不始末によると思われる). */
const SUPPOSE: ReadonlySet<string> = new Set(['思う', '思える', '見る', 'みる', '考える', '推測', '推定', '推察', '疑う']);
const DEWA = /^の(?:発表|調べ|調査|話|集計|まとめ|報道|推計|分析|見立て|取材)では/;

/** Every reported-speech marker at the top level of a sentence, in order. */
export function reportsIn(v: SentenceView): Report[] {
  const out: Report[] = [];
  for (let k = 1; k < v.length; k++) {
    if (v.depth[k] !== 0) continue;
    const w = v.s[k];
    const rest = w === 'に' || w === 'の' ? v.text.slice(v.at(k), v.at(k) + 14) : '';
    const m = w === 'に' ? YORU.exec(rest) : w === 'の' ? DEWA.exec(rest) : null;
    if (!m) continue;
    let to = k;
    while (to < v.length && v.at(to) < v.at(k) + m[0].length) to++;
    // …によるとして伝えた quotes a source for one statement, not for the sentence.
    if (v.endOf(to - 1) > v.at(k) + m[0].length || v.s[to] === 'して' || v.base(to) === 'する') continue;
    // 花火によると思われる, 放火によるとみられる: a cause the writer supposes, no source cited.
    if (m[0].endsWith('と') && SUPPOSE.has(v.base(to) ?? '')) continue;
    const report = sourcesOf(v, k);
    if (!report) continue;
    out.push({ ...report, markerTo: to, contentFrom: v.isComma(to) ? to + 1 : to });
  }
  return out;
}

function sourcesOf(v: SentenceView, k: number): Pick<Report, 'sources' | 'markerFrom'> | null {
  if (v.pos1(k - 1) === '代名詞') return { sources: [], markerFrom: k - 1 };
  if (v.s[k - 1] === 'ところ') {
    const subject = subjectBefore(v, k - 1);
    return subject ? { sources: [subject], markerFrom: k - 1 } : null;
  }
  const c = chunkBefore(v, k);
  if (!c) return null;
  const doc = docNoun.match(c.text);
  if (doc && (v.pos(c.from - 1) === '連体詞' || c.text === `同${doc}`)) return { sources: [], markerFrom: c.from - 1 };
  const first = source(v, c);
  if (!first) return null;
  const sources = [first.chunk];
  // 毎日新聞や産経新聞によると, 自見氏のホームページ及び朝日新聞によると, 朝日新聞、中国新聞の報道によると
  for (let from = first.from; ;) {
    const w = v.s[from - 1];
    if (!(w === 'と' || w === 'や' || w === 'および' || w === '及び' || w === '、' || w === '，')) break;
    const prev = chunkBefore(v, from - 1);
    const found = prev && source(v, prev);
    const kind = found && speakerKind(v, found.chunk);
    if (!found || (w === '、' && kind !== 'media' && kind !== 'name')) break;
    sources.unshift(found.chunk);
    from = found.from;
  }
  // 毎日新聞・読売新聞によると: outlets joined by the name dot.
  return { sources: sources.flatMap((c) => splitOnDots(v, c, false)), markerFrom: first.markerFrom ?? k };
}

interface Source {
  chunk: Chunk;
  /** First token of everything that names the source (Xの投稿 starts at X). */
  from: number;
  /** Where the marker starts when the chunk is reached through a document (の投稿によると), else null. */
  markerFrom: number | null;
}

/**
 * The source a chunk before a marker names: itself, or — through a document or a date — the chunk before it
 * (ドナルド・トランプ大統領の投稿, 官邸による会見内容, 中国新聞の3月14日の報道, 政府発表).
 */
function source(v: SentenceView, c: Chunk, depth = 0): Source | null {
  // A document is named with its issue or qualifier: 発表(第4報), 別報道.
  const words = c.text.replace(/[(（][^()（）]*[)）]$/, '').replace(/^(?:別|他|同)(?=.)/, '');
  const doc = docNoun.match(words);
  const bare = doc !== null && doc === words;
  const self = { chunk: c, from: c.from, markerFrom: null };
  if (!doc && !isDate(v, c)) return self;
  if (doc && !bare && !isDate(v, c)) {
    const cut = cutAt(v, c, c.end - doc.length);
    if (cut && COMPOUND_DOCS.has(doc) && isOrgLike(v, cut)) return { chunk: cut, from: c.from, markerFrom: cut.to };
    return self;
  }
  // Xが語った話によると: the document's teller.
  if (bare && (v.pos(c.from - 1) === '動詞' || v.pos(c.from - 1) === '助動詞')) {
    const teller = subjectBefore(v, c.from);
    if (teller) return { chunk: teller, from: teller.from, markerFrom: c.from };
  }
  const link = c.from - 1;
  const at = v.s[link] === 'の' || v.s[link] === 'による' ? link : v.s[link] === 'よる' && v.s[link - 1] === 'に' ? link - 1 : -1;
  let prev = at > 0 && depth < 3 ? chunkBefore(v, at) : null;
  // Xの別の記事によると: 別 and 他 qualify the document, the source stands before them.
  if (prev && (prev.text === '別' || prev.text === '他') && v.s[prev.from - 1] === 'の') prev = chunkBefore(v, prev.from - 1);
  const found = prev ? source(v, prev, depth + 1) : null;
  // An unnamed document (報道によると) is an unnamed source; a date alone is none. Whoever owns a document is its
  // source, even a name kuromoji does not know (ソースウォッチの調べ).
  const owner = found && (speakerKind(v, found.chunk) !== null || (found.chunk.text.length > 1 && !isDate(v, found.chunk)));
  if (!found || !owner) return isDate(v, c) ? null : self;
  return { ...found, markerFrom: found.markerFrom ?? at };
}

/** The leading part of a chunk that ends at character `end`, when a token boundary falls there. */
function cutAt(v: SentenceView, c: Chunk, end: number): Chunk | null {
  let to = c.to;
  while (to > c.from && v.at(to - 1) >= end) to--;
  return to > c.from && v.endOf(to - 1) === end ? makeChunk(v, c.from, to) : null;
}

/** A chunk of numbers and time words only: 3月14-15日, 22日. */
function isDate(v: SentenceView, c: Chunk): boolean {
  for (let k = c.from; k < c.to; k++) {
    const t = v.tokens[k]!;
    if (!(t.pos1 === '数' || t.pos1 === '副詞可能' || t.pos2 === '助数詞' || /^[0-9０-９\-–〜~年月日]+$/.test(v.s[k]!))) return false;
  }
  return true;
}

/** The subject of …が報じたところ: the last が-marked speaker chunk before token `k`. */
function subjectBefore(v: SentenceView, k: number): Chunk | null {
  for (let j = k - 1; j > 0; j--) {
    if (v.s[j] === 'が' && v.pos1(j) === '格助詞') {
      const c = chunkBefore(v, j);
      if (c && speakerKind(v, c) !== null) return c;
    }
  }
  return null;
}
