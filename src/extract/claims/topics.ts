/**
 * Topics and subjects of a stretch of a sentence (X は, X も, X では, X が) that can be speakers, and which of them
 * are still open where a quotation starts. A topic without a comma is closed by a subordinate or adversative
 * clause end (…強調したが、); a topic with a comma (X は、) spans the sentence unless a new speaker follows such a
 * boundary.
 */
import { chunkBefore, makeChunk, speakerKind, type Chunk, type SpeakerKind } from './chunk.js';
import { mediaHead, orgHead } from './lexicon.js';
import type { SentenceView } from './view.js';

export interface Topic {
  chunk: Chunk;
  kind: SpeakerKind;
  /** は, も, では, からは, からも, が. */
  particle: string;
  /** Token index of the particle, and the token after it (and after its comma). */
  at: number;
  after: number;
  comma: boolean;
  closed: boolean;
  /** Followed by the coordinating など (民主党・社民党などは). */
  etc: boolean;
}

const CLAUSE_ENDS = new Set(['が', 'けれど', 'けれども', 'けど', 'のに', 'ので', 'ものの', 'ば', 'たら', 'なら', 'ても', 'でも']);

/** Plausible speakers standing as topic or subject in tokens [from, to) at bracket depth `depth`. */
export function topicsIn(v: SentenceView, from: number, to: number, depth = 0): Topic[] {
  const out: Topic[] = [];
  // After a subordinate clause end (…強調したが、) a new speaker closes every earlier topic; without one, they stay.
  let boundary = false;
  // After a clause in the 連用 form (…走り出し、), a new topic starts a new clause: 人々は…走り出し、乗客は…求めた.
  let chained = false;
  let paren = 0;
  for (let k = from; k < to; k++) {
    if (v.depth[k] !== depth) continue;
    const w = v.s[k]!;
    // A parenthesised aside names no speaker of the sentence: (読売報道では315便).
    if (w === '(' || w === '（') paren++;
    else if (w.startsWith(')') || w.startsWith('）')) paren = Math.max(0, paren - 1);
    if (paren > 0) continue;
    if (v.pos(k) === '助詞' && v.pos1(k) === '接続助詞' && CLAUSE_ENDS.has(w) && v.isComma(k + 1)) {
      boundary = true;
      continue;
    }
    if (w === '一方' && v.isComma(k + 1)) {
      for (const t of out) t.closed = true;
      continue;
    }
    if (v.isComma(k) && (v.tokens[k - 1]?.form === '連用形' || v.s[k - 1] === 'て') && v.depth[k - 1] === depth) chained = true;
    const t = topicAt(v, k, from, to);
    if (!t) continue;
    if (!t.closed) {
      if (boundary) for (const o of out) o.closed = true;
      // (Yも after such a clause lists one more thing inside the claim: …を挙げ、同庁職員も…と主張している.)
      if (chained && t.particle === 'は') for (const o of out) if (!o.comma) o.closed = true;
      boundary = false;
      chained = false;
    }
    out.push(t);
  }
  return out;
}

/** The plausible speaker whose particle stands at token `k`, or null. */
function topicAt(v: SentenceView, k: number, from: number, to: number): Topic | null {
  const particle = topicParticle(v, k);
  if (!particle) return null;
  const etc = v.s[k - 1] === 'など' || v.s[k - 1] === '等';
  const end = particle === 'では' || particle === 'からは' || particle === 'からも' ? k - 1 : k;
  let found = chunkBefore(v, etc ? end - 1 : end) ?? pronoun(v, end);
  if (!found) return null;
  // Xのウェブサイトでは: the owner of the channel speaks, whatever its name looks like.
  let owner = false;
  if (particle === 'では' && CHANNEL.test(found.text) && v.s[found.from - 1] === 'の') {
    found = chunkBefore(v, found.from - 1);
    if (!found) return null;
    owner = true;
  }
  const group = partOf(v, found);
  const chunk = group ? makeChunk(v, group.from, found.to) : found;
  if (chunk.from < from) return null;
  const kind = speakerKind(v, group ?? found) ?? (owner ? 'name' : null);
  if (!kind || (particle === 'では' && !owner && !institution(v, chunk, kind))) return null;
  const comma = v.isComma(k + 1);
  const after = comma ? k + 2 : k + 1;
  // A subject inside a relative or conditional clause is not the sentence's: 与党が…をした参議院選挙後, 成立が決まると.
  // Aが、Bは…: a topic after the comma has its own predicate first, so the subject is read past it.
  const closed = particle === 'が' && subordinate(v, comma ? topicPast(v, after, to) : after, to);
  return { chunk, kind, particle, at: k, after, comma, closed, etc };
}

