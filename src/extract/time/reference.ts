/**
 * The reference date relative times are normalised against, and the rules that place a partial date (a month, a
 * month and day, a day) in time relative to it. Exported so that later stages reason about dates the same way.
 *
 * Rules (each picks the candidate nearest to the reference; a tie goes to the reference's own year or month):
 * - month only (4月): the year among the reference year and its neighbours whose month is nearest the reference
 *   month — in an article of 2026-02, 4月 is 2026-04 and 12月 is 2025-12; 8月 (six months either way) is 2026-08;
 * - month and day (1月24日): likewise by days — in an article of 2026-02-10, 12月25日 is 2025-12-25;
 * - day only (19日): the reference month, or the month before when that day is nearer — in an article of
 *   2008-09-02, 30日 is 2008-08-30, 1日 is 2008-09-01 (a bare day never points into the next month, and where
 *   the month before has no such day, as 30日 after February, it is the reference month);
 * - quarter only (第4四半期): the year whose quarter is nearest the reference quarter.
 */
import type { Doc } from '../../doc.js';
import { addMonths, type CalDate, daysBetween, isValidDate } from './calendar.js';

/** Reads YYYY-MM-DD (what `document.published` holds), or null. */
export function parseIsoDate(value: string | null | undefined): CalDate | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(date.y, date.m, date.d) ? date : null;
}

/**
 * The date relative times in `doc` are normalised against: `document.published`, which already holds the caller's
 * `--published` where one was given. Null when the article states no date and the caller gave none.
 */
export function referenceDate(doc: Doc): CalDate | null {
  return parseIsoDate(doc.get('document').published);
}

/** The year of month `month` nearest to `ref` (see the module comment). */
export function yearForMonth(month: number, ref: CalDate): number {
  let best = ref.y;
  let bestDistance = Infinity;
  for (const y of [ref.y, ref.y - 1, ref.y + 1]) {
    const distance = Math.abs((y - ref.y) * 12 + (month - ref.m));
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/** The year of month-day `month`/`day` nearest to `ref`; null when no neighbouring year has that day (2月29日). */
export function yearForMonthDay(month: number, day: number, ref: CalDate): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const y of [ref.y, ref.y - 1, ref.y + 1]) {
    if (!isValidDate(y, month, day)) continue;
    const distance = Math.abs(daysBetween(ref, { y, m: month, d: day }));
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/** The year and month of a bare day `day` nearest to `ref`: its own month or the one before. */
export function monthForDay(day: number, ref: CalDate): { y: number; m: number } | null {
  const candidates = [{ y: ref.y, m: ref.m }, addMonths(ref.y, ref.m, -1)];
  let best: { y: number; m: number } | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (!isValidDate(c.y, c.m, day)) continue;
    const distance = Math.abs(daysBetween(ref, { y: c.y, m: c.m, d: day }));
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/** The year of quarter `q` nearest to `ref`. */
export function yearForQuarter(q: number, ref: CalDate): number {
  const refQ = Math.floor((ref.m - 1) / 3) + 1;
  let best = ref.y;
  let bestDistance = Infinity;
  for (const y of [ref.y, ref.y - 1, ref.y + 1]) {
    const distance = Math.abs((y - ref.y) * 4 + (q - refQ));
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}
