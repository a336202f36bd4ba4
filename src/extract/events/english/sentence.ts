/**
 * One English sentence's candidate events: each trigger site with its participants (subject, object and
 * prepositional phrases through the shared case frames), date, modality, attribution, amounts and evidence.
 */
import { governmentsForCapitals } from './metonymy.js';
import { wireLeadLength } from '../../../text/wire-lead.js';
import type { Entity, Participant, Quantity, Quote, Sentence, TimeExpression } from '../../../analysis/contract.js';
import { span, trimRange } from '../../../spans.js';
import type { Candidate } from '../candidate.js';
import { after } from '../dates.js';
import { roleFor, type Case } from '../frames.js';
import type { MentionRef } from '../items.js';
import { objectArgs, subjectArgs, type ArgEnv, type EnArg } from './arguments.js';
import { englishDate } from './dates.js';
import type { EnglishLexicon } from './lexicon.js';
import { englishMood, requested } from './modality.js';
import { referents } from './references.js';
import { supportAt, triggerSites, type Site } from './triggers.js';
import { englishClauses, englishWords, type EnClause } from './words.js';

/** What every sentence of one English article shares. */
export interface EnView {
  text: string;
  mentions: readonly MentionRef[];
  quotes: readonly Quote[];
  times: readonly TimeExpression[];
  quantities: readonly Quantity[];
  published: string | null;
  lex: EnglishLexicon;
  /** The last person named as a subject (he, she). */
  lastPerson: Entity | null;
  /** Ids of the article's entities (a capital acts as its country only when the article names the country). */
  known: ReadonlySet<string>;
}

const AUX = /^(?:has|have|had|will|would|'ll|may|might|could|can|should|shall|must|is|are|was|were|be|been|being|did|does|do|not|n't|never|also|then|later|reportedly|allegedly|formally|officially|jointly|already|again|recently|to|plans?|planned|planning|intends?|aims?|expected|set|due|scheduled|going|refused|declined|failed|agreed|decided|sought|seeks?|hopes?|wants?|ready|prepared|preparing|preparing|ordered|no|longer|still|finally|separately|each|both|yet|just|abruptly)$/;
const BE = /^(?:is|are|was|were|be|been|being|got|get|gets)$/;
const PHONE = /\b(?:phone|telephone|video call|video link)\b/i;
const PLACES: ReadonlySet<string> = new Set(['GPE', 'LOC', 'FAC']);
const AGENTS: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const PERFORMATIVE: ReadonlySet<string> = new Set(['accusation', 'statement', 'threat', 'commitment']);

/** The candidate events of sentence `s` (index `index` among the article's sentences). */
export function englishSentenceEvents(view: EnView, s: Sentence, index: number): Candidate[] {
  const { text, lex } = view;
  const title = s.section === 'title';
  // the wire lead (SEOUL, March 3 (Reuters) -) places the dispatch: no word of it is a party
  const words = englishWords(text, s.start + wireLeadLength(text, s.start, s.end), s.end, view.mentions);
  if (!words.length) return [];
  const quotes = view.quotes.filter((q) => q.content.start >= s.start && q.content.end <= s.end);
  const verbAt = (k: number) => {
    const w = words[k];
    if (!w || w.mention) return false;
    const e = lex.byFirst.get(w.lower)?.some((t) => t.form !== 'noun' && t.form !== 'base');
    return e === true || supportAt(lex, words, k) !== null && /ed$|^(?:held|met|made|sent|gave|began|struck|won)$/.test(w.lower) || /^[a-z]{3,}ed$/.test(w.lower);
  };
  const cls = englishClauses(words, quotes, verbAt);
  const clauseOf = (k: number) => cls.findIndex((c) => c.from <= k && k < c.to);
  const reach = (k: number) => {
    const c = clauseOf(k);
    const next = cls[c + 1];
    return next && next.link === 'quote' && next.from - k <= 3 ? next.to : cls[c]!.to;
  };
  const sites = triggerSites(lex, text, words, title, (k) => cls[clauseOf(k)]!.from, reach);
  const timeWords = new Set<number>();
  words.forEach((w, k) => {
    if (view.times.some((t) => w.start >= t.start && w.end <= t.end)) timeWords.add(k);
  });
  const quoteAt = (pos: number) => quotes.find((q) => q.content.start <= pos && pos < q.content.end) ?? null;
  const env: ArgEnv = {
    words, text, isTime: (k) => timeWords.has(k), isVerb: verbAt,
    refer: (k) => referents(view, words, k, quoteAt(words[k]!.start)),
  };
  const subjects = new Map<number, EnArg[]>();
  const out: Candidate[] = [];
  for (const site of sites) {
    const made = candidate(view, s, index, env, cls, clauseOf(site.at), site, subjects, quoteAt);
    if (made) out.push(made);
  }
  for (const args of subjects.values()) {
    const person = args.find((a) => a.entity?.type === 'PERSON');
    if (person) view.lastPerson = person.entity;
  }
  return out;
}

