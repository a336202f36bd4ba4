/**
 * The built web UI (`web-dist/`, made by `npm run build`): files under the folder by path, `index.html` for
 * everything else that is not the API. Paths are resolved inside the folder only, never outside it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

/** Where `npm run build` puts the UI: web-dist/ at the repository root (dist/src/server/ → ../../../web-dist). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../web-dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** A second line of defence should article text ever reach markup: no inline or foreign scripts at all. */
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

function fileIn(root: string, path: string): string | null {
  let rel: string;
  try {
    rel = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
  } catch {
    return null;
  }
  const file = join(root, rel);
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Adds the UI's routes to `app` (after the API's). */
export function serveWeb(app: Hono, root: string): void {
  app.get('*', (c) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    const index = join(root, 'index.html');
    if (!existsSync(index)) {
      return c.text('The web UI is not built: run `npm run build` (it writes web-dist/), then start the server again.\n', 503);
    }
    const file = (c.req.path !== '/' && fileIn(root, c.req.path)) || index;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    c.header('Content-Type', type);
    if (file === index) {
      c.header('Content-Security-Policy', CSP);
      c.header('Cache-Control', 'no-cache');
    } else if (c.req.path.startsWith('/assets/')) {
      // Vite names assets by content hash, so they never change under one name.
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    }
    return c.body(readFileSync(file));
  });
}
