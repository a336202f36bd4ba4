/**
 * Writes one article's events, merging each with a stored event that is the same happening: same type, the same
 * actors (after entity merging; roles ignored for symmetric types such as a call), and dates that can overlap.
 * The merged event keeps every reporting article with its own evidence span, modality and stated date.
 */
import type { EventRecord, EventType } from '../analysis/contract.js';
import { dayRange, rangesOverlap, reportedWindow, type DayRange, within } from './date-range.js';
import { normName } from './keys.js';
import { insertMany, type SqlDb } from './sql.js';
import type { EntityRef, EntityResolver } from './write-entities.js';

/** Types whose sides are interchangeable: A called B is B called A. */
const SYMMETRIC: ReadonlySet<EventType> = new Set<EventType>(['call', 'meeting', 'agreement']);
/** Roles that say who took part; locations and items vary between reports of one happening. */
const ACTOR_ROLES: ReadonlySet<string> = new Set(['source', 'target', 'participant']);

interface ResolvedParticipant {
  ref: EntityRef | null;
  role: string;
  text: string;
}

/** The actors of an event as one comparable string, or null when it names none (such events are never merged). */
export function eventSignature(type: EventType, participants: readonly ResolvedParticipant[]): string | null {
  const parts = new Set<string>();
  for (const p of participants) {
    if (!ACTOR_ROLES.has(p.role)) continue;
    const role = SYMMETRIC.has(type) ? 'participant' : p.role;
    const who = p.ref ? `#${p.ref.canonical}` : `"${normName(p.text)}`;
    parts.add(`${role}:${who}`);
  }
  return parts.size ? [...parts].sort().join('|') : null;
}

interface Candidate {
  id: number;
  date_value: string | null;
  day_from: string | null;
  day_to: string | null;
}

/** Writes the events of one document, merging where they match; `published` is the article's date. */
export async function writeEvents(
  tx: SqlDb, doc: number, docId: string, events: readonly EventRecord[], published: string | null, entities: EntityResolver, now: string,
): Promise<void> {
  const prepared = [];
  for (const event of events) {
    const participants: ResolvedParticipant[] = [];
    for (const p of event.participants) participants.push({ ref: entities.resolve(p.entity), role: p.role, text: p.text });
    const attributed = entities.resolve(event.attributed_to);
    const sig = eventSignature(event.type, participants) ?? `unique:${docId}:${event.id}`;
    prepared.push({ event, participants, attributed, sig, window: reportedWindow(event.date?.value ?? null, published) });
  }
  // One lock order for every writer: by type and signature.
  prepared.sort((a, b) => (a.event.type + a.sig < b.event.type + b.sig ? -1 : a.event.type + a.sig > b.event.type + b.sig ? 1 : 0));
  for (const { event, participants, attributed, sig, window } of prepared) {
    if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(hashtext(?))', [`event:${event.type}:${sig}`]);
    const match = window ? await findMatch(tx, event.type, sig, window) : null;
    let eventId: number;
    if (match) {
      eventId = match.id;
      await refineDate(tx, match, event, window!);
      await tx.run('INSERT INTO merges (kind, rule, target, doc, local_id, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
        'event', 'same-happening', eventId, doc, event.id, now,
      ]);
    } else {
      const stated = dayRange(event.date?.value);
      const range = stated ?? window;
      const row = await tx.get<{ id: number }>(
        `INSERT INTO events (type, plover, sig, date_value, date_precision, day_from, day_to, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [event.type, event.plover, sig, event.date?.value ?? null, event.date?.precision ?? null, range?.from ?? null, range?.to ?? null, now],
      );
      eventId = row!.id;
      await insertMany(tx, 'event_participants', ['event', 'entity', 'role', 'text'],
        participants.map((p) => [eventId, p.ref?.id ?? null, p.role, p.text]));
    }
    await tx.run(
      `INSERT INTO event_sources (event, doc, local_id, modality, attributed_to, date_value, date_precision, quantities, start_off, end_off, text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [eventId, doc, event.id, event.modality, attributed?.id ?? null, event.date?.value ?? null, event.date?.precision ?? null,
        JSON.stringify(event.quantities), event.evidence.start, event.evidence.end, event.evidence.text],
    );
  }
}

async function findMatch(tx: SqlDb, type: string, sig: string, window: DayRange): Promise<Candidate | null> {
  const rows = await tx.all<Candidate>(
    'SELECT id, date_value, day_from, day_to FROM events WHERE type = ? AND sig = ? AND day_from IS NOT NULL ORDER BY id',
    [type, sig],
  );
  return rows.find((c) => rangesOverlap(window, { from: c.day_from!, to: c.day_to! })) ?? null;
}

/**
 * A later report can date the happening more precisely (a day inside a stored month) or, undated, widen the
 * window in which it is known to have happened.
 */
async function refineDate(tx: SqlDb, match: Candidate, event: EventRecord, window: DayRange): Promise<void> {
  const stated = dayRange(event.date?.value);
  const current = { from: match.day_from!, to: match.day_to! };
  if (stated) {
    const narrower = match.date_value === null || (within(stated, current) && (stated.from !== current.from || stated.to !== current.to));
    if (narrower) {
      await tx.run('UPDATE events SET date_value = ?, date_precision = ?, day_from = ?, day_to = ? WHERE id = ?', [
        event.date!.value, event.date!.precision, stated.from, stated.to, match.id,
      ]);
    }
  } else if (match.date_value === null) {
    const from = window.from < current.from ? window.from : current.from;
    const to = window.to > current.to ? window.to : current.to;
    await tx.run('UPDATE events SET day_from = ?, day_to = ? WHERE id = ?', [from, to, match.id]);
  }
}
