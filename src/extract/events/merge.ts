/**
 * The article-wide pass over all sentences' candidates: a symmetric event stated with それぞれ becomes one record
 * per dyad; a partial one (a call with one side named) joins the complete record it belongs to or is dropped; an
 * event stated twice (headline and body, or again later) is one record (same type — a call and a meeting count as
 * one contact —, the same parties, compatible dates and polarity); a headline's summary of several dyads that the
 * body states one by one is dropped; an event with no entity among its parties is no record at all.
 */
import type { EventType, Participant } from '../../analysis/contract.js';
import { actors, parties, type Candidate } from './candidate.js';
import { datesFit, identify, joinPledged, sameSides, withRole } from './restatements.js';
import { SELF_ONLY, type SameSide } from './sides.js';

const SYMMETRIC: ReadonlySet<EventType> = new Set<EventType>(['call', 'meeting', 'agreement']);

function group(t: EventType): string {
  return t === 'call' || t === 'meeting' ? 'contact' : t;
}

/**
 * Whether one body sentence tells of an event as done and another of one still to come, dated later (met …; will
 * meet in May). A plan dated as the deed (推薦することを決定 … 推薦決議を採択, the same day) is the same event.
 */
function doneAndToCome(a: Candidate, b: Candidate): boolean {
  const done = (c: Candidate) => c.modality === 'asserted' || c.modality === 'reported';
  const later = (plan: Candidate, deed: Candidate) => plan.date !== null && (deed.date === null || deed.date.value < plan.date.value);
  if (a.title || b.title) return false;
  return (done(a) && b.modality === 'planned' && later(b, a)) || (a.modality === 'planned' && done(b) && later(a, b));
}

function fits(a: Candidate, b: Candidate): boolean {
  return group(a.type) === group(b.type) && datesFit(a.date, b.date) && (a.modality === 'negated') === (b.modality === 'negated') && !doneAndToCome(a, b);
}

function subset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.includes(x));
}

function partyCount(c: Candidate): number {
  return c.participants.filter((p) => p.role !== 'location' && p.role !== 'item').length;
}

function key(c: Candidate): string[] {
  const p = parties(c);
  return p.length ? p : actors(c);
}

/**
 * Whether `b` states the same event as `a`: same parties; or one names a single party the other also names; or
 * (for directed events) one's parties are the other's with no role reversed, or both have the same actor and one
 * names no target yet (…を断絶すると明らかにした after 北朝鮮、韓国との関係断絶を宣言).
 */
function sameEvent(a: Candidate, b: Candidate, same: SameSide): boolean {
  if (!fits(a, b)) return false;
  const x = key(a);
  const y = key(b);
  // Whoever one record has acting, the other has acted upon: a reaction (インドは国王の声明を歓迎) or a retaliation
  // (米国の対中関税, then 中国の報復関税), not a restatement.
  const reversed = !SYMMETRIC.has(a.type) && (withRole(a, 'source').some((id) => withRole(b, 'target').includes(id)) || withRole(b, 'source').some((id) => withRole(a, 'target').includes(id)));
  // with the same parties, only a directed act reversed is another event (who wins an election is told either way)
  if (reversed && a.frame === 'directed' && b.frame === 'directed') return false;
  if (x.length === y.length && subset(x, y)) return true;
  if (reversed) return false;
  const [small, big] = x.length < y.length ? [x, y] : [y, x];
  if (small.length === 1 && subset(small, big)) return true;
  if (SYMMETRIC.has(a.type)) return false;
  if (small.length && subset(small, big)) return true;
  const shared = withRole(a, 'source').some((id) => withRole(b, 'source').includes(id));
  if (shared && (!withRole(a, 'target').length || !withRole(b, 'target').length)) return true;
  return a.type === b.type && sameSides(a, b, same);
}

/** Copies what `from` adds to `into`: participants, a more precise date, amounts, an attribution. */
function fold(into: Candidate, from: Candidate): void {
  if (into.type !== from.type && from.date && !into.date) into.type = from.type;
  for (const p of from.participants) {
    const same = into.participants.find((q: Participant) => (p.entity ? q.entity === p.entity : q.entity === null && q.text === p.text));
    if (!same) into.participants.push({ ...p });
    else if (same.role === 'participant' && p.role !== 'participant' && p.role !== 'location') same.role = p.role;
  }
  if (from.date && (!into.date || from.date.value.length > into.date.value.length)) into.date = from.date;
  for (const k of from.quantities) if (!into.quantities.includes(k)) into.quantities.push(k);
  if (into.title && !from.title) {
    into.title = false;
    into.evidence = from.evidence;
    into.modality = from.modality;
    into.at = from.at;
    into.type = from.type;
    into.attributedTo = from.attributedTo;
  }
}

/**
 * AはBと会談し、…で一致した: a symmetric event that names only some of the parties of the symmetric event told just
 * before it in the same sentence (the clause chained to it) is between the same parties.
 */
