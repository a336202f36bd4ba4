/**
 * Time expressions of an English article, through chrono-node's English parser: explicit dates (March 3, 2026),
 * months (in April), weekdays (on Tuesday) and relative words (next year, yesterday), placed against the
 * reference date. The precision is what the text fixes: a weekday or a day → day, a month → month, else year.
 */
import * as chrono from 'chrono-node';
import type { TimeExpression } from '../../analysis/contract.js';
import { span } from '../../spans.js';
import { formatDay, formatMonth, formatYear, type CalDate } from './calendar.js';

/** Words chrono keeps in its match that are not part of the time (on Tuesday, → Tuesday). */
const LEAD = /^(?:on|in|at|by|since|from|during|of)\s+/i;
const TRAIL = /[\s,.;:]+$/;
/** Counted from another event, not from the reference (a week after the drills). */
const RELATIVE_TO_OTHER = /\b(?:after|before)$/i;
/** A span of time rather than a point (over the next five years, for two weeks) — unless counted back or on (ago). */
const DURATION = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+(?:days|weeks|months|years|decades)\b(?!\s+(?:ago|later|earlier))/i;

/** The time expressions of English `text`, in order. Relative words need `reference`; without it they are left out. */
export function findEnglishTimes(text: string, reference: CalDate | null): TimeExpression[] {
  const ref = reference ? new Date(Date.UTC(reference.y, reference.m - 1, reference.d, 12)) : undefined;
  const out: TimeExpression[] = [];
  for (const r of chrono.en.parse(text, ref)) {
    const c = r.start;
    const absolute = c.isCertain('year');
    if (!reference && !absolute) continue;
    let start = r.index;
    let end = r.index + r.text.length;
    const lead = LEAD.exec(r.text);
    if (lead) start += lead[0].length;
    const trail = TRAIL.exec(text.slice(start, end));
    if (trail) end -= trail[0].length;
    if (end <= start || /^\d{1,2}$/.test(text.slice(start, end))) continue; // a bare number is no date
    if (DURATION.test(text.slice(start, end))) continue;
    if (RELATIVE_TO_OTHER.test(text.slice(start, end))) continue;
    const y = c.get('year')!;
    const m = c.get('month')!;
    const d = c.get('day')!;
    const value = c.isCertain('day') || c.isCertain('weekday') ? formatDay({ y, m, d })
      : c.isCertain('month') ? formatMonth(y, m) : formatYear(y);
    const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
    out.push({ ...span(text, start, end), value, precision, basis: absolute && c.isCertain('month') ? 'stated' : 'published' });
  }
  return out;
}
