/**
 * Date phrases — year, month and day as written (2026年2月4日, 今年8月2日, 同月20日, 19日夜, 2026/02/10, 翌日) —
 * extended by what may follow them: a weekday note, time zones, a time of day, the end of a range, 末 or 上旬.
 */
import * as P from './patterns.js';
import type { DatePhrase, Phrase, Ref } from './phrase.js';
import { abs, at, isDayCount, num, type Reader } from './reader.js';
import { DAY_WORDS, MONTH_WORDS, WEEKDAYS, YEAR_WORDS, eraYear } from './words.js';

const UPDATE_LABEL = /(?:更新日?|最終更新|[Uu]pdated?)\s*(?:時刻|日時)?\s*[:：]\s*$/;
const HAN_OR_KATAKANA = /[\p{Script=Han}\p{Script=Katakana}]/u;
type Fields = Pick<DatePhrase, 'y' | 'm' | 'd' | 'to' | 'statedYear'>;

/** The fields of a calendar match; null when it names nothing real (13月). */
function calendarFields(m: RegExpExecArray): Fields | null {
  const g = m.groups!;
  const out: Fields = { statedYear: false };
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

/** Weekday note, zones, time of day, zones (and a colon time after a full date); returns the new end. */
function dayTail(r: Reader, p: DatePhrase, pos: number, colon: boolean): number {
  const wd = r.piece(P.WEEKDAY_NOTE, pos);
  if (wd) {
    p.weekday = WEEKDAYS.indexOf(wd.groups!.wd ?? wd.groups!.wd2!);
    pos += wd[0].length;
  }
  pos = r.zones(pos);
  const tod = r.piece(P.TIME_OF_DAY, pos);
  if (tod) pos = r.zones(pos + tod[0].length);
  if (colon) {
    const c = r.piece(P.COLON_TIME, pos);
    if (c) pos = r.zones(pos + c[0].length);
  }
  return pos;
}

/** The end of a range after `pos` when the phrase's shape allows one: its absolute fields and where it ends. */
function rangeEnd(r: Reader, p: DatePhrase, pos: number): { to: NonNullable<DatePhrase['to']>; end: number } | null {
  const join = at(P.RANGE_JOIN, r.text, pos);
  if (!join) return null;
  const m = at(P.CALENDAR_AT, r.text, pos + join[0].length);
  if (!m) {
    const wd = p.d ? at(P.WEEKDAY_AT, r.text, pos + join[0].length) : null;
    const end = wd ? wd.index + wd[0].length : 0;
    return wd && r.endsOk(end) ? { to: { wd: WEEKDAYS.indexOf(wd.groups!.wd!) }, end } : null;
  }
  const f = calendarFields(m);
  if (!f || f.to || [f.y, f.m, f.d].some((x) => x && x.kind !== 'abs')) return null;
  const get = (x: Ref | undefined) => (x && x.kind === 'abs' ? x.n : undefined);
  const to = { y: get(f.y), m: get(f.m), d: get(f.d) };
  const shapeOk = p.d ? to.d !== undefined : p.m ? to.m !== undefined && to.d === undefined : to.y !== undefined && !to.m && !to.d;
  const end = m.index + m[0].length;
  if (!shapeOk || !r.endsOk(end)) return null;
  if (to.d !== undefined && !f.m && !f.y && isDayCount(r.text, m.index, end)) return null;
  return { to, end };
}

/** Extends a date phrase by what follows it. */
function extend(r: Reader, p: DatePhrase, colon: boolean): void {
  let pos = p.end;
  if (p.d) {
    pos = dayTail(r, p, pos, colon);
    if (p.d.kind === 'abs' && !p.to) {
      const range = rangeEnd(r, p, pos);
      if (range) {
        p.to = range.to;
        pos = dayTail(r, { ...p }, range.end, false);
      }
    }
  } else {
    const part = r.piece(p.m ? P.MONTH_PART : P.YEAR_PART, pos);
    if (part) pos += part[0].length;
    else if ((p.m ?? p.y)?.kind === 'abs' && !p.to) {
      const range = rangeEnd(r, p, pos);
      if (range) [p.to, pos] = [range.to, range.end];
    }
  }
  p.end = pos;
}

const labelledUpdate = (r: Reader, start: number) => UPDATE_LABEL.test(r.text.slice(Math.max(0, start - 12), start));

/** From a CALENDAR match. */
export function calendarPhrase(r: Reader, m: RegExpExecArray): Phrase | null {
  const f = calendarFields(m);
  if (!f) return null;
  const p: DatePhrase = { kind: 'date', start: m.index, end: m.index + m[0].length, ...f };
  if (p.d?.kind === 'abs' && !p.m && !p.y) {
    if (isDayCount(r.text, p.start, p.end)) return null;
    // A kanji day alone names a date only from 十一日 on: 一日, 三日, 十日 are as often counts of days.
    if (/[一二三四五六七八九十]/.test(m[0]) && (p.d.n <= 10 || !r.numeral(p.start, p.end - 1))) return null;
  }
  // A page's revision stamp (更新: 2026/02/10) is not part of the article.
  if (p.statedYear && labelledUpdate(r, p.start)) return null;
  extend(r, p, p.statedYear);
  return p;
}

/** From a SLASH_DATE match. */
export function slashPhrase(r: Reader, m: RegExpExecArray): Phrase | null {
  const g = m.groups!;
  if (labelledUpdate(r, m.index)) return null;
  const p: DatePhrase = {
    kind: 'date', start: m.index, end: m.index + m[0].length,
    y: abs(num(g.y)!), m: abs(num(g.m)!), d: abs(num(g.d)!), statedYear: true,
  };
  p.end = dayTail(r, p, p.end, true);
  return p;
}

/** From a RELATIVE_DAY match; not 「Bと同日に」 (the same day as B) nor 同日電話会談 (a compound). */
export function relativeDayPhrase(r: Reader, m: RegExpExecArray): Phrase | null {
  const g = m.groups!;
  const word = g.rd!;
  if ((word === '同日' || word === '当日' || word === '同夜') && r.text[m.index - 1] === 'と') return null;
  const day = num(g.rdd);
  if (day !== null && (day < 1 || day > 31)) return null;
  const p: DatePhrase = {
    kind: 'date', start: m.index, end: m.index + m[0].length, d: day !== null ? abs(day) : DAY_WORDS[word], statedYear: false,
  };
  const bare = p.end;
  p.end = dayTail(r, p, p.end, false);
  const next = r.text[p.end];
  if (p.end === bare && next !== undefined && next !== '付' && next !== '中' && HAN_OR_KATAKANA.test(next)) return null;
  return p;
}
