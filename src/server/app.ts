/**
 * The workbench's HTTP app: the JSON API under /api (token-checked when the server has a token, bodies limited,
 * errors as `{error}`) and the built web UI for everything else. A factory, so tests call `app.request()`
 * in-process without opening a socket.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DEFAULT_MAX_BYTES } from '../ingest/read.js';
import type { Store } from '../store/store.js';
import type { Analyzer } from './analyzer.js';
import { requireToken } from './auth.js';
import type { Deps } from './deps.js';
import { httpErrors, onError } from './http-errors.js';
import { analyzeRoutes } from './routes/analyze.js';
import { commitmentRoutes } from './routes/commitments.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { eventRoutes } from './routes/events.js';
import { metaRoutes } from './routes/meta.js';
import { networkRoutes } from './routes/network.js';
import { quoteRoutes } from './routes/quotes.js';
import { searchRoutes } from './routes/search.js';
import { serveWeb } from './static.js';

export interface AppOptions {
  store: Store;
  analyzer: Analyzer;
  /** When set, every /api request needs `Authorization: Bearer TOKEN`. */
  token?: string | null;
  /** Largest request body in bytes (default: analyze's 5 MB). */
  maxBytes?: number;
  /** The built UI's folder; null serves the API alone. */
  webRoot?: string | null;
  /** Where unexpected errors are logged (default stderr). */
  log?: (line: string) => void;
}

/** The API's route groups, mounted under /api. */
const GROUPS = [documentRoutes, entityRoutes, eventRoutes, quoteRoutes, networkRoutes, searchRoutes, commitmentRoutes, analyzeRoutes, metaRoutes];

/** Builds the app. */
export function createApp(options: AppOptions): Hono {
  const deps: Deps = { store: options.store, analyzer: options.analyzer, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES };
  const app = new Hono();
  app.onError(onError(options.log ?? ((line) => process.stderr.write(`${line}\n`))));
  app.use('/api/*', async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
    await next();
  });
  if (options.token) app.use('/api/*', requireToken(options.token));
  app.use('/api/*', bodyLimit({ maxSize: deps.maxBytes, onError: () => { throw httpErrors.tooLarge(deps.maxBytes); } }));
  const api = new Hono();
  for (const group of GROUPS) api.route('/', group(deps));
  app.route('/api', api);
  app.all('/api/*', (c) => {
    throw httpErrors.notFound(`${c.req.method} ${c.req.path}`);
  });
  if (options.webRoot) serveWeb(app, options.webRoot);
  else app.all('*', (c) => c.json({ error: 'this server has no web UI; the API is under /api' }, 404));
  return app;
}
