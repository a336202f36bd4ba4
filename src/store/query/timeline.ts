/**
 * A timeline: for each day, how many articles were published (about an entity, or at all) and which events
 * happened, so a client can draw both the coverage and the happenings.
 */
import { placeholders, type Param } from '../sql.js';
import type { Store } from '../store.js';
import { eventsById, type EventView } from './events.js';
import { findEntities, members } from './refs.js';

export interface TimelineFilter {
  /** Limit to one entity (name, key or #id). */
  entity?: string;
  from?: string;
  to?: string;
  /** Most events to include (default 500). */
  limit?: number;
}

export interface TimelineDay {
  date: string;
  documents: number;
  events: EventView[];
}

/** Days in order, each with its article count and the events dated to it (by their first possible day). */
export async function timeline(store: Store, filter: TimelineFilter = {}): Promise<TimelineDay[]> {
  const db = store.db;
  let ids: number[] | null = null;
  if (filter.entity) {
    ids = await members(db, (await findEntities(db, filter.entity, { limit: 50 })).map((e) => e.id));
    if (ids.length === 0) return [];
  }
  const docWhere: string[] = ['d.published IS NOT NULL'];
  const docParams: Param[] = [];
  const evWhere: string[] = ['ev.day_from IS NOT NULL'];
  const evParams: Param[] = [];
  if (ids) {
    docWhere.push(`d.seq IN (SELECT doc FROM doc_entities WHERE entity IN (${placeholders(ids.length)}))`);
    docParams.push(...ids);
    evWhere.push(`ev.id IN (SELECT event FROM event_participants WHERE entity IN (${placeholders(ids.length)}))`);
    evParams.push(...ids);
  }
  if (filter.from) {
    docWhere.push('d.published >= ?');
    docParams.push(filter.from);
    evWhere.push('ev.day_to >= ?');
    evParams.push(filter.from);
  }
  if (filter.to) {
    docWhere.push('d.published <= ?');
    docParams.push(`${filter.to}\uffff`);
    evWhere.push('ev.day_from <= ?');
    evParams.push(filter.to);
  }
  const docs = await db.all<{ day: string; n: number }>(
    `SELECT SUBSTR(d.published, 1, 10) AS day, COUNT(*) AS n FROM documents d WHERE ${docWhere.join(' AND ')} GROUP BY SUBSTR(d.published, 1, 10)`,
    docParams,
  );
  const evRows = await db.all<{ id: number; day_from: string }>(
    `SELECT ev.id, ev.day_from FROM events ev WHERE ${evWhere.join(' AND ')} ORDER BY ev.day_from, ev.id LIMIT ?`,
    [...evParams, filter.limit ?? 500],
  );
  const views = new Map((await eventsById(db, evRows.map((r) => r.id))).map((v) => [v.id, v]));
  const days = new Map<string, TimelineDay>();
  const day = (date: string) => {
    let d = days.get(date);
    if (!d) days.set(date, (d = { date, documents: 0, events: [] }));
    return d;
  };
  for (const r of docs) day(r.day).documents = Number(r.n);
  for (const r of evRows) {
    const v = views.get(r.id);
    if (v) day(r.day_from).events.push(v);
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
