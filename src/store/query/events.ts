/**
 * Events across the corpus: each merged happening with its participants and every article that reports it,
 * filtered by type, actor and date range (a month-precise event matches any range it overlaps).
 */
import type { Span } from '../../spans.js';
import { placeholders, type Param, type SqlDb } from '../sql.js';
import type { Store } from '../store.js';
import { entityRefs, findEntities, members, type EntityRef } from './refs.js';

export interface EventFilter {
  type?: string;
  /** A name, key or #id: events where any entity it names takes part. */
  actor?: string;
  /** ISO day: events that can have happened on or after it. */
  from?: string;
  /** ISO day: events that can have happened on or before it. */
  to?: string;
  limit?: number;
  offset?: number;
}

export interface EventSourceView {
  document: string;
  ext_id: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  modality: string;
  attributed_to: EntityRef | null;
  /** The date this article states. */
  date: { value: string; precision: string } | null;
  evidence: Span;
}

export interface EventView {
  id: number;
  type: string;
  plover: string | null;
  /** The most precise date the reports agree on, or null when none states one. */
  date: { value: string; precision: string } | null;
  /** Days it can have happened on (for an undated event: the week before its reports). */
  days: { from: string; to: string } | null;
  participants: { entity: EntityRef | null; role: string; text: string }[];
  sources: EventSourceView[];
}

export interface EventPage {
  total: number;
  events: EventView[];
}

interface EventRow {
  id: number;
  type: string;
  plover: string | null;
  date_value: string | null;
  date_precision: string | null;
  day_from: string | null;
  day_to: string | null;
}

/** Where-clause pieces for `filter`; `null` when the actor names nobody (so nothing can match). */
async function conditions(db: SqlDb, filter: EventFilter): Promise<{ where: string[]; params: Param[] } | null> {
  const where: string[] = [];
  const params: Param[] = [];
  if (filter.type) {
    where.push('ev.type = ?');
    params.push(filter.type);
  }
  if (filter.actor) {
    const ids = await members(db, (await findEntities(db, filter.actor, { limit: 50 })).map((e) => e.id));
    if (ids.length === 0) return null;
    where.push(`ev.id IN (SELECT event FROM event_participants WHERE entity IN (${placeholders(ids.length)}))`);
    params.push(...ids);
  }
  if (filter.from) {
    where.push('ev.day_to >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('ev.day_from <= ?');
    params.push(filter.to);
  }
  return { where, params };
}

/** Events matching `filter`, latest first. */
export async function events(store: Store, filter: EventFilter = {}): Promise<EventPage> {
  const db = store.db;
  const c = await conditions(db, filter);
  if (!c) return { total: 0, events: [] };
  const where = c.where.length ? `WHERE ${c.where.join(' AND ')}` : '';
  const [total, rows] = await Promise.all([
    db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM events ev ${where}`, c.params),
    db.all<EventRow>(
      `SELECT ev.id, ev.type, ev.plover, ev.date_value, ev.date_precision, ev.day_from, ev.day_to FROM events ev ${where}
       ORDER BY CASE WHEN ev.day_from IS NULL THEN 1 ELSE 0 END, ev.day_from DESC, ev.id DESC LIMIT ? OFFSET ?`,
      [...c.params, filter.limit ?? 50, filter.offset ?? 0]),
  ]);
  return { total: Number(total?.n ?? 0), events: await eventViews(db, rows) };
}

/** Events by id, in the order given. */
export async function eventsById(db: SqlDb, ids: readonly number[]): Promise<EventView[]> {
  if (ids.length === 0) return [];
  const rows = await db.all<EventRow>(
    `SELECT id, type, plover, date_value, date_precision, day_from, day_to FROM events WHERE id IN (${placeholders(ids.length)})`, [...ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return eventViews(db, ids.map((id) => byId.get(id)).filter((r): r is EventRow => !!r));
}

async function eventViews(db: SqlDb, rows: readonly EventRow[]): Promise<EventView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const p = placeholders(ids.length);
  const [parts, sources] = await Promise.all([db.all<{ event: number; entity: number | null; role: string; text: string }>(
    `SELECT event, entity, role, text FROM event_participants WHERE event IN (${p})`, ids,
  ), db.all<{
    event: number; document: string; ext_id: string | null; title: string | null; published: string | null; source: string | null;
    modality: string; attributed_to: number | null; date_value: string | null; date_precision: string | null;
    start_off: number; end_off: number; text: string;
  }>(
    `SELECT s.event, d.id AS document, d.ext_id, d.title, d.published, d.source, s.modality, s.attributed_to, s.date_value, s.date_precision,
       s.start_off, s.end_off, s.text
     FROM event_sources s JOIN documents d ON d.seq = s.doc WHERE s.event IN (${p}) ORDER BY d.published, s.id`,
    ids,
  )]);
  const refs = await entityRefs(db, [...parts.map((x) => x.entity), ...sources.map((s) => s.attributed_to)]);
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    plover: r.plover,
    date: r.date_value ? { value: r.date_value, precision: r.date_precision ?? '' } : null,
    days: r.day_from && r.day_to ? { from: r.day_from, to: r.day_to } : null,
    participants: parts.filter((x) => x.event === r.id)
      .map((x) => ({ entity: x.entity == null ? null : (refs.get(x.entity) ?? null), role: x.role, text: x.text })),
    sources: sources.filter((s) => s.event === r.id).map((s) => ({
      document: s.document,
      ext_id: s.ext_id,
      title: s.title,
      published: s.published,
      source: s.source,
      modality: s.modality,
      attributed_to: s.attributed_to == null ? null : (refs.get(s.attributed_to) ?? null),
      date: s.date_value ? { value: s.date_value, precision: s.date_precision ?? '' } : null,
      evidence: { start: s.start_off, end: s.end_off, text: s.text },
    })),
  }));
}
