/**
 * One sentence's attributed claims: reported speech (…によると), then every cue in order — its content (the
 * brackets of a direct quotation or the clause of an indirect one) and its speaker (named in the sentence, the
 * previous cue's, or carried over from earlier sentences) — then quotations nested in the sentence's quotations,
 * which belong to a speaker named inside them.
 */
import type { QuoteKind } from '../../analysis/contract.js';
import type { Range } from '../../spans.js';
import { speakerKind } from './chunk.js';
import { claimStart, contentEnd, interior, objectStart, quotedBrackets, trimmed } from './content.js';
import { docNoun } from './lexicon.js';
import { introCue, objectCue, quoteCue, requestCue, type Cue } from './cues.js';
import type { Discourse, SpeakerRef } from './discourse.js';
import { reportsIn, type Report } from './reported.js';
import { namedSpeaker } from './speaker.js';
import { open, topicsIn } from './topics.js';
import type { SentenceView } from './view.js';

/** A quote before its speaker is linked to an entity. */
export interface Draft {
  kind: QuoteKind;
  content: Range;
  cue: Range | null;
  speaker: SpeakerRef;
}

/** A cue whose speaker could not be found. */
export interface Unresolved {
  cue: Range;
}

/** Where cues are read: the sentence's top level, or inside one of its quotations (only named speakers count). */
interface Scope {
  depth: number;
  from: number;
  to: number;
  reports: readonly Report[];
  /** The speaker of a demonstrative source in the sentence (それによると). */
  context: SpeakerRef | null;
}

/** The drafts of one sentence; `unresolved` collects cues left without a speaker. */
export function extractSentence(v: SentenceView, d: Discourse, unresolved: Unresolved[]): Draft[] {
  d.begin(v);
  const reports = reportsIn(v);
  const out = reported(v, d, reports);
  const context = reports.some((r) => !r.sources.length) ? (d.previousTopic() ?? d.carried(false, true)) : null;
  const used = new Set<number>();
  cueDrafts(v, d, { depth: 0, from: 0, to: v.length, reports, context }, out, used, unresolved);
  adnominal(v, out, used);
  for (const p of v.pairs) {
    if (p.depth === 0 && p.close - p.open > 4) cueDrafts(v, d, { depth: 1, from: p.open + 1, to: p.close, reports: [], context: null }, out, used, null);
  }
  standalone(v, d, out);
  // A bare katakana word is too weak a name to carry into the next sentence (ガッツポーズは…).
  const topic = open(topicsIn(v, 0, v.length)).find((t) => t.particle !== 'が' && !/^[\u30a0-\u30ffー]+$/.test(t.chunk.text));
  d.topic(topic ? d.ref(v, topic.chunk, topic.kind) : null);
  return out;
}

/** Reported speech: each source of …によると reports the rest of the sentence. */
function reported(v: SentenceView, d: Discourse, reports: readonly Report[]): Draft[] {
  const out: Draft[] = [];
  for (const r of reports) {
    if (!r.sources.length) continue;
    // The rest of the sentence, a later source's citation included (時事通信によると、…の発表では、…).
    const content = trimmed(v, v.at(r.contentFrom), v.end);
    if (!content) continue;
    const cue = { start: v.at(r.markerFrom), end: v.endOf(r.markerTo - 1) };
    for (const c of r.sources) {
      const kind = speakerKind(v, c) ?? (docNoun.match(c.text) ? 'generic' : 'name');
      const speaker = { ...d.ref(v, c, kind), media: true };
      out.push({ kind: 'reported', content, cue, speaker });
      d.heard(speaker, true);
    }
  }
  return out;
}

