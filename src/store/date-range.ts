/**
 * Dates as ranges of days, so a month (2026-02), a quarter (2026-Q1) and a day (2026-02-04) can be compared:
 * two reports describe the same happening only if their dates can overlap.
 */

/** An inclusive range of ISO days. */
export interface DayRange {
  from: string;
  to: string;
}

const DAY = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The days a date value covers: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY (a fiscal year FYYYYY counts from April).
 * Null for anything else.
 */
export function dayRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { from: m[0], to: m[0] };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(lastDay(y, mo))}` };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    const last = q * 3;
    return { from: `${m[1]}-${pad(last - 2)}-01`, to: `${m[1]}-${pad(last)}-${pad(lastDay(y, last))}` };
  }
  m = /^FY(\d{4})$/i.exec(value);
  if (m) return { from: `${m[1]}-04-01`, to: `${Number(m[1]) + 1}-03-31` };
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  return null;
}

/** `r` widened by `before` days at its start and `after` days at its end. */
export function widen(r: DayRange, before: number, after: number): DayRange {
  return { from: iso(Date.parse(r.from) - before * DAY), to: iso(Date.parse(r.to) + after * DAY) };
}

export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Whether `inner` lies within `outer`. */
export function within(inner: DayRange, outer: DayRange): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

/** Days before its publication an undated event is taken to have happened. */
export const UNDATED_WINDOW_DAYS = 7;

/**
 * When a report says the event happened: its stated date, a day wider on each side (the two sides of a call
 * can date it a day apart across time zones); for an undated report, the week up to the article's publication.
 * Null when neither is known, and such a report is never merged with another.
 */
export function reportedWindow(date: string | null, published: string | null): DayRange | null {
  const stated = dayRange(date);
  if (stated) return widen(stated, 1, 1);
  const day = dayRange(published);
  return day ? widen(day, UNDATED_WINDOW_DAYS, 0) : null;
}
