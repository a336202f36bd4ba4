/**
 * Finds time phrases in a text: cores by the global patterns, each extended by what may follow it (weekday note,
 * time zone, time of day, range end, 末 / 上旬), then the longest non-overlapping ones in text order. Where the
 * token layer is given, a phrase must start where a token starts and end where one ends, so 十日町 or 朝鮮 never
 * yield a date or a 朝.
 */
import { parseNumeral } from '../../text/numerals.js';
import type { TokenBoundaries } from '../../text/boundaries.js';
import * as P from './patterns.js';
import type { DatePhrase, Phrase, Ref } from './phrase.js';
import { DAY_WORDS, FISCAL_WORDS, MONTH_WORDS, PERIODS, QUARTER_WORDS, WEEK_WORDS, WEEKDAYS, YEAR_WORDS, eraSpan, eraYear } from './words.js';

const abs = (n: number): Ref => ({ kind: 'abs', n });
const UPDATE_LABEL = /(?:更新日?|最終更新|[Uu]pdated?)\s*(?:時刻|日時)?\s*[:：]\s*$/;
const HAN_OR_KATAKANA = /[\p{Script=Han}\p{Script=Katakana}]/u;
/** 毎月25日, 毎年4月, 毎週水曜日 recur: they name no one date. */
const RECURRING = /(?:毎|隔)(?:年|月|週|朝|晩)?の?$/;

/** Reads `re` (sticky) at `pos`; null for no match or an empty one. */
function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m && m[0].length > 0 ? m : null;
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : parseNumeral(s);
}

