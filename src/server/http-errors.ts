/**
 * Errors as the API reports them: JSON `{error: message}` with an HTTP status. Catalogued newsgraph errors keep
 * their message (a usage or input error is the client's fault: 400); anything else is a 500 that hides details.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NewsgraphError } from '../errors.js';

/** An error with the HTTP status it answers with. */
export class HttpError extends Error {
  constructor(readonly status: ContentfulStatusCode, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Builders for the API's own errors. */
export const httpErrors = {
  badRequest: (why: string) => new HttpError(400, why),
  unauthorized: (why: string) => new HttpError(401, why),
  notFound: (what: string) => new HttpError(404, `${what} not found`),
  tooLarge: (limit: number) => new HttpError(413, `request body larger than ${limit} bytes — send one article at a time`),
};

/** The body and status an error answers with. */
export function errorResponse(error: unknown): { status: ContentfulStatusCode; message: string } {
  if (error instanceof HttpError) return { status: error.status, message: error.message };
  if (error instanceof NewsgraphError) {
    const status = error.code === 'too-large' ? 413 : error.code === 'store' || error.code === 'pipeline' ? 500 : 400;
    return { status, message: error.message };
  }
  return { status: 500, message: 'internal error — see the server log' };
}

/** Hono's `onError`: a JSON error; unexpected errors are logged, never sent to the client. */
export function onError(log: (line: string) => void) {
  return (error: Error, c: Context) => {
    const { status, message } = errorResponse(error);
    if (status === 500) log(`newsgraph serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return c.json({ error: message }, status);
  };
}