function shareChainedSides(list: readonly Candidate[]): void {
  for (const c of list) {
    if (!SYMMETRIC.has(c.type) || partyCount(c) >= 2 || c.title) continue;
    const before = list.filter((k) => k !== c && k.sentence === c.sentence && k.at < c.at && SYMMETRIC.has(k.type)).pop();
    if (!before || before.type === c.type || partyCount(before) < 2 || !subset(parties(c), parties(before))) continue;
    for (const p of before.participants) {
      if (p.role === 'participant' && p.entity && !c.participants.some((q) => q.entity === p.entity)) c.participants.push({ ...p });
    }
    c.subjectSide ||= before.subjectSide;
  }
}

/** One record per dyad for symmetric events with several counterparts each met on its own (それぞれ). */
function splitDyads(list: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const others = parties(c).filter((id) => !c.subjects.includes(id));
    if (!SYMMETRIC.has(c.type) || !c.distributive || !c.subjects.length || others.length < 2) {
      out.push(c);
      continue;
    }
    for (const other of others) {
      const keep = c.participants.filter((p) => p.entity === other || (p.entity && c.subjects.includes(p.entity)) || p.role === 'location');
      out.push({ ...c, participants: keep.map((p) => ({ ...p })), quantities: [...c.quantities] });
    }
  }
  return out;
}

/** The merged records of an article, in text order (headline first). */
export function mergeCandidates(all: readonly Candidate[], same: SameSide = SELF_ONLY): Candidate[] {
  const list = splitDyads(identify(all).filter((c) => actors(c).length > 0));
  shareChainedSides(list);
  // A symmetric event needs both sides, a visit somewhere to go, any other act someone who acts or is acted on
  // (a headline's 台湾海峡で大規模演習 names only a place); otherwise it only completes another record.
  const complete = (c: Candidate) => {
    if (c.type === 'visit') return c.participants.some((p) => p.role === 'target');
    if (SYMMETRIC.has(c.type)) return partyCount(c) >= 2 && c.subjectSide;
    return c.type === 'disaster' || parties(c).length > 0 || !list.some((o) => o !== c && o.type === c.type && parties(o).length > 0);
  };
  const kept: Candidate[] = [];
  for (const c of list.filter(complete)) {
    const home = kept.find((k) => sameEvent(k, c, same));
    if (home) fold(home, c);
    else kept.push({ ...c, participants: c.participants.map((p) => ({ ...p })), quantities: [...c.quantities] });
  }
  for (const c of list.filter((x) => !complete(x))) {
    const own = parties(c);
    const homes = kept.filter((k) => fits(k, c) && (own.length > 0 ? subset(own, parties(k)) : !SYMMETRIC.has(c.type)));
    const near = homes.filter((k) => k.sentence === c.sentence && k.at < c.at).pop();
    // …陸軍によるクーデター: among several homes, the one told with the same word.
    const worded = homes.filter((k) => k.word === c.word);
    const home = near ?? (homes.length === 1 ? homes[0] : worded.length === 1 ? worded[0] : undefined);
    if (home) fold(home, { ...c, participants: c.participants.filter((p) => p.role === 'location'), title: home.title });
  }
  const out = dropSummaries(kept).sort((a, b) => a.evidence.start - b.evidence.start || a.at - b.at);
  resolveReactions(out);
  // Reactions know whom they target only now (…民主党は批判 / 鳩山幹事長は…今回の辞任を批判).
  const merged: Candidate[] = [];
  for (const r of out) {
    const home = merged.find((k) => k.type === r.type && fits(k, r) && sameSides(k, r, same));
    if (home) fold(home, r);
    else merged.push(r);
  }
  return joinPledged(merged, same);
}

/**
 * A reaction to an earlier event (…辞任表明を受け、…と批判) targets that event's actor; a vote on it (上院が就任を
 * 承認すれば) the one it is done to.
 */
function resolveReactions(list: Candidate[]): void {
  list.forEach((r, k) => {
    if (!r.reacts || r.participants.some((p) => p.role === 'target')) return;
    const before = list.slice(0, k).filter((e) => e.type === r.reacts).pop();
    // The one who acted (a resignation's resigner, a visit's visitor), never whoever it was done to — but for a vote.
    const actor = r.type === 'legislation'
      ? before?.participants.find((p) => p.entity && p.role === 'target')
      : before?.participants.find((p) => p.entity && (p.role === 'source' || p.role === 'participant'));
    if (actor && !r.participants.some((p) => p.entity === actor.entity)) r.participants.push({ ...actor, role: 'target' });
  });
}

/** Drops a record whose parties are exactly the union of two or more narrower records of the same event. */
function dropSummaries(list: Candidate[]): Candidate[] {
  return list.filter((r) => {
    const own = parties(r);
    if (own.length < 3) return true;
    const parts = list.filter((s) => s !== r && fits(s, r) && parties(s).length >= 2 && parties(s).length < own.length && subset(parties(s), own));
    if (parts.length < 2) return true;
    const covered = new Set(parts.flatMap((s) => parties(s)));
    return !own.every((id) => covered.has(id));
  });
}