const SUBORDINATE = new Set(['と', 'ば', 'たら', 'なら', 'ても', 'ので', 'から', 'のに']);

/** The token after the clause of a は-topic opening [from, to) (its closing と or って, else `to`), or `from` when none opens it. */
function topicPast(v: SentenceView, from: number, to: number): number {
  let k = from;
  while (k < to && !(v.s[k] === 'は' && v.pos(k) === '助詞' && v.depth[k] === v.depth[from])) {
    if (v.pos(k) === '動詞' || v.pos(k) === '形容詞' || v.isComma(k)) return from;
    k++;
  }
  if (k >= to) return from;
  for (let j = k + 1; j < to; j++) if ((v.s[j] === 'と' || v.s[j] === 'って') && v.pos1(j) === '格助詞' && v.depth[j] === v.depth[from]) return j + 1;
  return to; // the topic's clause runs to the end of what is read: the claim
}

/** Whether the subject's own predicate, the first after token `from` (before `to`), modifies a noun or ends a condition. */
function subordinate(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const t = v.tokens[k]!;
    if (v.depth[k] !== v.depth[from] || !(t.pos === '動詞' || t.pos === '形容詞' || t.pos === '助動詞')) continue;
    let end = k;
    while (end + 1 < to && (v.pos(end + 1) === '助動詞' || (v.pos(end + 1) === '動詞' && v.pos1(end + 1) !== '自立'))) end++;
    const next = v.tokens[end + 1];
    if (!next || end + 1 >= to) return false;
    if (next.pos === '助詞' && next.pos1 === '接続助詞') return SUBORDINATE.has(v.s[end + 1]!);
    return next.pos === '名詞' && next.pos1 !== '非自立' && next.pos1 !== '接尾' && v.s[end] !== 'な';
  }
  return false;
}

const CHANNEL = /^(?:公式)?(?:ウェブサイト|ホームページ|サイト|ウェブページ|ブログ|ツイッター|フェイスブック|SNS)$/;

/** Xでは names a speaker only for an institution (外務省では, NHKでは), not a programme or a place (アナログ放送では). */
function institution(v: SentenceView, c: Chunk, kind: SpeakerKind): boolean {
  if (kind === 'anaphor' || /^[A-Za-z]/.test(c.text)) return true;
  for (let k = c.from; k < c.to; k++) if (v.tokens[k]!.pos2 === '組織') return true;
  return orgHead.match(c.text) !== null && mediaHead.match(c.text) === null;
}

/** The topic particle at token `k` (は, も, では, が as subject), or null. */
function topicParticle(v: SentenceView, k: number): string | null {
  if (v.pos(k) !== '助詞') return null;
  const w = v.s[k]!;
  if ((w === 'は' || w === 'も') && v.pos1(k) === '係助詞') {
    if (w === 'は' && v.s[k - 1] === 'で') return 'では';
    // 専門家からは、…との声が上がっている: where the voices come from
    if (v.s[k - 1] === 'から') return w === 'は' ? 'からは' : 'からも';
    return w;
  }
  if (w === 'が' && v.pos1(k) === '格助詞') return 'が';
  return null;
}

/** Words for a part of a group: 市場関係者の多くは, 専門家の一部は. */
const PART = /^(?:多く|一部|大半|半数|過半数|大多数|多数|全員|いずれ|誰|何人か)$/;

/** The group a part-word counts (市場関係者 of 市場関係者の多く), or null. */
function partOf(v: SentenceView, c: Chunk): Chunk | null {
  return PART.test(c.text) && v.s[c.from - 1] === 'の' ? chunkBefore(v, c.from - 1) : null;
}

/** 彼 / 彼女 as a chunk, so a pronoun subject resolves like 同氏. */
function pronoun(v: SentenceView, end: number): Chunk | null {
  const j = end - 1;
  const w = v.s[j];
  if (w !== '彼' && w !== '彼女') return null;
  return { from: j, to: end, start: v.at(j), end: v.endOf(j), text: w };
}

/** The open topics of a list, first first. */
export function open(topics: readonly Topic[]): Topic[] {
  return topics.filter((t) => !t.closed);
}