/** Whether the day number at `[start, end)` counts days (あと6日, 5日以内, 3日ぶり) rather than naming one. */
export function isDayCount(text: string, start: number, end: number): boolean {
  if (P.DAY_COUNT_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return true;
  return at(P.DAY_COUNT_AFTER, text, end) !== null;
}

/** The fields of a calendar match; null when it names nothing or nothing real (13月). */
function calendarFields(m: RegExpExecArray): Pick<DatePhrase, 'y' | 'm' | 'd' | 'to' | 'statedYear'> | null {
  const g = m.groups!;
  const out: Pick<DatePhrase, 'y' | 'm' | 'd' | 'to' | 'statedYear'> = { statedYear: false };
  if (g.ya) {
    out.y = abs(num(g.ya)!);
    out.statedYear = true;
  } else if (g.era) {
    const y = eraYear(g.era, g.en === '元' ? 1 : num(g.en) ?? 0);
    if (y === null) return null;
    out.y = abs(y);
    out.statedYear = true;
  } else if (g.yr) out.y = YEAR_WORDS[g.yr];
  if (g.ma0 && g.ma1) {
    out.m = abs(num(g.ma0)!);
    out.to = { m: num(g.ma1)! };
  } else if (g.ma) out.m = abs(num(g.ma)!);
  else if (g.mr) out.m = MONTH_WORDS[g.mr];
  if (g.d0) {
    out.d = abs(num(g.d0)!);
    if (g.d1) out.to = { d: num(g.d1)! };
  }
  const value = (r: Ref | number | undefined) => (typeof r === 'number' ? r : r?.kind === 'abs' ? r.n : 1);
  if ([out.m, out.to?.m].some((r) => value(r) < 1 || value(r) > 12)) return null;
  if ([out.d, out.to?.d].some((r) => value(r) < 1 || value(r) > 31)) return null;
  return out.y || out.m || out.d ? out : null;
}

class Scanner {
  constructor(private readonly text: string, private readonly b: TokenBoundaries | undefined) {}

  private endsOk(end: number): boolean {
    return !this.b || this.b.endsToken(end);
  }

  /** Reads `re` at `pos` when what it reads ends on a token boundary. */
  private piece(re: RegExp, pos: number): RegExpExecArray | null {
    const m = at(re, this.text, pos);
    return m && this.endsOk(pos + m[0].length) ? m : null;
  }

  private zones(pos: number): number {
    for (let m = this.piece(P.ZONE, pos); m; m = this.piece(P.ZONE, pos)) pos += m[0].length;
    return pos;
  }

  /** Weekday note, zones, time of day, zones; returns the new end. */
  private dayTail(p: DatePhrase, pos: number, colon: boolean): number {
    const wd = this.piece(P.WEEKDAY_NOTE, pos);
    if (wd) {
      p.weekday = WEEKDAYS.indexOf(wd.groups!.wd ?? wd.groups!.wd2!);
      pos += wd[0].length;
    }
    pos = this.zones(pos);
    const tod = this.piece(P.TIME_OF_DAY, pos);
    if (tod) pos = this.zones(pos + tod[0].length);
    if (colon) {
      const c = this.piece(P.COLON_TIME, pos);
      if (c) pos = this.zones(pos + c[0].length);
    }
    return pos;
  }

  /** The end of a range after `pos` when the phrase's shape allows one: its absolute fields and where it ends. */
  private rangeEnd(p: DatePhrase, pos: number): { to: NonNullable<DatePhrase['to']>; end: number } | null {
    const join = at(P.RANGE_JOIN, this.text, pos);
    if (!join) return null;
    const m = at(P.CALENDAR_AT, this.text, pos + join[0].length);
    if (!m) {
      const wd = p.d ? at(P.WEEKDAY_AT, this.text, pos + join[0].length) : null;
      const end = wd ? wd.index + wd[0].length : 0;
      return wd && this.endsOk(end) ? { to: { wd: WEEKDAYS.indexOf(wd.groups!.wd!) }, end } : null;
    }
    const f = calendarFields(m);
    if (!f || f.to) return null;
    const fields = [f.y, f.m, f.d];
    if (fields.some((r) => r && r.kind !== 'abs')) return null;
    const get = (r: Ref | undefined) => (r && r.kind === 'abs' ? r.n : undefined);
    const to = { y: get(f.y), m: get(f.m), d: get(f.d) };
    const shapeOk = p.d ? to.d !== undefined : p.m ? to.m !== undefined && to.d === undefined : to.y !== undefined && !to.m && !to.d;
    const end = m.index + m[0].length;
    if (!shapeOk || !this.endsOk(end)) return null;
    if (to.d !== undefined && !f.m && !f.y && isDayCount(this.text, m.index, end)) return null;
    return { to, end };
  }

  /** Extends a date phrase by what follows it. */
  private extendDate(p: DatePhrase, colon: boolean): void {
    let pos = p.end;
    if (p.d) {
      pos = this.dayTail(p, pos, colon);
      if (p.d.kind === 'abs' && !p.to) {
        const r = this.rangeEnd(p, pos);
        if (r) {
          p.to = r.to;
          pos = this.dayTail({ ...p }, r.end, false);
        }
      }
    } else if (p.m) {
      const part = this.piece(P.MONTH_PART, pos);
      if (part) pos += part[0].length;
      else if (p.m.kind === 'abs' && !p.to) {
        const r = this.rangeEnd(p, pos);
        if (r) [p.to, pos] = [r.to, r.end];
      }
    } else {
      const part = this.piece(P.YEAR_PART, pos);
      if (part) pos += part[0].length;
      else if (p.y?.kind === 'abs') {
        const r = this.rangeEnd(p, pos);
        if (r) [p.to, pos] = [r.to, r.end];
      }
    }
    p.end = pos;
  }

  calendar(m: RegExpExecArray): Phrase | null {
    const f = calendarFields(m);
    if (!f) return null;
    const p: DatePhrase = { kind: 'date', start: m.index, end: m.index + m[0].length, ...f };
    if (p.d && !p.m && !p.y) {
      if (isDayCount(this.text, p.start, p.end)) return null;
      // A kanji day alone names a date only from 十一日 on: 一日, 三日, 十日 are as often counts of days.
      const small = p.d.kind === 'abs' && p.d.n <= 10;
      if (/[一二三四五六七八九十]/.test(m[0]) && (small || (this.b && !this.b.allNumeral(p.start, p.end - 1)))) return null;
    }
    if (p.statedYear && UPDATE_LABEL.test(this.text.slice(Math.max(0, p.start - 12), p.start))) return null;
    this.extendDate(p, p.statedYear);
    return p;
  }

  slash(m: RegExpExecArray): Phrase | null {
    const g = m.groups!;
    if (UPDATE_LABEL.test(this.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    const p: DatePhrase = {
      kind: 'date', start: m.index, end: m.index + m[0].length,
      y: abs(num(g.y)!), m: abs(num(g.m)!), d: abs(num(g.d)!), statedYear: true,
    };
    p.end = this.dayTail(p, p.end, true);
    return p;
  }

  relativeDay(m: RegExpExecArray): Phrase | null {
    const g = m.groups!;
    const word = g.rd!;
    if ((word === '同日' || word === '当日' || word === '同夜') && this.text[m.index - 1] === 'と') return null;
    const day = num(g.rdd);
    const p: DatePhrase = {
      kind: 'date', start: m.index, end: m.index + m[0].length, d: day !== null ? abs(day) : DAY_WORDS[word], statedYear: false,
    };
    if (day !== null && (day < 1 || day > 31)) return null;
    const bare = p.end;
    p.end = this.dayTail(p, p.end, false);
    const next = this.text[p.end];
    if (p.end === bare && next !== undefined && next !== '付' && next !== '中' && HAN_OR_KATAKANA.test(next)) return null;
    return p;
  }

  fiscal(m: RegExpExecArray): Phrase | null {
    const g = m.groups!;
    let y: Ref | undefined;
    if (g.fy) y = abs(num(g.fy)!);
    else if (g.era) {
      const n = eraYear(g.era, g.en === '元' ? 1 : num(g.en) ?? 0);
      if (n !== null) y = abs(n);
    } else if (g.fr) y = FISCAL_WORDS[g.fr];
    if (!y) return null;
    let end = m.index + m[0].length;
    const part = this.piece(P.YEAR_PART, end);
    if (part) end += part[0].length;
    return { kind: 'fiscal_year', start: m.index, end, y };
  }

  quarter(m: RegExpExecArray): Phrase | null {
    const g = m.groups!;
    const base = { kind: 'quarter' as const, start: m.index, end: m.index + m[0].length, fiscal: g.fy !== undefined };
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

  week(m: RegExpExecArray): Phrase | null {
    let end = m.index + m[0].length;
    const w = WEEK_WORDS[m.groups!.w!]!;
    const day = at(/の?(?<wd>[月火水木金土日])曜日?|中|内/y, this.text, end);
    if (day && this.endsOk(end + day[0].length)) {
      end += day[0].length;
      if (day.groups!.wd) return { kind: 'week', start: m.index, end, w, weekday: WEEKDAYS.indexOf(day.groups!.wd) };
    }
    return { kind: 'week', start: m.index, end, w };
  }

  yearSpan(m: RegExpExecArray, from: number, to: number | null, twoDigit = false): Phrase {
    let end = m.index + m[0].length;
    const part = this.piece(P.SPAN_PART, end);
    if (part) end += part[0].length;
    return { kind: 'years', start: m.index, end, from, to, ...(twoDigit ? { twoDigit } : {}) };
  }

  decade(m: RegExpExecArray): Phrase | null {
    const g = m.groups!;
    if (g.y4) return this.yearSpan(m, num(g.y4)!, num(g.y4)! + 9);
    if (g.era) {
      const y = eraYear(g.era, num(g.en) ?? 0);
      return y === null ? null : this.yearSpan(m, y, y + 9);
    }
    const y2 = num(g.y2)!;
    return y2 % 10 === 0 ? this.yearSpan(m, 1900 + y2, 1909 + y2, true) : null;
  }

  century(m: RegExpExecArray): Phrase | null {
    const c = num(m.groups!.c);
    return c && c <= 21 ? this.yearSpan(m, (c - 1) * 100 + 1, c * 100) : null;
  }

  period(m: RegExpExecArray): Phrase | null {
    const g = m.groups!;
    const span = g.name ? PERIODS[g.name] : g.china ? PERIODS[g.china] : eraSpan(g.era ?? g.bare!);
    return span ? { kind: 'years', start: m.index, end: m.index + m[0].length, from: span.from, to: span.to } : null;
  }

  clock(m: RegExpExecArray): Phrase {
    return { kind: 'clock', start: m.index, end: this.zones(m.index + m[0].length) };
  }

  weekdayAlone(m: RegExpExecArray): Phrase {
    return { kind: 'weekday', start: m.index, end: m.index + m[0].length, weekday: WEEKDAYS.indexOf(m.groups!.wd!) };
  }

  /** Whether a phrase lies on token boundaries (always true without a token layer). */
  aligned(p: Phrase): boolean {
    return !this.b || (this.b.startsToken(p.start) && this.b.endsToken(p.end));
  }
}

const RULES: readonly [RegExp, (s: Scanner, m: RegExpExecArray) => Phrase | null][] = [
  [P.CALENDAR, (s, m) => s.calendar(m)],
  [P.SLASH_DATE, (s, m) => s.slash(m)],
  [P.RELATIVE_DAY, (s, m) => s.relativeDay(m)],
  [P.FISCAL_YEAR, (s, m) => s.fiscal(m)],
  [P.PERIOD_CLOSING, (s, m) => ({ kind: 'closing', start: m.index, end: m.index + m[0].length, y: num(m.groups!.y)!, m: num(m.groups!.m)! })],
  [P.QUARTER, (s, m) => s.quarter(m)],
  [P.WEEK, (s, m) => s.week(m)],
  [P.WEEKDAY, (s, m) => s.weekdayAlone(m)],
  [P.CLOCK, (s, m) => s.clock(m)],
  [P.DECADE, (s, m) => s.decade(m)],
  [P.CENTURY, (s, m) => s.century(m)],
  [P.PERIOD, (s, m) => s.period(m)],
];

/** Every time phrase in `text`, in order, not overlapping (the longest wins where two start together). */
export function scanPhrases(text: string, boundaries?: TokenBoundaries): Phrase[] {
  const scanner = new Scanner(text, boundaries);
  const found: Phrase[] = [];
  for (const [re, build] of RULES) {
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      const p = build(scanner, m);
      if (p && p.end > p.start && scanner.aligned(p) && !RECURRING.test(text.slice(Math.max(0, p.start - 3), p.start))) found.push(p);
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
