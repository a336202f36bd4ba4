/**
 * Finds time phrases in a text: cores by the global patterns, each extended by what may follow it, then the
 * longest non-overlapping ones in text order. Where the token layer is given, a phrase must start where a token
 * starts and end where one ends, so 十日町 or 朝鮮 never yield a date or a 朝.
 */
import type { TokenBoundaries } from '../../text/boundaries.js';
import { calendarPhrase, relativeDayPhrase, slashPhrase } from './date-phrases.js';
import {
  centuryPhrase, clockPhrase, closingPhrase, decadePhrase, fiscalPhrase, periodPhrase, quarterPhrase, weekPhrase,
  weekdayPhrase,
} from './other-phrases.js';
import * as P from './patterns.js';
import type { Phrase } from './phrase.js';
import { Reader } from './reader.js';

/** 毎月25日, 毎年4月, 毎週水曜日 recur: they name no one date. */
const RECURRING = /(?:毎|隔)(?:年|月|週|朝|晩)?の?$/;

const RULES: readonly [RegExp, (r: Reader, m: RegExpExecArray) => Phrase | null][] = [
  [P.CALENDAR, calendarPhrase],
  [P.SLASH_DATE, slashPhrase],
  [P.RELATIVE_DAY, relativeDayPhrase],
  [P.FISCAL_YEAR, fiscalPhrase],
  [P.PERIOD_CLOSING, closingPhrase],
  [P.QUARTER, quarterPhrase],
  [P.WEEK, weekPhrase],
  [P.WEEKDAY, weekdayPhrase],
  [P.CLOCK, clockPhrase],
  [P.DECADE, decadePhrase],
  [P.CENTURY, centuryPhrase],
  [P.PERIOD, periodPhrase],
];

/** Every time phrase in `text`, in order, not overlapping (the longest wins where two start together). */
export function scanPhrases(text: string, boundaries?: TokenBoundaries): Phrase[] {
  const reader = new Reader(text, boundaries);
  const found: Phrase[] = [];
  for (const [re, build] of RULES) {
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      const p = build(reader, m);
      if (p && p.end > p.start && reader.aligned(p) && !RECURRING.test(text.slice(Math.max(0, p.start - 3), p.start))) found.push(p);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Phrase[] = [];
  let reach = 0;
  for (const p of found) {
    if (p.start < reach) continue;
    out.push(p);
    reach = p.end;
  }
  return out;
}
