/**
 * Request validation with zod: query strings and JSON bodies are parsed against a schema, and the first problem
 * becomes a 400 that names the parameter.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { httpErrors } from './http-errors.js';

/** An ISO calendar day, checked to exist (2026-02-30 is refused). */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').refine((v) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}, 'not a calendar date');

/** A page size. */
export const limit = (fallback: number, max = 500) => z.coerce.number().int('expected a whole number').min(1).max(max).default(fallback);

/** A page offset. */
export const offset = z.coerce.number().int('expected a whole number').min(0).default(0);

/** A non-empty text parameter (trimmed). */
export const text = z.string().trim().min(1, 'must not be empty').max(500, 'at most 500 characters');

/** The one-line message for a zod error: the first issue with the parameter it concerns. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** Parses `value` with `schema`, or throws a 400. */
export function check<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw httpErrors.badRequest(describeIssues(result.error));
  return result.data;
}

/** The query string parsed with `schema` (each parameter's last value); unknown parameters are refused. */
export function query<S extends z.ZodObject>(c: Context, schema: S): z.infer<S> {
  return check(schema.strict() as unknown as S, c.req.query());
}

/** `from` must not come after `to`. */
export function checkRange(range: { from?: string | undefined; to?: string | undefined }): void {
  if (range.from && range.to && range.from > range.to) throw httpErrors.badRequest(`from ${range.from} is after to ${range.to}`);
}
