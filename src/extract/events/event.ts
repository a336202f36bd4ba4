/**
 * One trigger occurrence made into a candidate event: whether it states an event, its mood, its arguments and
 * subject, its participants, evidence clause, quantities, date and attribution.
 */
import type { Modality, Participant, Quote } from '../../analysis/contract.js';
import { span, trimRange, type Span } from '../../spans.js';
import { entitiesOf, hasSubject, impliedPlace, participants, type ArgContext } from './arguments.js';
import type { Candidate } from './candidate.js';
import { clauseOf, type Clause } from './clauses.js';
import { cleftFocus, compoundParties, conditionalSubjects, dropReporter, hasObject, resolutionAct } from './constructions.js';
import { after, aheadOfAct, pickDate } from './dates.js';
import { roleFor } from './frames.js';
import { gatherArgs, type TriggerSite } from './gather.js';
import type { Trigger } from './lexicon.js';
import { mood, pastTense } from './modality.js';
import { narrativeDate } from './narrative.js';
import type { Phrase } from './phrases.js';
import { relativeClause, verbGroupEnd } from './predicates.js';
import { inheritSubject } from './subjects.js';
import { usage, type Usage } from './usage.js';
import type { DocView, Parsed } from './view.js';

const DISTRIBUTIVE = /それぞれ|各々|個別に|別々に/;
/** Acts done by saying them: their non-past is the present act, not a plan. */
const PERFORMATIVE: ReadonlySet<string> = new Set(['accusation', 'statement', 'threat', 'commitment']);
/** Where a going (出発, 到着, 向かう) is a visit: a country, a city, a region — not a station or a building. */
const PLACE: ReadonlySet<string> = new Set(['GPE', 'LOC']);
/** Who can visit, and who can act as the head of a relative clause. */
const AGENTS: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
/** Acts done to people, whom an announcement about them names (AとBの2人について解任を発表した). */
const ON_PEOPLE: ReadonlySet<string> = new Set(['arrest', 'trial', 'dismissal', 'investigation']);
const HEARSAY = /(という|とされる|とされている|と伝えた|と報じた|と伝えられる|と報じられた)。?$/;

/** What the sentence loop knows beyond the trigger itself. */
export interface SentenceContext {
  index: number;
  /** Items where a trigger starts. */
  triggerStarts: ReadonlySet<number>;
  /** Whether a directed trigger stands among items [from, to]. */
  directedIn: (from: number, to: number) => boolean;
}

