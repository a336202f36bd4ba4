/**
 * Which way an English weekday or a month without a year points from the article's date. chrono-node places
 * "on Friday" in the reference's week and "in September" in the reference's year, wherever that falls; news
 * reports what has happened ("imposed tariffs on Friday", "resigned in September") unless the sentence says
 * otherwise ("will meet on Friday", "talks are scheduled for September"), so the time goes back by default and
 * forward only when the clause looks ahead.
 */
import { addDays, dayNumber, type CalDate } from './calendar.js';

/** Words that put a clause in the future. */
const AHEAD = /\b(?:will|shall|won't|'ll|plans?\s+to|planning\s+to|planned\s+for|scheduled|is\s+set\s+to|are\s+set\s+to|due\s+to|expected\s+to|is\s+to|are\s+to|upcoming|to\s+be\s+held|intends?\s+to|aims?\s+to|would)\b/i;
/** A modifier opening the time or right before it (next Friday, last September): the time is placed as it says. */
const MODIFIER_BEFORE = /\b(next|last|this|coming|past|previous|following)\s+$/i;
const MODIFIER_OPENING = /^(next|last|this|coming|past|previous|following)\s/i;

/** The clause around `[start, end)`: back to the previous sentence or clause break, on to the next sentence end. */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?;\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.!?;\n]/.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** Whether the clause of the time at `[start, end)` looks ahead (will, scheduled, plans to …). */
export function looksAhead(text: string, start: number, end: number): boolean {
  return AHEAD.test(clauseAround(text, start, end));
}

/** The direction the time at `[start, end)` carries in its own words: `1` next/coming/following, `-1` last/past/previous, `0` this, null none. */
export function modifier(text: string, start: number, end: number): -1 | 0 | 1 | null {
  const m = MODIFIER_OPENING.exec(text.slice(start, end)) ?? MODIFIER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return w === 'this' ? 0 : w === 'last' || w === 'past' || w === 'previous' ? -1 : 1;
}

/** The day of `weekday` (0 Sunday … 6 Saturday) nearest `ref` on the side `ahead` says (the reference day itself counts). */
export function placeWeekday(weekday: number, ref: CalDate, ahead: boolean): CalDate {
  const refWeekday = (((dayNumber(ref) + 4) % 7) + 7) % 7; // day 0 (1970-01-01) was a Thursday
  const diff = ahead ? (weekday - refWeekday + 7) % 7 : -((refWeekday - weekday + 7) % 7);
  return addDays(ref, diff);
}

/** The year of `month` (1–12, no year written) nearest `ref` on the side `ahead` says (the reference month counts). */
export function placeMonth(month: number, ref: CalDate, ahead: boolean): number {
  if (ahead) return month < ref.m ? ref.y + 1 : ref.y;
  return month > ref.m ? ref.y - 1 : ref.y;
}
