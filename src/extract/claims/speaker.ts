/**
 * The speaker a sentence names for one cue, by syntax: the name after the quotation (「…」と首相は語った), the
 * source of a comment (Xのコメントとして「…」), the subject right before a bracket, else the outermost open
 * topic (X は、…と述べた) — or, for a cue nested in another's claim, the innermost.
 */
import { chunkBefore, coordinated, speakerKind, type Chunk, type SpeakerKind } from './chunk.js';
import type { Cue } from './cues.js';
import { docNoun } from './lexicon.js';
import { open, topicsIn, type Topic } from './topics.js';
import type { SentenceView } from './view.js';

/** The speakers a sentence names for a cue, and where an indirect claim may start after them. */
export interface Named {
  chunks: { chunk: Chunk; kind: SpeakerKind }[];
  /** First token after the speaker's particle (the claim starts there or later), or null when named after it. */
  after: number | null;
}

/**
 * The speaker named for `cue` between token `from` and `limit` (the first bracket of a direct quotation, or the
 * end of an indirect claim), or null. `continued`: an earlier cue of the sentence has a speaker.
 */
export function namedSpeaker(v: SentenceView, cue: Cue, from: number, limit: number, direct: boolean, continued: boolean): Named | null {
  if (cue.after) return { chunks: listed(v, cue.after, false), after: null };
  if (direct) {
    const source = commentSource(v, limit);
    if (source) return { chunks: listed(v, source, false), after: null };
  }
  // After an earlier cue, Xでは frames the next claim (会談では「…」と話した) rather than naming a speaker.
  const topics = open(topicsIn(v, from, limit, v.depth[cue.at] ?? 0)).filter((t) => !(continued && t.particle === 'では'));
  if (!topics.length) return null;
  let pick: Topic | undefined;
  if (cue.embedded) pick = topics[topics.length - 1];
  else if (direct) pick = adjacent(v, topics, limit) ?? firstTopic(topics) ?? topics.find((t) => t.comma) ?? topics.at(-1);
  else pick = subjectBeforeTopic(topics) ?? firstTopic(topics) ?? topics.find((t) => t.comma) ?? (cue.type === 'quote' ? undefined : topics.at(-1));
  // After an earlier cue (…と述べ、両首脳は…と分析した) a topic without a comma is the claim's, not a new
  // speaker — unless it is Xも, one more speaker doing the same (…を明らかにし、チェさんも…を明らかにしている).
  if (!pick || (continued && !direct && !pick.comma && pick.particle !== 'も' && !cue.embedded)) return null;
  const chunks = listed(v, pick.chunk, pick.etc);
  // A single speaker keeps the kind its topic was read with (市場関係者の多く is the group's).
  if (chunks.length === 1) chunks[0]!.kind = pick.kind;
  return { chunks, after: pick.after };
}

/**
 * Aが、Bは…と明らかにした: a subject set off by a comma before a topic is the one who tells; the topic opens what
 * is told (関係者が、監督は辞任する意向だと明らかにした — the insiders speak, about the manager).
 */
function subjectBeforeTopic(topics: readonly Topic[]): Topic | undefined {
  const k = topics.findIndex((t) => t.particle === 'が' && t.comma);
  // only as the sentence's first: 防衛庁は、陸上自衛隊が、…を行うこと、航空自衛隊は…と発表した is 防衛庁 telling
  return k === 0 && topics.slice(1).some((t) => t.particle === 'は') ? topics[0] : undefined;
}

function firstTopic(topics: readonly Topic[]): Topic | undefined {
  return topics.find((t) => t.particle !== 'が');
}

/** A topic or subject with nothing but a comma, an adverb or a time word between it and the bracket at `limit`. */
function adjacent(v: SentenceView, topics: readonly Topic[], limit: number): Topic | undefined {
  const last = topics[topics.length - 1];
  if (!last) return undefined;
  for (let k = last.after; k < limit; k++) {
    const t = v.tokens[k]!;
    if (!(v.isComma(k) || t.pos === '副詞' || t.pos1 === '副詞可能' || t.pos1 === '数')) return undefined;
  }
  return last;
}

/** Xのコメントとして「…」 / Xの談話として「…」: X speaks, whoever published it. */
function commentSource(v: SentenceView, open: number): Chunk | null {
  const as = open - 1;
  if (v.s[as] !== 'として') return null;
  const doc = chunkBefore(v, as);
  if (!doc || docNoun.match(doc.text) !== doc.text || v.s[doc.from - 1] !== 'の') return null;
  const c = chunkBefore(v, doc.from - 1);
  return c && speakerKind(v, c) !== null ? c : null;
}

function listed(v: SentenceView, c: Chunk, etc: boolean): Named['chunks'] {
  return coordinated(v, c, etc).map((chunk) => ({ chunk, kind: speakerKind(v, chunk) ?? 'name' }));
}
