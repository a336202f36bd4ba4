/** `/api/documents`: stored articles, one article with its entities' store ids, and one article's analysis. */
import { Hono } from 'hono';
import { z } from 'zod';
import { documentEntities } from '../../store/query/document-entities.js';
import { getDocument, listDocuments } from '../../store/query/index.js';
import type { Deps } from '../deps.js';
import { httpErrors } from '../http-errors.js';
import { checkRange, isoDay, limit, offset, query, text } from '../validate.js';

const list = z.object({
  from: isoDay.optional(),
  to: isoDay.optional(),
  entity: text.optional(),
  duplicates: z.enum(['true', 'false']).optional(),
  limit: limit(50),
  offset,
});

/** GET /documents, /documents/{id} and /documents/{id}/analysis. */
export function documentRoutes({ store }: Deps): Hono {
  const app = new Hono();
  const load = async (id: string) => {
    const doc = await getDocument(store, id);
    if (!doc) throw httpErrors.notFound(`document ${id}`);
    return doc;
  };
  app.get('/documents', async (c) => {
    const q = query(c, list);
    checkRange(q);
    const duplicates = q.duplicates === undefined ? undefined : q.duplicates === 'true';
    return c.json(await listDocuments(store, { ...q, duplicates }));
  });
  app.get('/documents/:id', async (c) => {
    query(c, z.object({}));
    const { analysis, ...summary } = await load(c.req.param('id'));
    return c.json({ ...summary, entities: await documentEntities(store, analysis) });
  });
  app.get('/documents/:id/analysis', async (c) => {
    query(c, z.object({}));
    return c.json((await load(c.req.param('id'))).analysis);
  });
  return app;
}
