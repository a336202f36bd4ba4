/**
 * Time expressions of an English article, through chrono-node's English parser: explicit dates (March 3, 2026),
 * months (in April), weekdays (on Tuesday), relative words (next year, yesterday) and quarters (this quarter,
 * the first quarter of 2026 — read here, as chrono takes them for years), placed against the
 * reference date. The precision is what the text fixes: a weekday or a day → day, a month → month, else year.
 * A bare weekday or a month without a year is placed before the reference unless its clause looks ahead
 * (english-tense.ts).
 */
import * as chrono from 'chrono-node';
import type { TimeExpression } from '../../analysis/contract.js';
import { span } from '../../spans.js';
import { addDays, formatDay, formatMonth, formatQuarter, formatYear, quarterOf, type CalDate } from './calendar.js';
import { looksAhead, modifier, placeMonth, placeWeekday } from './english-tense.js';

/** Words chrono keeps in its match that are not part of the time (on Tuesday, → Tuesday). */
const LEAD = /^(?:on|in|at|by|since|from|during|of)\s+/i;
const TRAIL = /[\s,.;:]+$/;
/** Counted from another event, not from the reference (a week after the drills). */
const RELATIVE_TO_OTHER = /\b(?:after|before)$/i;
/** A span of time rather than a point (over the next five years, for two weeks) — unless counted back or on (ago). */
const DURATION = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+(?:days|weeks|months|years|decades)\b(?!\s+(?:ago|later|earlier))/i;

/** Quarters, which chrono reads as years: this quarter, next quarter, the first quarter (of 2026). */
const QUARTER = /\b(this|current|next|last|previous|the (first|second|third|fourth)) quarter(?: of (\d{4}))?\b/gi;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

function quarters(text: string, reference: CalDate | null): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const m of text.matchAll(QUARTER)) {
    const word = m[1]!.toLowerCase();
    let y: number;
    let q: number;
    if (m[2]) {
      q = ORDINAL[m[2].toLowerCase()]!;
      if (m[3]) y = Number(m[3]);
      else if (reference) y = reference.y;
      else continue;
    } else {
      if (!reference) continue;
      const off = word === 'next' ? 1 : word === 'last' || word === 'previous' ? -1 : 0;
      const n = reference.y * 4 + quarterOf(reference.m) - 1 + off;
      [y, q] = [Math.floor(n / 4), (n % 4) + 1];
    }
    out.push({ ...span(text, m.index, m.index + m[0].length), value: formatQuarter(y, q), precision: 'quarter', basis: m[3] ? 'stated' : 'published' });
  }
  return out;
}

/** The time expressions of English `text`, in order. Relative words need `reference`; without it they are left out. */
export function findEnglishTimes(text: string, reference: CalDate | null): TimeExpression[] {
  const ref = reference ? new Date(Date.UTC(reference.y, reference.m - 1, reference.d, 12)) : undefined;
  const out: TimeExpression[] = quarters(text, reference);
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
    if (out.some((q) => q.start < end && start < q.end)) continue; // a quarter read above
    let y = c.get('year')!;
    let m = c.get('month')!;
    let d = c.get('day')!;
    // a weekday or a month without a year: back from the article's date unless its words or its clause look ahead
    if (reference && !absolute && !c.isCertain('day')) {
      const dir = modifier(text, start, end);
      if (c.isCertain('weekday') && dir !== 0) {
        const ahead = dir === null ? looksAhead(text, start, end) : dir > 0;
        const from = dir === null ? reference : addDays(reference, dir); // next Thursday is not today
        ({ y, m, d } = placeWeekday(c.get('weekday')!, from, ahead));
      } else if (c.isCertain('month')) {
        y = dir === null ? placeMonth(m, reference, looksAhead(text, start, end))
          : dir === 0 ? reference.y
          : dir < 0 ? (m >= reference.m ? reference.y - 1 : reference.y) // last March, said in March: a year ago
          : m <= reference.m ? reference.y + 1 : reference.y;
      }
    }
    const value = c.isCertain('day') || c.isCertain('weekday') ? formatDay({ y, m, d })
      : c.isCertain('month') ? formatMonth(y, m) : formatYear(y);
    const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
    out.push({ ...span(text, start, end), value, precision, basis: absolute && c.isCertain('month') ? 'stated' : 'published' });
  }
  return out.sort((a, b) => a.start - b.start);
}
