/**
 * The events one sentence states: triggers matched on its items, kept where they state an event, with their
 * participants, date, modality, attribution, quantities and evidence clause.
 */
import type { EventType, Participant, Quote, Sentence } from '../../analysis/contract.js';
import { span, trimRange } from '../../spans.js';
import type { Token } from '../../text/token.js';
import { entitiesOf, hasSubject, impliedPlace, participants, type Arg, type ArgContext } from './arguments.js';
import type { Candidate } from './candidate.js';
import { clauseOf, clauses } from './clauses.js';
import { pickDate } from './dates.js';
import { roleFor, type Frame } from './frames.js';
import { gatherArgs, relativeClause, verbGroupEnd, type TriggerSite } from './gather.js';
import { inheritSubject, updateTopic } from './subjects.js';
import type { DocView, Parsed } from './view.js';
import { bracketQuotes, buildItems, titleItems, type Item } from './items.js';
import { matchAt, type Trigger } from './lexicon.js';
import { mood } from './modality.js';
import { personTitle, phrases, type Phrase } from './phrases.js';
import { usage, type Usage } from './usage.js';
import { LIGHT_HEADS } from './words.js';

const DISTRIBUTIVE = /それぞれ|各々|個別に|別々に/;
/** Acts done by saying them: their non-past is the present act, not a plan. */
const PERFORMATIVE: ReadonlySet<string> = new Set(['accusation', 'statement', 'threat', 'commitment']);
/** Where a going (出発, 到着, 向かう) is a visit: a country, a city, a region — not a station or a building. */
const PLACE: ReadonlySet<string> = new Set(['GPE', 'LOC']);
const VISITORS: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
/** Who can act: the head of a relative clause is its subject only when it is one of these. */
const AGENTS: ReadonlySet<string> = VISITORS;
const HEARSAY = /(という|とされる|とされている|と伝えた|と報じた|と伝えられる|と報じられた)。?$/;

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

export function sentenceEvents(view: DocView, sentence: Sentence, tokens: readonly Token[], index: number): Candidate[] {
  const { text } = view;
  const title = sentence.section === 'title';
  const items = buildItems(text, tokens, inRange(view.mentions, sentence.start, sentence.end));
  if (!items.length) return [];
  const bases = items.map((it) => it.base);
  const found: { trig: Trigger; first: number; end: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    const inner = items[i]!.inner;
    if (inner) {
      // An event entity (クーデター, 2008年大地震) names its event: the word it ends in is the trigger.
      const tail = tailTrigger(view, inner);
      if (tail) found.push({ trig: tail, first: i, end: i + 1 });
      continue;
    }
    const trig = matchAt(view.lex, bases, i);
    if (!trig) continue;
    found.push({ trig, first: i, end: i + trig.bases.length });
    i += trig.bases.length - 1;
  }
  const list = phrases(text, items, title);
  const cls = clauses(text, items, title);
  const posts = titleAppointments(text, list);
  // Most sentences state no event: they only move the running topic on.
  if (!found.some((f) => f.trig.type) && !posts.length) {
    updateTopic(view, { sentence, title, items, list, cls, quoteAt: () => null, reportAt: () => null, times: [] });
    return [];
  }
  const quotes = view.quotes.filter((q) => q.content.start < sentence.end && q.content.end > sentence.start);
  // Bracketed words the quotes layer does not cover are still someone's words (speaker unknown).
  const brackets = bracketQuotes(text, items).filter((b) => !quotes.some((q) => q.kind !== 'reported' && q.content.start <= b.content.start && b.content.end <= q.content.end));
  // Words someone said scope their own arguments; a によると report is only where the sentence comes from.
  const said = (pos: number) => (q: Quote) => q.content.start <= pos && pos < q.content.end;
  const quoteAt = (pos: number): Quote | null => quotes.find((q) => q.kind !== 'reported' && said(pos)(q)) ?? brackets.find(said(pos)) ?? null;
  const reportAt = (pos: number): Quote | null => quotes.find(said(pos)) ?? brackets.find(said(pos)) ?? null;
  const s: Parsed = {
    sentence, title, items, list, cls, quoteAt, reportAt,
    times: inRange(view.times, sentence.start, sentence.end),
  };
  const starts = new Set(found.map((f) => f.first));
  const titled = titleItems(text, items);
  const out: Candidate[] = [];
  const refs: { type: EventType; at: number }[] = [];
  const directedIn = (a: number, b: number) => found.some((f) => f.trig.frame === 'directed' && f.first >= a && f.first <= b);
  let prevEnd = -1;
  for (const { trig, first, end } of found) {
    // A light noun right after a trigger noun is part of it (辞任表明: the resignation, announced).
    const head = first === prevEnd && items[first - 1]!.pos === '名詞' && LIGHT_HEADS.has(items[first]!.base);
    prevEnd = end;
    // 『…』 names a work or a source (an article's headline cited), not something that happens here.
    if (!trig.type || titled.has(first) || head) continue;
    const c = candidate(view, s, trig, first, end, index, starts, directedIn);
    if (c) out.push(c);
    // A trigger noun that states no event refers to one (今回の辞任表明を受け): a reaction's target.
    else if (items[first]!.pos === '名詞') refs.push({ type: trig.type, at: items[first]!.start });
  }
  for (const a of posts) {
    const c = candidate(view, s, APPOINT, a.first, a.end, index, starts, directedIn, { verbal: true, passive: false, predFrom: a.end, forced: null });
    if (c) out.push(c);
  }
  for (const c of out) {
    if (!REACTIONS.has(c.type) || c.participants.some((p) => p.role === 'target')) continue;
    c.reacts = refs.filter((r) => r.at < c.at && r.type !== c.type).pop()?.type ?? null;
  }
  updateTopic(view, s);
  return out;
}

