/** `/api/commitments`: quantities by item and period, with their targets and baselines, per article. */
import { Hono } from 'hono';
import { z } from 'zod';
import { commitments } from '../../store/query/commitments.js';
import type { Deps } from '../deps.js';
import { checkRange, isoDay, limit, query, text } from '../validate.js';

const filter = z.object({ item: text.optional(), from: isoDay.optional(), to: isoDay.optional(), limit: limit(50, 200) });

/** GET /commitments. */
export function commitmentRoutes({ store }: Deps): Hono {
  const app = new Hono();
  app.get('/commitments', async (c) => {
    const q = query(c, filter);
    checkRange(q);
    return c.json(await commitments(store, q));
  });
  return app;
}
