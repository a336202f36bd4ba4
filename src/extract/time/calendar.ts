/**
 * Calendar arithmetic on plain year-month-day triples (proleptic Gregorian, no time zones: a date in an article is
 * a calendar day, not an instant) and the value formats of the contract (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn).
 */

/** A calendar day. */
export interface CalDate {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** Whether y-m-d is a real calendar day (2月30日 is not). */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Days since 1970-01-01. */
export function dayNumber(date: CalDate): number {
  const t = new Date(0);
  t.setUTCFullYear(date.y, date.m - 1, date.d);
  return Math.round(t.getTime() / DAY_MS);
}

export function fromDayNumber(n: number): CalDate {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: CalDate, days: number): CalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The month `months` after y-m (negative for before). */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The Monday of the week (Monday to Sunday) that holds `date`. */
export function mondayOf(date: CalDate): CalDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The Japanese fiscal year (April to March) that holds `date`: 2026-02-10 is in 2025年度. */
export function fiscalYearOf(date: { y: number; m: number }): number {
  return date.m >= 4 ? date.y : date.y - 1;
}

/** The quarter `quarters` after year-Qq. */
export function addQuarters(y: number, q: number, quarters: number): { y: number; q: number } {
  const index = y * 4 + (q - 1) + quarters;
  return { y: Math.floor(index / 4), q: (index % 4) + 1 };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatYear(y: number): string {
  return pad(y, 4);
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

export function formatDay(date: CalDate): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

export function formatQuarter(y: number, q: number): string {
  return `${pad(y, 4)}-Q${q}`;
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CalDate, b: CalDate): number {
  return dayNumber(b) - dayNumber(a);
}