/** Reactions to someone's act: criticising or welcoming it targets whoever did it. */
const REACTIONS: ReadonlySet<EventType> = new Set<EventType>(['accusation', 'statement']);

/** XをY首相とした: appointing someone by naming the post (a synthetic trigger on the post's phrase). */
const APPOINT: Trigger = { word: 'とする', type: 'appointment', frame: 'directed', vehicle: null, needsTarget: false, implied: [], bases: [] };

function titleAppointments(text: string, list: readonly Phrase[]): { first: number; end: number }[] {
  const out: { first: number; end: number }[] = [];
  for (let k = 1; k < list.length; k++) {
    const post = list[k]!;
    const who = list[k - 1]!;
    if (!/^と(した|する|し、)/.test(text.slice(post.end, post.end + 3)) || who.marker !== 'acc' || who.markerEnd !== post.start) continue;
    if (who.head?.entity.type === 'PERSON' && personTitle(post.text)) out.push({ first: post.first, end: post.last + 1 });
  }
  return out;
}

/** Verbs that report a trigger noun rather than perform it (Xの就任を伝えた, Xの訪中を発表した). */
const REPORT = new Set(['伝える', '発表', '公表', '報告', '明らか', '確認', '報道', '報じる']);

/** Drops a subject that would take the genitive's own role when the verb only reports the event. */
function dropReporter(args: Arg[], type: Candidate['type'], frame: Frame, head: number, items: readonly Item[]): void {
  if (head < 0 || !REPORT.has(items[head]!.base)) return;
  const gen = args.find((a) => a.case === 'gen');
  if (!gen) return;
  const role = roleFor(type, frame, 'gen', false, null);
  for (let k = args.length - 1; k >= 0; k--) if (args[k]!.case === 'subj' && roleFor(type, frame, 'subj', false, null) === role) args.splice(k, 1);
}

function tailTrigger(view: DocView, bases: readonly string[]): Trigger | null {
  for (let k = 0; k < bases.length; k++) {
    const t = matchAt(view.lex, bases, k);
    if (t && k + t.bases.length === bases.length) return t;
  }
  return null;
}

