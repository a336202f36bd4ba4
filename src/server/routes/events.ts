/** `/api/events` (filtered by type, actor and dates) and `/api/timeline` (per day, filtered the same way). */
import { Hono } from 'hono';
import { z } from 'zod';
import { EVENT_TYPES } from '../../analysis/contract.js';
import { eventTimeline } from '../../store/query/event-timeline.js';
import { events } from '../../store/query/index.js';
import type { Deps } from '../deps.js';
import { checkRange, isoDay, limit, offset, query, text } from '../validate.js';

const filters = { type: z.enum(EVENT_TYPES).optional(), actor: text.optional(), from: isoDay.optional(), to: isoDay.optional() };

/** GET /events and /timeline. */
export function eventRoutes({ store }: Deps): Hono {
  const app = new Hono();
  app.get('/events', async (c) => {
    const q = query(c, z.object({ ...filters, limit: limit(50), offset }));
    checkRange(q);
    return c.json(await events(store, q));
  });
  app.get('/timeline', async (c) => {
    const q = query(c, z.object({ ...filters, limit: limit(500, 2000) }));
    checkRange(q);
    return c.json({ days: await eventTimeline(store, q) });
  });
  return app;
}
