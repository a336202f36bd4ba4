/** `/api/search`: articles whose title or text contains the words, with where they match. */
import { Hono } from 'hono';
import { z } from 'zod';
import { search } from '../../store/query/index.js';
import type { Deps } from '../deps.js';
import { limit, offset, query, text } from '../validate.js';

const filter = z.object({ q: text, limit: limit(20, 100), offset });

/** GET /search. */
export function searchRoutes({ store }: Deps): Hono {
  const app = new Hono();
  app.get('/search', async (c) => {
    const q = query(c, filter);
    return c.json(await search(store, q.q, { limit: q.limit, offset: q.offset }));
  });
  return app;
}
