/** `/api/stats` (what the store holds) and the API's own description: `/api/openapi.json` and the analysis schema it cites. */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { query } from '../validate.js';

/** The repository's schema folder (dist/src/server/routes/ → ../../../../schema). */
export const SCHEMA_DIR = new URL('../../../../schema/', import.meta.url);

/** The OpenAPI document as kept in the repository. */
export function openApiDocument(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('openapi.json', SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
}

/** GET /stats, /openapi.json and /analysis.schema.json. */
export function metaRoutes({ store }: Deps): Hono {
  const app = new Hono();
  const openapi = openApiDocument();
  const analysisSchema = JSON.parse(readFileSync(new URL('analysis.schema.json', SCHEMA_DIR), 'utf8')) as unknown;
  app.get('/stats', async (c) => {
    query(c, z.object({}));
    const { bytes: _bytes, ...stats } = await store.stats();
    return c.json({ ...stats, kind: store.kind });
  });
  app.get('/openapi.json', (c) => c.json(openapi));
  app.get('/analysis.schema.json', (c) => c.json(analysisSchema));
  return app;
}
