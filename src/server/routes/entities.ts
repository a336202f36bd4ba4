/** `/api/entities`: entity search by name, and one entity's dossier (by store id, key or name). */
import { Hono } from 'hono';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../analysis/contract.js';
import { dossier, searchEntities } from '../../store/query/index.js';
import type { Deps } from '../deps.js';
import { httpErrors } from '../http-errors.js';
import { limit, query, text } from '../validate.js';

const search = z.object({ q: text, type: z.enum(ENTITY_TYPES).optional(), limit: limit(20, 100) });
const one = z.object({ events: limit(20, 200).optional(), quotes: limit(20, 200).optional(), actors: limit(10, 100).optional() });

/** GET /entities (search) and /entities/{id} (dossier). */
export function entityRoutes({ store }: Deps): Hono {
  const app = new Hono();
  app.get('/entities', async (c) => {
    const q = query(c, search);
    return c.json({ query: q.q, entities: await searchEntities(store, q.q, { type: q.type, limit: q.limit }) });
  });
  app.get('/entities/:id', async (c) => {
    const q = query(c, one);
    const id = c.req.param('id').trim();
    if (id === '' || id.length > 500) throw httpErrors.badRequest('id: give a store id, a key (kb:…, local:…) or a name');
    // A bare number is a store id; anything else a key or a name.
    const result = await dossier(store, /^\d+$/.test(id) ? `#${id}` : id, q);
    if (!result.entity) throw httpErrors.notFound(`entity ${id}`);
    return c.json(result);
  });
  return app;
}
