/**
 * The timeline with an event-type filter (added for the web workbench): the store's timeline gives articles and
 * events per day by actor and dates; with a type, the events come from the typed event query instead, so the
 * limit counts only events of that type.
 */
import type { Store } from '../store.js';
import { events } from './events.js';
import { timeline, type TimelineDay } from './timeline.js';

export interface EventTimelineFilter {
  type?: string;
  /** A name, key or #id. */
  actor?: string;
  from?: string;
  to?: string;
  /** Most events (default 500). */
  limit?: number;
}

/** Days in order with their article counts and the events (of `type`, when given) dated to them. */
export async function eventTimeline(store: Store, filter: EventTimelineFilter = {}): Promise<TimelineDay[]> {
  const base = { entity: filter.actor, from: filter.from, to: filter.to };
  if (!filter.type) return timeline(store, { ...base, limit: filter.limit });
  const days = new Map((await timeline(store, { ...base, limit: 0 })).map((d) => [d.date, d]));
  const page = await events(store, { type: filter.type, actor: filter.actor, from: filter.from, to: filter.to, limit: filter.limit ?? 500 });
  for (const ev of [...page.events].reverse()) {
    if (!ev.days) continue;
    let day = days.get(ev.days.from);
    if (!day) days.set(ev.days.from, (day = { date: ev.days.from, documents: 0, events: [] }));
    day.events.push(ev);
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
