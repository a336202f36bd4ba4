/**
 * The API token: when the server has one, every /api request must carry `Authorization: Bearer TOKEN`.
 * Tokens are compared through their hashes in constant time, so timing reveals nothing about them.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { httpErrors } from './http-errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether `host` only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Middleware refusing requests without the right bearer token (401, JSON). */
export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) {
      c.header('WWW-Authenticate', 'Bearer');
      throw httpErrors.unauthorized('this server needs an API token: send Authorization: Bearer TOKEN');
    }
    if (!timingSafeEqual(digest(m[1]!), expected)) {
      c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw httpErrors.unauthorized('the API token is not valid');
    }
    await next();
  };
}