function cueDrafts(v: SentenceView, d: Discourse, scope: Scope, out: Draft[], used: Set<number>, unresolved: Unresolved[] | null): void {
  let segFrom = scope.from;
  let previous: SpeakerRef[] = [];
  // After 一方、 or …が、 the next clause may name a speaker of its own without a comma (…と主張する一方、Yは…).
  let contrast = false;
  const nested = unresolved === null;
  for (const cue of cuesIn(v, scope)) {
    const from = Math.max(segFrom, ...scope.reports.filter((r) => r.contentFrom <= cue.at).map((r) => r.contentFrom));
    const e = cue.type === 'quote' ? contentEnd(v, cue.at) : cue.at - 1;
    if (cue.type === 'intro') {
      const named = namedSpeaker(v, cue, from, cue.at, true, false);
      const speaker = named ? d.ref(v, named.chunks[0]!.chunk, named.chunks[0]!.kind) : (previous[0] ?? d.carried(false, false));
      if (!speaker || nested) continue;
      // こう語った after a quotation standing alone; 次のように述べた before one.
      const before = v.s[cue.at] === 'こう' || v.s[cue.at] === 'この' ? d.takeQuotation() : null;
      if (before) out.push({ kind: 'direct', content: before, cue: cueRange(v, cue), speaker });
      else d.introduce(speaker, cueRange(v, cue));
      continue;
    }
    if (e < from && cue.type !== 'back') continue;
    const brackets = cue.type === 'quote' || v.isClose(e) ? quotedBrackets(v, e, scope.depth) : [];
    const direct = brackets.length > 0 && brackets[0]!.open >= from;
    // A claim inside another's claim stays part of it, unless it is a quotation with its own speaker.
    if ((cue.embedded || nested) && !direct) continue;
    if (!direct && (cue.directOnly || (cue.type === 'quote' && !v.isPredicateEnd(e)))) continue;
    const continued = previous.length > 0 && !contrast;
    if (!cue.embedded) {
      segFrom = nextClause(v, cue.end);
      contrast = segFrom > cue.end + 1 || v.s[cue.end] === '一方';
    }
    const named = namedSpeaker(v, cue, from, direct ? brackets[0]!.open : Math.max(e + 1, from), direct, continued);
    let speakers = named ? named.chunks.map(({ chunk, kind }) => d.ref(v, chunk, kind)) : [];
    const reportedBefore = scope.reports.some((r) => r.sources.length && r.contentFrom <= cue.at);
    if (!speakers.length && !nested) speakers = previous.length ? previous : fallback(d, cue, scope.context, reportedBefore, direct);
    const cueSpan = cueRange(v, cue);
    if (!speakers.length) {
      if (unresolved && !reportedBefore) unresolved.push({ cue: cueSpan });
      continue;
    }
    let contents: (Range | null)[];
    if (cue.type === 'back') contents = [d.previousSentence()];
    else if (direct) contents = brackets.map((b) => interior(v, b));
    else contents = [claim(v, cue, named?.after ?? from, e)];
    for (const b of brackets) used.add(b.close);
    for (const content of contents) {
      if (!content) continue;
      for (const speaker of speakers) out.push({ kind: direct ? 'direct' : 'indirect', content, cue: cueSpan, speaker });
    }
    if (!nested) for (const s of speakers) d.heard(s, false);
    previous = speakers;
  }
}

/** The cues of a scope in order, outside deeper brackets and outside reported-speech markers. */
function cuesIn(v: SentenceView, scope: Scope): Cue[] {
  const out: Cue[] = [];
  for (let k = scope.from; k < scope.to; k++) {
    if (v.depth[k] !== scope.depth || scope.reports.some((r) => k >= r.markerFrom && k < r.markerTo)) continue;
    const cue = quoteCue(v, k) ?? objectCue(v, k) ?? requestCue(v, k) ?? introCue(v, k);
    if (!cue || cue.end > scope.to) continue;
    out.push(cue);
    k = cue.end - 1;
  }
  return out;
}

/** The token where the next clause starts after a cue ending at `k`: past a conjunctive particle and a comma (…と説明しているが、). */
function nextClause(v: SentenceView, k: number): number {
  let j = k;
  if ((v.pos1(j) === '接続助詞' || v.s[j] === '一方') && v.isComma(j + 1)) j++;
  return v.isComma(j) ? j + 1 : j;
}

function cueRange(v: SentenceView, cue: Cue): Range {
  return { start: v.at(cue.spanFrom), end: v.endOf(cue.end - 1) };
}

/** The speaker of a cue its sentence does not name. */
function fallback(d: Discourse, cue: Cue, context: SpeakerRef | null, reported: boolean, direct: boolean): SpeakerRef[] {
  if (context) return [context];
  const hedge = !direct && (cue.verb === 'する' || cue.verb === '見る' || cue.verb === 'みる');
  // In a sentence with its own cited source, a hedge (…としている, …とみている) or a report (…と報じた) is that source's.
  if (reported && (hedge || cue.media)) return [];
  const carried = d.carried(cue.media, reported, hedge);
  return carried ? [carried] : [];
}

/** An indirect claim from token `from` to token `e`. */
function claim(v: SentenceView, cue: Cue, from: number, e: number): Range | null {
  const s = claimStart(v, from, e);
  return trimmed(v, v.at(cue.plainObject ? objectStart(v, s, e) : s), v.endOf(e));
}

/** 「…」との状況は…と批判した: a bracket quoted adnominally belongs to the next cue's speaker. */
function adnominal(v: SentenceView, out: Draft[], used: Set<number>): void {
  for (const p of v.pairs) {
    if (p.depth !== 0 || used.has(p.close) || v.s[p.close + 1] !== 'と' || v.s[p.close + 2] !== 'の') continue;
    // Only as the topic of the cue's own clause (「…」との状況は…と批判した), not as an object (「…」との要望を受け).
    if (!(v.pos(p.close + 3) === '名詞' && v.s[p.close + 4] === 'は')) continue;
    const start = v.endOf(p.close);
    const owner = out.find((q) => q.kind !== 'reported' && q.cue && q.cue.start > start);
    const content = interior(v, p);
    if (owner && content) out.push({ ...owner, kind: 'direct', content });
  }
}

/** A sentence that is one quotation: it belongs to 次のように述べた before it or こう語った after it. */
function standalone(v: SentenceView, d: Discourse, out: Draft[]): void {
  const p = v.pairs[0];
  const whole = p && p.open === 0 && p.depth === 0 && v.s.slice(p.close + 1).every((w) => w === '。' || w.trim() === '');
  const content = whole ? interior(v, p) : null;
  const intro = d.takeIntro();
  if (content && intro) out.push({ kind: 'direct', content, cue: intro.cue, speaker: intro.speaker });
  d.quotation(content && !intro ? content : null);
}
