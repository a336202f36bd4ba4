/**
 * The events one sentence states: triggers matched on its items, kept where they state an event, with their
 * participants, date, modality, attribution, quantities and evidence clause.
 */
import type { EventType, Quote, Sentence } from '../../analysis/contract.js';
import type { Token } from '../../text/token.js';
import type { Candidate } from './candidate.js';
import { clauses } from './clauses.js';
import { APPOINT, tailTrigger, titleAppointments } from './constructions.js';
import { candidate, type SentenceContext } from './event.js';
import { bracketQuotes, buildItems, titleItems } from './items.js';
import { matchAt, type Trigger } from './lexicon.js';
import { advanceNarrative } from './narrative.js';
import { phrases } from './phrases.js';
import { updateTopic } from './subjects.js';
import type { DocView, Parsed } from './view.js';
import { LIGHT_HEADS } from './words.js';

const CITED = /^[「｢][^「」｢｣]*[」｣][。．]?$/;

/** Reactions to someone's act: criticising or welcoming it targets whoever did it. */
const REACTIONS: ReadonlySet<EventType> = new Set<EventType>(['accusation', 'statement']);

/** The members of `list` (sorted by start) inside [s, e), found by binary search. */
function inRange<T extends { start: number; end: number }>(list: readonly T[], s: number, e: number): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < s) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < list.length && list[k]!.start < e; k++) if (list[k]!.end <= e) out.push(list[k]!);
  return out;
}

/** The candidate events of one sentence (`tokens` are the sentence's own). */
export function sentenceEvents(view: DocView, sentence: Sentence, tokens: readonly Token[], index: number): Candidate[] {
  const { text } = view;
  const title = sentence.section === 'title';
  if (!title) {
    view.story.previous = view.story.current;
    view.story.current = sentence.start;
    view.story.count++;
  }
  const items = buildItems(text, tokens, inRange(view.mentions, sentence.start, sentence.end));
  if (!items.length) return [];
  const bases = items.map((it) => it.base);
  const found: { trig: Trigger; first: number; end: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    const inner = items[i]!.inner;
    if (inner) {
      // An event entity (クーデター, 2008年大地震) names its event: the word it ends in is the trigger.
      const tail = tailTrigger(view.lex, inner);
      if (tail) found.push({ trig: tail, first: i, end: i + 1 });
      continue;
    }
    const trig = matchAt(view.lex, bases, i);
    if (!trig) {
      // 訪中, 訪米, 来日: a trigger word with a country's one-character name inside it, cut there by the mention
      const word = items[i]!.word;
      const whole = word ? matchAt(view.lex, [word.base], 0) : null;
      if (!word || !whole || whole.bases.length !== 1) continue;
      let end = i + 1;
      while (end < items.length && items[end]!.end <= word.end) end++;
      found.push({ trig: whole, first: i, end });
      i = end - 1;
      continue;
    }
    found.push({ trig, first: i, end: i + trig.bases.length });
    i += trig.bases.length - 1;
  }
  const list = phrases(text, items, title);
  const cls = clauses(text, items, title);
  const posts = titleAppointments(text, list);
  // Most sentences state no event: they only move the running topic on.
  if (!found.some((f) => f.trig.type) && !posts.length) {
    updateTopic(view, { sentence, title, items, list, cls, quoteAt: () => null, reportAt: () => null, times: [] });
    // A sentence that names a time starts a new occasion even when it states no event.
    if (!title && inRange(view.times, sentence.start, sentence.end).length) {
      view.story.speech = null;
      view.story.meeting = null;
    }
    return [];
  }
  const quotes = view.quotes.filter((q) => q.content.start < sentence.end && q.content.end > sentence.start);
  // Bracketed words the quotes layer does not cover are still someone's words (speaker unknown).
  const bracketed = text.lastIndexOf('「', sentence.end) >= sentence.start;
  const brackets = (bracketed ? bracketQuotes(text, items) : []).filter((b) => !quotes.some((q) => q.kind !== 'reported' && q.content.start <= b.content.start && b.content.end <= q.content.end));
  // Words someone said scope their own arguments; a によると report is only where the sentence comes from.
  const said = (pos: number) => (q: Quote) => q.content.start <= pos && pos < q.content.end;
  const quoteAt = (pos: number): Quote | null => quotes.find((q) => q.kind !== 'reported' && said(pos)(q)) ?? brackets.find(said(pos)) ?? null;
  const reportAt = (pos: number): Quote | null => quotes.find(said(pos)) ?? brackets.find(said(pos)) ?? null;
  const s: Parsed = {
    sentence, title, items, list, cls, quoteAt, reportAt,
    times: inRange(view.times, sentence.start, sentence.end),
  };
  const starts = new Set(found.map((f) => f.first));
  const titled = text.lastIndexOf('『', sentence.end) >= sentence.start ? titleItems(text, items) : new Set<number>();
  // A body sentence that is only a bracketed line (「ミート社元社長を起訴」。) cites a headline: nothing happens in it.
  const cited = !title && CITED.test(text.slice(sentence.start, sentence.end));
  const out: Candidate[] = [];
  const refs: { type: EventType; at: number }[] = [];
  const sc: SentenceContext = {
    index, triggerStarts: starts,
    directedIn: (a, b) => found.some((f) => f.trig.frame === 'directed' && f.first >= a && f.first <= b),
  };
  let prevEnd = -1;
  for (const { trig, first, end } of found) {
    // A light noun right after a trigger noun is part of it (辞任表明: the resignation, announced).
    const head = first === prevEnd && items[first - 1]!.pos === '名詞' && LIGHT_HEADS.has(items[first]!.base);
    prevEnd = end;
    // 『…』 names a work or a source (an article's headline cited), not something that happens here.
    if (!trig.type || titled.has(first) || head || cited) continue;
    // 救援した只野投手: a word of two senses is no event in a sentence of the other one's domain.
    if (trig.notWith?.test(text.slice(sentence.start, sentence.end))) continue;
    const c = candidate(view, s, trig, first, end, sc);
    if (c) out.push(c);
    // A trigger noun that states no event refers to one (今回の辞任表明を受け): a reaction's target.
    else if (items[first]!.pos === '名詞') refs.push({ type: trig.type, at: items[first]!.start });
  }
  for (const a of posts) {
    const c = candidate(view, s, APPOINT, a.first, a.end, sc, { verbal: true, passive: false, predFrom: a.end, forced: null });
    if (c) out.push(c);
  }
  for (const c of out) {
    // 上院が就任を承認すれば: a vote on an act is about whoever the act is done to (merge.ts).
    if ((!REACTIONS.has(c.type) && c.type !== 'legislation') || c.participants.some((p) => p.role === 'target')) continue;
    c.reacts = refs.filter((r) => r.at < c.at && r.type !== c.type).pop()?.type ?? null;
  }
  updateTopic(view, s);
  if (!title) advanceNarrative(view, s, out);
  return out;
}

