/** `/api/network`: actors as nodes, co-occurrence and shared events as weighted edges. */
import { Hono } from 'hono';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../analysis/contract.js';
import { network } from '../../store/query/index.js';
import type { Deps } from '../deps.js';
import { limit, query, text } from '../validate.js';

/** Actors by default: people, organisations, places and groups. */
const ACTORS = ['PERSON', 'ORG', 'GPE', 'NORP'];

const filter = z.object({
  entity: text.optional(),
  limit: limit(60, 300),
  min_weight: z.coerce.number().int('expected a whole number').min(1).default(1),
  types: z.string().optional().transform((v, ctx) => {
    if (v === undefined || v === '') return ACTORS;
    const types = v.split(',').map((t) => t.trim());
    const bad = types.find((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
    if (bad !== undefined) {
      ctx.addIssue({ code: 'custom', message: `unknown entity type "${bad}" (expected ${ENTITY_TYPES.join(', ')})` });
      return z.NEVER;
    }
    return types;
  }),
});

/** GET /network. */
export function networkRoutes({ store }: Deps): Hono {
  const app = new Hono();
  app.get('/network', async (c) => {
    const q = query(c, filter);
    return c.json(await network(store, { entity: q.entity, limit: q.limit, minWeight: q.min_weight, types: q.types }));
  });
  return app;
}