function candidate(
  view: DocView, s: Parsed, trig: Trigger, first: number, j: number, index: number, triggerStarts: ReadonlySet<number>,
  directedIn: (from: number, to: number) => boolean, given?: Usage,
): Candidate | null {
  const { text } = view;
  const { items, list, cls, title, sentence } = s;
  const type = trig.type!;
  const at = items[first]!.start;
  const c = clauseOf(cls, first);
  const clause = cls[c]!;
  const own = list.find((p) => p.first <= first && first <= p.last) ?? null;
  const ownStart = own ? own.start : at;
  const objectBefore = list.some((p) => p.marker === 'acc' && p.markerEnd === ownStart);
  const u = given ?? usage(text, items, first, j, clause.last, objectBefore, title, trig.frame === 'symmetric' || type === 'election');
  if (!u) return null;
  const m = mood(text, items, cls, c, u.predFrom, u.forced, title, first, PERFORMATIVE.has(type));
  if (m === 'request') return null;
  const quote = s.quoteAt(at);
  const speaker = quote?.speaker ? view.entities.get(quote.speaker) ?? null : null;
  const ctx: ArgContext = { text, mentions: view.mentions, speaker };
  const sameRegion = (p: Phrase) => s.quoteAt(p.start) === quote;
  const named = (p: Phrase) => entitiesOf(p, ctx).length > 0;
  const site: TriggerSite = {
    at, first, end: j, own, clauseStart: clause.start, frame: trig.frame, selfSubject: u.selfSubject ?? false, passive: u.passive,
    predEnd: verbGroupEnd(items, u.predFrom),
    chained: clause.continues && (!quote || clause.end <= quote.content.end),
  };
  // 政府に抗議するデモ: a verb that only describes another trigger noun is that event's detail, not an event.
  if (u.verbal && triggerStarts.has(site.predEnd)) return null;
  const args = gatherArgs(list, items, text, site, sameRegion, named);
  // An allegation (…を販売したとして、警察は…逮捕した) has its own が-subject or none: the topic is the accuser's.
  if (clause.alleged) for (let k = args.length - 1; k >= 0; k--) if (args[k]!.case === 'subj' && args[k]!.phrase.markerWord !== 'が') args.splice(k, 1);
  // In a relative clause (会議に出席していた総裁) the head noun is the subject, and nothing further left is.
  const rel = relativeClause(list, items, site, (p) => entitiesOf(p, ctx).some((e) => AGENTS.has(e.type)));
  // Unless the relative clause names its own subject with が (オボテ氏が亡くなった南アフリカ: the head is a place).
  const ownGa = args.some((a) => a.case === 'subj' && a.phrase.markerWord === 'が');
  if (rel && !site.selfSubject && !ownGa) {
    for (let k = args.length - 1; k >= 0; k--) if (args[k]!.case === 'subj') args.splice(k, 1);
    if (rel.head) for (const p of list) if (p.group === rel.head.group && !p.modifier) args.push({ phrase: p, case: 'subj' });
  }
  // Xの就任を伝えた: the one the genitive names is the actor, not whoever reports it.
  dropReporter(args, type, trig.frame, u.head ?? -1, items);
  const ownSubject = hasSubject(args) || rel !== null || clause.alleged === true;
  // The running topic is no subject for a passive (…と推薦される) or a setting (選挙では).
  const topical = !u.passive && !u.setting;
  const announcer = !ownSubject && !site.selfSubject ? inheritSubject(view, s, site, args, quote, speaker, topical) : null;
  // …を解任し、…調査している: the object of a chained directed act carries over.
  if (trig.frame === 'directed' && !args.some((a) => a.case === 'acc' || a.case === 'tgt') && c > 0 && cls[c - 1]!.continues && directedIn(cls[c - 1]!.first, cls[c - 1]!.last)) {
    const prev = cls[c - 1]!;
    for (const p of list) if (p.start >= prev.start && p.end <= prev.end && p.groupCase === 'acc' && !p.modifier && sameRegion(p)) args.push({ phrase: p, case: 'acc' });
  }
  const parts: Participant[] = participants(args, type, trig.frame, u.passive, ctx);
  if (announcer) {
    const role = roleFor(type, trig.frame, 'subj', u.passive, announcer.type);
    if (role && !parts.some((p) => p.entity === announcer.id)) parts.push({ entity: announcer.id, role, text: quote?.speaker_text ?? announcer.name });
  }
  const subjectIds = args.filter((a) => a.case === 'subj' || a.case === 'agt' || a.case === 'gen').flatMap((a) => entitiesOf(a.phrase, ctx).map((e) => e.id));
  if (trig.frame === 'symmetric' && own) compoundParties(items, own, first, parts, text, subjectIds);
  // One visits places, people and bodies — not an event (災害訓練を視察 is no visit to a drill).
  if (trig.frame === 'motion') for (let k = parts.length - 1; k >= 0; k--) if (parts[k]!.entity && view.entities.get(parts[k]!.entity!)?.type === 'EVENT') parts.splice(k, 1);
  const place = impliedPlace(trig.implied, ctx);
  if (place && !parts.some((p) => p.role === 'target')) parts.push(place);
  if (trig.needsTarget && !parts.some((p) => p.role === 'target' && p.entity && (trig.frame !== 'motion' || PLACE.has(view.entities.get(p.entity)?.type ?? 'ORG')))) return null;
  // A visit needs a visitor: a person, a body or a country (not a station that moved, not a tank).
  if (trig.frame === 'motion' && !parts.some((p) => p.role === 'source' && (!p.entity || VISITORS.has(view.entities.get(p.entity)?.type ?? 'PERSON')))) return null;
  // The evidence: the clause, inside the quote when the trigger stands in one.
  const ev = trimRange(text, quote ? Math.max(clause.start, quote.content.start) : clause.start, quote ? Math.min(clause.end, quote.content.end) : clause.end);
  let evEnd = ev.end;
  while (evEnd > ev.start && /[、。]/.test(text[evEnd - 1]!)) evEnd--;
  const quantities: number[] = [];
  view.quantities.forEach((q, k) => {
    if (q.start >= ev.start && q.end <= evEnd) quantities.push(k);
  });
  const skip = new Set<string>();
  if (type === 'commitment' || type === 'trade') for (const k of quantities) if (view.quantities[k]!.period) skip.add(view.quantities[k]!.period!);
  // Times quoted inside someone's words do not date an event told outside them.
  let times = quote ? s.times : s.times.filter((t) => !s.quoteAt(t.start));
  // 今四半期に…を購入すると約束した: a time the promise is about does not date the promise.
  if (type === 'commitment' || trig.word === '表明') times = times.filter((t) => !/^(に|まで)/.test(text.slice(t.end, t.end + 2)) || t.start > at);
  // An event told in a relative clause (声明があった翌日の22日) is not dated by what follows it; the rest of the
  // sentence dates a clause that shares its subject (2月4日、…会談を行い、…招待した), not one with a subject of its
  // own (昨年合意された…であり、中国は…購入を増やす).
  const { date, own: ownDate } = pickDate(times, {
    text, items, at, clauseStart: clause.start, clauseEnd: clause.end, after: rel === null,
    sentenceWide: !(ownSubject && c > 0), skip, chainStart: c > 0 && cls[c - 1]!.continues ? cls[c - 1]!.start : Infinity,
  });
  let modality = m === 'asserted' && clause.alleged ? 'reported' : m;
  let attributedTo: string | null = null;
  const attr = list.find((p) => p.marker === 'attr' && p.start < at);
  const report = quote ?? s.reportAt(at);
  if (report) {
    attributedTo = report.speaker;
    if (modality === 'asserted') modality = 'reported';
  } else if (attr) {
    attributedTo = entitiesOf(attr, ctx)[0]?.id ?? null;
    if (modality === 'asserted') modality = 'reported';
  } else if (HEARSAY.test(text.slice(sentence.start, sentence.end)) && modality === 'asserted') modality = 'reported';
  return {
    type, frame: trig.frame, vehicle: trig.vehicle, word: trig.word, at, item: first, head: u.head ?? -1, clause: c,
    sentence: index, title, participants: parts, date, ownDate, modality, attributedTo,
    quoted: quote !== null, quantities, evidence: span(text, ev.start, Math.max(ev.start, evEnd)),
    distributive: DISTRIBUTIVE.test(text.slice(clause.start, clause.end)), subjects: subjectIds,
    reacts: null,
    subjectSide: subjectIds.length > 0 || announcer !== null || args.some((a) => a.case === 'subj' || a.case === 'agt' || a.case === 'gen'),
  };
}

/** Names inside the trigger's own compound (日米首脳会談, 米中協議) take part in a symmetric event. */
function compoundParties(items: readonly Item[], own: Phrase, trigItem: number, parts: Participant[], text: string, subjects: string[]): void {
  for (let k = own.first; k < trigItem; k++) {
    const m = items[k]!.mention;
    if (m && !parts.some((p) => p.entity === m.entity.id)) {
      parts.push({ entity: m.entity.id, role: 'participant', text: text.slice(m.start, m.end) });
      subjects.push(m.entity.id);
    }
  }
}