function candidate(view: EnView, s: Sentence, index: number, env: ArgEnv, cls: readonly EnClause[], c: number, site: Site,
  subjects: Map<number, EnArg[]>, quoteAt: (pos: number) => Quote | null): Candidate | null {
  const { text } = view;
  const { words } = env;
  const { trigger } = site;
  let type = trigger.type;
  const frame = trigger.frame;
  const clause = cls[c]!;
  const title = s.section === 'title';
  const at = words[site.at]!.start;
  // The verb group: the verb (or the support verb) and the auxiliaries and adverbs before it.
  const verb = site.verb >= 0 ? site.verb : site.at;
  let g = verb;
  while (g > clause.from && AUX.test(words[g - 1]!.lower) && !env.isTime(g - 1)) g--;
  const passive = !site.noun && (trigger.form === 'pp') && words.slice(g, verb).some((w) => BE.test(w.lower));
  const args: EnArg[] = [];
  if (site.happenedEnd >= 0 && !title) {
    // China's drills near Taiwan began …: the names right before the noun are its owners.
    let k = site.at;
    while (k > clause.from && !env.isVerb(k - 1) && !/^(?:,|on|in|to|with|after|before|that|said)$/.test(words[k - 1]!.lower)) k--;
    for (const a of subjectArgs(env, k, site.at)) args.push({ ...a, case: 'gen' });
  } else {
    let subj = subjectArgs(env, clause.from, g);
    // …and signed a deal / after meeting Putin: a clause without a subject shares the one before it.
    if (!subj.some((a) => a.case === 'subj') && clause.link !== 'none' && clause.link !== 'quote') {
      for (let p = c - 1; p >= 0 && !subj.some((a) => a.case === 'subj'); p--) subj = [...subj, ...(subjects.get(p) ?? [])];
    }
    if (!subjects.has(c)) subjects.set(c, subj.filter((a) => a.case === 'subj'));
    args.push(...subj);
    // Washington's sanctions, U.S. tariffs: names right before a performed noun are its owners.
    if (site.noun) {
      let k = site.at;
      while (k > verb + 1 && words[k - 1]!.lower !== ',') k--;
      for (const a of subjectArgs(env, k, site.at)) if (a.case === 'subj' && a.entity) args.push({ ...a, case: 'gen' });
    }
  }
  const vehicle = trigger.vehicle === 'pledge' || trigger.vehicle === 'warn';
  const end = vehicle ? Math.max(clause.to, reachOf(cls, c, site.at)) : clause.to;
  const from = site.end;
  const first: Case | null = site.noun ? null : frame === 'symmetric' ? 'com' : 'acc';
  const ofCase: Case | null = site.noun ? (frame === 'motion' ? 'gen' : 'acc') : frame === 'trade' || frame === 'pledge' ? 'acc' : null;
  const found = objectArgs(env, from, site.happenedEnd > site.end ? site.happenedEnd : end, first, ofCase, vehicle);
  // An earthquake struck Taiwan, talks took place in Beijing: what follows the verb of taking place.
  if (site.happenedEnd > site.end) found.push(...objectArgs(env, site.happenedEnd, end, 'acc', null, false));
  for (const a of found) {
    // A pledge names goods and whom it is made to (pledged to buy soybeans from the US, to support Ukraine).
    if (frame === 'pledge' && a.entity && !['COMMODITY', 'PRODUCT'].includes(a.entity.type) && a.case !== 'loc') args.push({ ...a, case: 'tgt' });
    else args.push(a);
  }
  if (type === 'meeting' && PHONE.test(text.slice(words[clause.from]!.start, words[end - 1]!.end))) type = 'call';
  const parts = participantsOf(args, type, frame, passive);
  // Exports from Black Sea ports: a sea or a port is where goods go from, not a counterpart.
  for (const p of parts) if (frame === 'trade' && p.role === 'target' && ['LOC', 'FAC'].includes(typeOf(args, p))) p.role = 'location';
  if (type === 'arrest' || type === 'trial') {
    // People are arrested and tried, not the places around them.
    for (let k = parts.length - 1; k >= 0; k--) if (parts[k]!.role === 'target' && PLACES.has(typeOf(args, parts[k]!))) parts.splice(k, 1);
  }
  if (type === 'invitation' && !parts.some((p) => p.role === 'target')) return null;
  if (trigger.needsTarget && !parts.some((p) => p.role === 'target' && p.entity && PLACES.has(typeOf(args, p)))) return null;
  if (frame === 'motion' && !parts.some((p) => p.role === 'source' && (!p.entity || AGENTS.has(typeOf(args, p))))) return null;
  governmentsForCapitals(parts, frame, view.known);
  // Evidence: the clause (and what a pledge or warning promises), inside the quote when it stands in one.
  const quote = quoteAt(at);
  const leadEnd = s.start + wireLeadLength(text, s.start, s.end); // BEIJING, March 3 (Reuters) - : the dispatch's place and date
  const evStart = Math.max(words[clause.from]!.start, leadEnd);
  const evEnd = words[end - 1]!.end;
  let ev = trimRange(text, quote ? Math.max(evStart, quote.content.start) : evStart, quote ? Math.min(evEnd, quote.content.end) : evEnd);
  let e = ev.end;
  while (e > ev.start && /[,.;:"“”]/.test(text[e - 1]!)) e--;
  ev = { start: ev.start, end: e };
  const evidence = span(text, ev.start, ev.end);
  const quantities: number[] = [];
  view.quantities.forEach((q, k) => {
    if (q.start >= evidence.start && q.end <= evidence.end) quantities.push(k);
  });
  const periods = new Set(quantities.map((k) => view.quantities[k]!.period).filter((p) => p !== null));
  const date = englishDate(view.times, view.quotes, {
    at, clauseStart: words[clause.from]!.start, clauseEnd: words[end - 1]!.end, sentenceStart: s.start, sentenceEnd: s.end,
    sentenceWide: c === 0 || !args.some((a) => a.case === 'subj') || clause.link === 'and', quote,
    // Pledged to buy … this quarter: the period promised does not date the promise.
    skip: (t) => periods.has(t.value) || (frame === 'pledge' && t.start > at) || t.end <= leadEnd, // the dispatch's date is no event's
  });
  const before = text.slice(words[g]?.start ?? at, at).toLowerCase();
  const infinitive = words[site.verb >= 0 ? site.verb - 1 : site.at - 1]?.lower === 'to';
  const rest = text.slice(words[site.end - 1]!.end, words[site.end - 1]!.end + 40);
  // Ukraine urged Japan to impose sanctions: asked for, not done.
  if (infinitive && requested(text.slice(s.start, at))) return null;
  let mood = englishMood(before, rest, title, infinitive);
  if (site.undone) mood = 'negated';
  let modality = mood;
  let attributedTo: string | null = null;
  if (quote) {
    if (quote.cue && /^den(?:y|ied|ies)/i.test(quote.cue.text)) modality = 'negated';
    else if (modality === 'asserted') modality = 'reported';
    attributedTo = quote.speaker;
  } else if (/\b(?:reportedly|allegedly)\b/i.test(text.slice(s.start, s.end)) && modality === 'asserted') modality = 'reported';
  // Dated after the article appeared: still to come — unless told in the past tense (imposed … on Friday).
  const told = site.verb >= 0 ? words[site.verb]!.lower : '';
  const past = site.verb >= 0 && (trigger.form === 'past' || trigger.form === 'pp' || /ed$|^(?:held|made|sent|gave|began|struck|won|met|paid)$/.test(told)) && !/\b(?:will|would|to)\b/.test(before);
  if (date && view.published && after(date, view.published) && !past && (modality === 'asserted' || modality === 'reported')) modality = 'planned';
  if (!title && !PERFORMATIVE.has(type) && trigger.form === 'base' && !infinitive && modality === 'asserted' && !/\b(?:did|does|do)\b/.test(before)) modality = 'planned';
  const subjectIds = args.filter((a) => a.case === 'subj' || a.case === 'gen').flatMap((a) => (a.entity ? [a.entity.id] : []));
  return {
    type, frame, vehicle: trigger.vehicle, word: trigger.word, at, item: site.at, head: site.verb, clause: c, sentence: index, title,
    participants: parts, date, ownDate: date !== null, modality, attributedTo, quoted: quote !== null, quantities, evidence,
    distributive: /\b(?:respectively|separately|each)\b/i.test(evidence.text), subjects: subjectIds, reacts: null, identifies: false,
    subjectSide: args.some((a) => a.case === 'subj' || a.case === 'gen') || /\bbetween\b/i.test(evidence.text),
  };
}

function participantsOf(args: readonly EnArg[], type: Candidate['type'], frame: Candidate['frame'], passive: boolean): Participant[] {
  const out: Participant[] = [];
  for (const a of args) {
    const role = roleFor(type, frame, a.case, passive, a.entity?.type ?? null);
    if (!role) continue;
    if (out.some((p) => (a.entity ? p.entity === a.entity.id : p.entity === null && p.text === a.text))) continue;
    out.push({ entity: a.entity?.id ?? null, role, text: a.text });
  }
  return out;
}

function typeOf(args: readonly EnArg[], p: Participant): string {
  return args.find((a) => a.entity && a.entity.id === p.entity)?.entity?.type ?? 'ORG';
}

function reachOf(cls: readonly EnClause[], c: number, k: number): number {
  const next = cls[c + 1];
  return next && next.link === 'quote' && next.from - k <= 3 ? next.to : cls[c]!.to;
}
