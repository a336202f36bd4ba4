/** `POST /api/analyze`: `{"text", "published"?, "lang"?}` in, the contract's analysis out (nothing is stored). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { httpErrors } from '../http-errors.js';
import { check, isoDay } from '../validate.js';

const body = z.object({
  text: z.string().refine((t) => t.trim() !== '', 'must not be empty'),
  published: isoDay.nullable().optional(),
  lang: z.enum(['ja', 'en']).nullable().optional(),
}).strict();

/** POST /analyze. */
export function analyzeRoutes({ analyzer }: Deps): Hono {
  const app = new Hono();
  app.post('/analyze', async (c) => {
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
      throw httpErrors.badRequest('send the article as JSON: Content-Type: application/json, {"text": "…"}');
    }
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      throw httpErrors.badRequest('the body is not valid JSON');
    }
    const { text, published, lang } = check(body, json);
    return c.json(await analyzer.analyze(text, { published: published ?? null, lang: lang ?? null }));
  });
  return app;
}
