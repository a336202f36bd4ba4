/** `/api/quotes`: who said what about whom, grouped by speaker. */
import { Hono } from 'hono';
import { z } from 'zod';
import { quotes } from '../../store/query/index.js';
import type { Deps } from '../deps.js';
import { limit, offset, query, text } from '../validate.js';

const filter = z.object({ speaker: text.optional(), about: text.optional(), limit: limit(50), offset });

/** GET /quotes. */
export function quoteRoutes({ store }: Deps): Hono {
  const app = new Hono();
  app.get('/quotes', async (c) => c.json(await quotes(store, query(c, filter))));
  return app;
}