/** The candidate event of trigger `trig` at items [first, j) of sentence `s`, or null when it states none. */
export function candidate(view: DocView, s: Parsed, trigger: Trigger, first: number, j: number, sc: SentenceContext, given?: Usage): Candidate | null {
  const { index, triggerStarts, directedIn } = sc;
  const { text } = view;
  const { items, list, cls, title } = s;
  let trig = trigger;
  let type = trig.type!;
  const at = items[first]!.start;
  const c = clauseOf(cls, first);
  const clause = cls[c]!;
  const own = list.find((p) => p.first <= first && first <= p.last) ?? null;
  const ownStart = own ? own.start : at;
  const objectBefore = list.some((p) => p.marker === 'acc' && p.markerEnd === ownStart);
  const u = given ?? usage(text, items, first, j, clause.last, objectBefore, title, trig.frame === 'symmetric' || type === 'election', type);
  if (!u) return null;
  const m = mood(text, items, cls, c, u.predFrom, u.forced, title, first, PERFORMATIVE.has(type));
  if (m === 'request') return null;
  const quote = s.quoteAt(at);
  const speaker = quote?.speaker ? view.entities.get(quote.speaker) ?? null : null;
  const ctx: ArgContext = { text, mentions: view.mentions, speaker };
  // XはYに対し、…するよう呼びかけた: the addressee set off by its comma is the speech verb's, even where the words
  // reported after it were read as starting before it.
  const addressee = (p: Phrase) => {
    const q = s.quoteAt(p.start);
    return quote === null && q !== null && q.kind === 'indirect' && q.content.end <= at && p.marker === 'tgt' && text[p.markerEnd] === '、';
  };
  const sameRegion = (p: Phrase) => s.quoteAt(p.start) === quote || addressee(p);
  const named = (p: Phrase) => entitiesOf(p, ctx).length > 0;
  const site: TriggerSite = {
    at, first, end: j, own, clauseStart: clause.start, frame: trig.frame, selfSubject: u.selfSubject ?? false, passive: u.passive,
    predEnd: verbGroupEnd(items, u.predFrom),
    chained: clause.continues && (!quote || clause.end <= quote.content.end),
    personal: type === 'arrest' || type === 'trial',
    onPeople: ON_PEOPLE.has(type),
    objects: trig.objects,
  };
  // 主張を退けた is no ruling: a verb that rules only on a filing or hands down a sentence needs one.
  if (!hasObject(trig, list, site, text)) return null;
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
  // ロシアによる夜間の攻撃で…死亡した: the named actor is the act's only subject.
  const agent = u.agent === undefined ? undefined : list.find((p) => p.first <= u.agent! && u.agent! <= p.last);
  if (agent) {
    for (let k = args.length - 1; k >= 0; k--) if (args[k]!.phrase === agent || args[k]!.case === 'subj') args.splice(k, 1);
    args.push({ phrase: agent, case: 'subj' });
  }
  // クーデターを起こしたのは、…民主改革評議会: a cleft names who did an event the article has told already.
  const focus = !hasSubject(args) && !site.selfSubject && rel === null ? cleftFocus(text, items, list, site.predEnd, s.sentence.end, named) : null;
  // …参加するのは、日本、中国、韓国: every member of the focus's list.
  if (focus) for (const p of list) if (p.group === focus.group && !p.modifier) args.push({ phrase: p, case: 'subj' });
  const ownSubject = hasSubject(args) || rel !== null || clause.alleged === true || agent !== undefined;
  // The running topic is no subject for a passive (…と推薦される) or a setting (選挙では).
  const topical = !u.passive && !u.setting;
  const announcer = !ownSubject && !site.selfSubject ? inheritSubject(view, s, site, args, quote, speaker, topical) : null;
  // …を解任し、…調査している: the object of a chained directed act carries over.
  if (trig.frame === 'directed' && !args.some((a) => a.case === 'acc' || a.case === 'tgt') && c > 0 && cls[c - 1]!.continues && directedIn(cls[c - 1]!.first, cls[c - 1]!.last)) {
    const prev = cls[c - 1]!;
    for (const p of list) if (p.start >= prev.start && p.end <= prev.end && p.groupCase === 'acc' && !p.modifier && sameRegion(p)) args.push({ phrase: p, case: 'acc' });
  }
  // 推薦決議を採択した: a body that adopts a resolution of an act does that act (recommends, condemns, sanctions).
  const act = type === 'legislation' ? resolutionAct(view.lex, items, args) : null;
  if (act) {
    trig = act;
    type = act.type!;
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
  // 中国・上海の関係者5人を拘束: people are arrested and tried, not the places that describe them.
  if (site.personal) {
    for (let k = parts.length - 1; k >= 0; k--) {
      const t = parts[k]!.entity ? view.entities.get(parts[k]!.entity!)?.type : undefined;
      if (parts[k]!.role === 'target' && (t === 'GPE' || t === 'LOC' || t === 'FAC')) parts.splice(k, 1);
    }
  }
  // 安保理が…すれば、…対抗手段をとる: a threat is aimed at whoever the condition names.
  if (type === 'threat' && !parts.some((p) => p.role === 'target')) {
    for (const p of conditionalSubjects(list, items, first, sameRegion)) {
      for (const e of entitiesOf(p, ctx)) if (!parts.some((q) => q.entity === e.id)) parts.push({ entity: e.id, role: 'target', text: p.text });
    }
  }
  const place = impliedPlace(trig.implied, ctx);
  if (place && !parts.some((p) => p.role === 'target')) parts.push(place);
  // 招く with no one invited is "to cause" (混乱を招いた), no invitation.
  if (type === 'invitation' && !parts.some((p) => p.role === 'target')) return null;
  if (trig.needsTarget && !parts.some((p) => p.role === 'target' && p.entity && (trig.frame !== 'motion' || PLACE.has(view.entities.get(p.entity)?.type ?? 'ORG')))) return null;
  // A visit needs a visitor: a person, a body or a country (not a station that moved, not a tank).
  if (trig.frame === 'motion' && !parts.some((p) => p.role === 'source' && (!p.entity || AGENTS.has(view.entities.get(p.entity)?.type ?? 'PERSON')))) return null;
  const evidence = evidenceOf(text, clause, quote);
  const quantities: number[] = [];
  view.quantities.forEach((q, k) => {
    if (q.start >= evidence.start && q.end <= evidence.end) quantities.push(k);
  });
  const skip = new Set<string>();
  if (type === 'commitment' || type === 'trade') for (const k of quantities) if (view.quantities[k]!.period) skip.add(view.quantities[k]!.period!);
  // Times quoted inside someone's words do not date an event told outside them.
  let times = quote ? s.times : s.times.filter((t) => !s.quoteAt(t.start));
  // 今四半期に…を購入すると約束した: a time the promise is about does not date the promise.
  if (type === 'commitment' || trig.word === '表明') times = times.filter((t) => !/^(に|まで)/.test(text.slice(t.end, t.end + 2)) || t.start > at);
  // 来年の再会で合意した: an act told as done was done by the time of writing; a time ahead of it is when what it is
  // about happens, so it does not date the act, and no time makes it a plan.
  const done = (m === 'asserted' || m === 'negated') && pastTense(items, u.predFrom);
  if (done) times = times.filter((t) => !aheadOfAct(t, view.published));
  // An event told in a relative clause (声明があった翌日の22日) is not dated by what follows it; the rest of the
  // sentence dates a clause that shares its subject (2月4日、…会談を行い、…招待した), not one with a subject of its
  // own (昨年合意された…であり、中国は…購入を増やす).
  const chainStart = c > 0 && cls[c - 1]!.continues ? cls[c - 1]!.start : Infinity;
  let { date, own: ownDate } = pickDate(times, {
    text, items, at, clauseStart: clause.start, clauseEnd: clause.end, after: rel === null,
    sentenceWide: !(ownSubject && c > 0), skip, chainStart,
  });
  if (!date && !ownDate && !title) {
    // A speech act, or what someone's words do (a threat, a promise), is the speaker's: it can continue his last
    // dated speech.
    const speaks = type === 'statement' ? parts.find((p) => p.role === 'source' && p.entity)?.entity ?? null : quote && PERFORMATIVE.has(type) ? quote.speaker : null;
    // An agreement of the parties of the last meeting can be of that meeting.
    const agreeing = type === 'agreement' && !quote ? parts.filter((p) => p.role === 'participant' && p.entity).map((p) => p.entity!) : [];
    date = narrativeDate(view, s, { at, clauseStart: clause.start, chainStart, own: u.verbal ? null : own, speaker: speaks, agreeing, done });
    ownDate = date !== null;
  }
  // An event dated after the article appeared is still to come (大統領が来月ワシントンを訪問し、…と発表した).
  const future = !done && date !== null && view.published !== null && after(date, view.published) && (m === 'asserted' || m === 'reported');
  const { modality, attributedTo } = attribution(view, s, at, quote, future ? 'planned' : m === 'asserted' && clause.alleged ? 'reported' : m, ctx);
  return {
    type, frame: trig.frame, vehicle: trig.vehicle, word: trig.word, at, item: first, head: u.head ?? -1, clause: c,
    sentence: index, title, participants: parts, date, ownDate, modality, attributedTo,
    quoted: quote !== null, quantities, evidence,
    distributive: DISTRIBUTIVE.test(text.slice(clause.start, clause.end)), subjects: subjectIds,
    reacts: null,
    identifies: focus !== null,
    subjectSide: subjectIds.length > 0 || announcer !== null || args.some((a) => a.case === 'subj' || a.case === 'agt' || a.case === 'gen'),
  };
}


/** The evidence: the trigger's clause (inside the quote when it stands in one), without its closing punctuation. */
function evidenceOf(text: string, clause: Clause, quote: Quote | null): Span {
  const ev = trimRange(text, quote ? Math.max(clause.start, quote.content.start) : clause.start, quote ? Math.min(clause.end, quote.content.end) : clause.end);
  let end = ev.end;
  while (end > ev.start && /[、。]/.test(text[end - 1]!)) end--;
  return span(text, ev.start, end);
}

/**
 * Reported speech: inside a quote (its speaker), under Xによると (X), or ending in という / とされる (nobody named).
 * A negated, hypothetical or planned event keeps that modality; only an asserted one becomes `reported`.
 */
function attribution(view: DocView, s: Parsed, at: number, quote: Quote | null, m: Modality, ctx: ArgContext): { modality: Modality; attributedTo: string | null } {
  const report = quote ?? s.reportAt(at);
  const attr = s.list.find((p) => p.marker === 'attr' && p.start < at);
  const reported = m === 'asserted' ? 'reported' : m;
  if (report) return { modality: reported, attributedTo: report.speaker };
  if (attr) return { modality: reported, attributedTo: entitiesOf(attr, ctx)[0]?.id ?? null };
  if (HEARSAY.test(view.text.slice(s.sentence.start, s.sentence.end))) return { modality: reported, attributedTo: null };
  return { modality: m, attributedTo: null };
}
