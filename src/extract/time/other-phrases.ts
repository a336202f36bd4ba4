/**
 * Time phrases other than dates: fiscal years (2026年度), closing periods (2011年3月期), quarters, weeks, a weekday
 * alone, a clock time alone, and spans of years (decades, centuries, eras, historical periods).
 */
import * as P from './patterns.js';
import type { Phrase, Ref } from './phrase.js';
import { abs, at, num, type Reader } from './reader.js';
import { FISCAL_WORDS, PERIODS, QUARTER_WORDS, WEEK_WORDS, WEEKDAYS, eraSpan, eraYear } from './words.js';

const end = (m: RegExpExecArray) => m.index + m[0].length;

export function fiscalPhrase(r: Reader, m: RegExpExecArray): Phrase | null {
  const g = m.groups!;
  let y: Ref | undefined;
  if (g.fy) y = abs(num(g.fy)!);
  else if (g.era) {
    const n = eraYear(g.era, g.en === '元' ? 1 : num(g.en) ?? 0);
    if (n !== null) y = abs(n);
  } else if (g.fr) y = FISCAL_WORDS[g.fr];
  if (!y) return null;
  const part = r.piece(P.YEAR_PART, end(m));
  const p: Phrase = { kind: 'fiscal_year', start: m.index, end: end(m) + (part?.[0].length ?? 0), y };
  if (g.fr === '前') p.sentencePrev = true;
  return p;
}

export function closingPhrase(_r: Reader, m: RegExpExecArray): Phrase | null {
  const y = num(m.groups!.y);
  const month = num(m.groups!.m);
  return y && month && month <= 12 ? { kind: 'closing', start: m.index, end: end(m), y, m: month } : null;
}

export function quarterPhrase(_r: Reader, m: RegExpExecArray): Phrase | null {
  const g = m.groups!;
  const base = { kind: 'quarter' as const, start: m.index, end: end(m), fiscal: g.fy !== undefined };
  const y = num(g.y) ?? undefined;
  if (g.qr) return { ...base, q: QUARTER_WORDS[g.qr] };
  if (g.q) {
    const q = num(g.q);
    return q && q >= 1 && q <= 4 ? { ...base, y, q: abs(q) } : null;
  }
  const m0 = num(g.m0);
  const m1 = num(g.m1);
  if (!m0 || !m1 || m0 > 12 || m1 > 12 || m1 < m0) return null;
  return { ...base, y, months: [m0, m1] };
}

const WEEK_TAIL = /の?(?<wd>[月火水木金土日])曜日?|中|内/y;

/** 今週, 先週水曜日, 来週の月曜, 今週中. */
export function weekPhrase(r: Reader, m: RegExpExecArray): Phrase | null {
  const w = WEEK_WORDS[m.groups!.w!]!;
  const tail = at(WEEK_TAIL, r.text, end(m));
  if (tail && r.endsOk(end(m) + tail[0].length)) {
    const stop = end(m) + tail[0].length;
    const wd = tail.groups!.wd;
    return wd ? { kind: 'week', start: m.index, end: stop, w, weekday: WEEKDAYS.indexOf(wd) } : { kind: 'week', start: m.index, end: stop, w };
  }
  return { kind: 'week', start: m.index, end: end(m), w };
}

export function weekdayPhrase(_r: Reader, m: RegExpExecArray): Phrase {
  return { kind: 'weekday', start: m.index, end: end(m), weekday: WEEKDAYS.indexOf(m.groups!.wd!) };
}

export function clockPhrase(r: Reader, m: RegExpExecArray): Phrase {
  return { kind: 'clock', start: m.index, end: r.zones(end(m)) };
}

function yearSpan(r: Reader, m: RegExpExecArray, from: number, to: number | null, twoDigit = false): Phrase {
  const part = r.piece(P.SPAN_PART, end(m));
  return { kind: 'years', start: m.index, end: end(m) + (part?.[0].length ?? 0), from, to, ...(twoDigit ? { twoDigit } : {}) };
}

export function decadePhrase(r: Reader, m: RegExpExecArray): Phrase | null {
  const g = m.groups!;
  if (g.y4) return yearSpan(r, m, num(g.y4)!, num(g.y4)! + 9);
  if (g.era) {
    const y = eraYear(g.era, num(g.en) ?? 0);
    return y === null ? null : yearSpan(r, m, y, y + 9);
  }
  const y2 = num(g.y2)!;
  return y2 % 10 === 0 ? yearSpan(r, m, 1900 + y2, 1909 + y2, true) : null;
}

export function centuryPhrase(r: Reader, m: RegExpExecArray): Phrase | null {
  const c = num(m.groups!.c);
  return c && c <= 21 ? yearSpan(r, m, (c - 1) * 100 + 1, c * 100) : null;
}

export function periodPhrase(_r: Reader, m: RegExpExecArray): Phrase | null {
  const g = m.groups!;
  const span = g.name ? PERIODS[g.name] : g.china ? PERIODS[g.china] : eraSpan(g.era ?? g.bare!);
  return span ? { kind: 'years', start: m.index, end: end(m), from: span.from, to: span.to } : null;
}
