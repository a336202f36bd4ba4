/**
 * Places a time phrase in time: fills what the text leaves out from the reference date (reference.ts rules) or
 * from the last date the text named, and formats the contract's value. The context is updated in text order, so
 * 同日 means the day named just before it — strictly: 同日 after 1月末 (a month) has no day to repeat and yields
 * nothing. この日 / 当日 mean the day the news is about: the last day named when it lies within a week of the
 * reference date, else the first such day of the body (past a background date like 2007年9月26日に就任), else the
 * last day named. A clock time with no date (21時30分) takes the last day named. A month-day without a year that
 * the text gave with a year before (就任の9月26日 after 2007年9月26日) keeps that year.
 */
import type { TimeBasis, TimePrecision } from '../../analysis/contract.js';
import {
  addDays, addMonths, addQuarters, type CalDate, daysBetween, fiscalYearOf, formatDay, formatMonth, formatQuarter,
  formatYear, isValidDate, mondayOf, quarterOf, weekday,
} from './calendar.js';
import type { DatePhrase, Phrase, Ref } from './phrase.js';
import { monthForDay, yearForMonth, yearForMonthDay, yearForQuarter } from './reference.js';

export interface Resolved {
  value: string;
  precision: TimePrecision;
  value_end?: string;
  basis: TimeBasis;
  /** Set when a weekday note does not fall on the resolved day. */
  weekdayMismatch?: boolean;
}

/** A date the text named, as precise as it was named. */
interface Named {
  y: number;
  m?: number;
  d?: number;
  fiscal?: boolean;
}

const STORY_WINDOW_DAYS = 7;
const WEAKER: Record<TimeBasis, number> = { stated: 0, published: 1, text: 2 };

/** The running state of one text's resolution. */
export class TimeContext {
  last: Named | null = null;
  story: CalDate | null = null;
  /** Whether some phrase needed the reference date and there was none. */
  missedReference = 0;
  private readonly statedYears = new Map<number, number>();

  constructor(readonly ref: CalDate | null) {}

  /** Records a resolved date phrase so later phrases can count from it. */
  remember(named: Named, options: { stated: boolean; body: boolean }): void {
    this.last = named;
    if (options.stated && named.m !== undefined && named.d !== undefined) this.statedYears.set(named.m * 100 + named.d, named.y);
    if (named.m !== undefined && named.d !== undefined && options.body && !this.story) {
      const day = { y: named.y, m: named.m, d: named.d };
      if (this.inNews(day)) this.story = day;
    }
  }

  lastDay(): CalDate | null {
    const l = this.last;
    return l && l.m !== undefined && l.d !== undefined ? { y: l.y, m: l.m, d: l.d } : null;
  }

  /** The year for a month (and day) without one: the year the text stated for that very day earlier
   * (就任の9月26日 after 2007年9月26日に就任), else the reference rule, else the last year named. */
  yearFor(month: number, day: number | undefined): { y: number; basis: TimeBasis } | null {
    if (day !== undefined) {
      const stated = this.statedYears.get(month * 100 + day);
      if (stated !== undefined) return { y: stated, basis: 'text' };
    }
    if (this.ref) {
      const y = day === undefined ? yearForMonth(month, this.ref) : yearForMonthDay(month, day, this.ref);
      return y === null ? null : { y, basis: 'published' };
    }
    this.missedReference++;
    return this.last ? { y: this.last.y, basis: 'text' } : null;
  }

  /** The day この日 / 当日 mean: the last day named when it lies in the news (within a week of the reference),
   * else the first such day of the body, else the last day named. */
  storyDay(): CalDate | null {
    const last = this.lastDay();
    if (last && this.inNews(last)) return last;
    return this.story ?? last;
  }

  private inNews(day: CalDate): boolean {
    return !this.ref || Math.abs(daysBetween(this.ref, day)) <= STORY_WINDOW_DAYS;
  }
}

class Fill {
  basis: TimeBasis = 'stated';
  constructor(private readonly ctx: TimeContext) {}

  weaken(b: TimeBasis): void {
    if (WEAKER[b] > WEAKER[this.basis]) this.basis = b;
  }

  /** The reference date, or null (counted, so the stage can say how much it left out). */
  ref(): CalDate | null {
    if (!this.ctx.ref) this.ctx.missedReference++;
    else this.weaken('published');
    return this.ctx.ref;
  }
}

function resolveDate(p: DatePhrase, ctx: TimeContext): { r: Resolved; named: Named } | null {
  const f = new Fill(ctx);
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  const last = ctx.last;
  // Year.
  if (p.y?.kind === 'abs') y = p.y.n;
  else if (p.y?.kind === 'ref') y = (f.ref()?.y ?? NaN) + p.y.off;
  else if (p.y?.kind === 'prev') {
    if (!last) return null;
    f.weaken('text');
    y = last.y + p.y.off;
  }
  if (y !== undefined && Number.isNaN(y)) return null;
  // Month.
  if (p.m?.kind === 'abs') m = p.m.n;
  else if (p.m?.kind === 'ref' || p.m?.kind === 'prev') {
    const base = p.m.kind === 'ref' ? f.ref() : last?.m !== undefined ? { y: last.y, m: last.m } : null;
    if (!base) return null;
    if (p.m.kind === 'prev') f.weaken('text');
    const ym = addMonths(base.y, base.m, p.m.off);
    y ??= ym.y;
    m = ym.m;
  }
  // Day.
  if (p.d?.kind === 'abs') d = p.d.n;
  else if (p.d) {
    let base: CalDate | null;
    if (p.d.kind === 'ref') base = f.ref();
    else if (p.d.kind === 'prev') base = ctx.lastDay();
    else base = ctx.storyDay();
    if (!base && p.d.kind === 'story') base = f.ref();
    else if (base && p.d.kind !== 'ref') f.weaken('text');
    if (!base) return null;
    const day = addDays(base, p.d.kind === 'story' ? 0 : p.d.off);
    ({ y, m, d } = day);
  }
  // What the text left out.
  if (d !== undefined && m === undefined) {
    const ref = ctx.ref;
    if (ref) {
      f.weaken('published');
      const ym = monthForDay(d, ref);
      if (!ym) return null;
      ({ y, m } = ym);
    } else {
      ctx.missedReference++;
      if (last?.m === undefined) return null;
      f.weaken('text');
      [y, m] = [last.y, last.m];
    }
  }
  if (m !== undefined && y === undefined) {
    const found = ctx.yearFor(m, d);
    if (!found) return null;
    f.weaken(found.basis);
    y = found.y;
  }
  if (y === undefined) return null;
  if (d !== undefined && !isValidDate(y, m!, d)) return null;
  let weekdayMismatch = false;
  if (d !== undefined && p.weekday !== undefined && weekday({ y, m: m!, d }) !== p.weekday) {
    // A weekday note can settle a year or month the text left out.
    const alt = p.y ? null : [y - 1, y + 1].find((yy) => isValidDate(yy, m!, d!) && weekday({ y: yy, m: m!, d: d! }) === p.weekday);
    if (alt !== undefined && alt !== null) y = alt;
    else weekdayMismatch = true;
  }
  const r: Resolved = d !== undefined
    ? { value: formatDay({ y, m: m!, d }), precision: 'day', basis: f.basis }
    : m !== undefined ? { value: formatMonth(y, m), precision: 'month', basis: f.basis }
    : { value: formatYear(y), precision: 'year', basis: f.basis };
  if (weekdayMismatch) r.weekdayMismatch = true;
  const end = rangeEnd(p, y, m, d);
  if (end) r.value_end = end;
  return { r, named: { y, m, d } };
}

/** The last day (month, year) of a range, filled from its start; null when it is not after the start. */
function rangeEnd(p: DatePhrase, y: number, m: number | undefined, d: number | undefined): string | null {
  const to = p.to;
  if (!to) return null;
  if (d !== undefined && to.wd !== undefined) {
    const start = { y, m: m!, d };
    return formatDay(addDays(start, (to.wd - weekday(start) + 7) % 7 || 7));
  }
  if (d !== undefined && to.d !== undefined) {
    let em = to.m ?? m!;
    let ey = to.y ?? y;
    if (to.m === undefined && to.d < d) ({ y: ey, m: em } = addMonths(y, m!, 1));
    else if (to.y === undefined && em < m!) ey = y + 1;
    if (!isValidDate(ey, em, to.d) || daysBetween({ y, m: m!, d }, { y: ey, m: em, d: to.d }) <= 0) return null;
    return formatDay({ y: ey, m: em, d: to.d });
  }
  if (m !== undefined && to.m !== undefined) {
    const ey = to.y ?? (to.m < m ? y + 1 : y);
    return ey * 12 + to.m > y * 12 + m ? formatMonth(ey, to.m) : null;
  }
  if (to.y !== undefined && to.y > y) return formatYear(to.y);
  return null;
}

/**
 * Resolves one phrase against the context and records it there. Null when the phrase cannot be placed (a
 * relative word with nothing to count from, an impossible date).
 */
export function resolve(p: Phrase, ctx: TimeContext, where: { body: boolean }): Resolved | null {
  const f = new Fill(ctx);
  const last = ctx.last;
  const rel = (r: Ref, fromRef: () => number | null, fromLast: () => number | null): number | null => {
    if (r.kind === 'abs') return r.n;
    if (r.kind === 'story') return null;
    const base = r.kind === 'ref' ? fromRef() : fromLast();
    if (base === null) return null;
    if (r.kind === 'prev') f.weaken('text');
    return base + r.off;
  };
  switch (p.kind) {
    case 'date': {
      const out = resolveDate(p, ctx);
      if (!out) return null;
      ctx.remember(out.named, { stated: p.statedYear, body: where.body });
      return out.r;
    }
    case 'fiscal_year': {
      const fy = rel(p.y, () => { const r = f.ref(); return r ? fiscalYearOf(r) : null; },
        () => (last ? (last.fiscal || last.m === undefined ? last.y : fiscalYearOf({ y: last.y, m: last.m })) : null));
      if (fy === null) return null;
      ctx.last = { y: fy, fiscal: true };
      return { value: formatYear(fy), precision: 'fiscal_year', basis: f.basis };
    }
    case 'closing': {
      ctx.last = { y: p.y, m: p.m };
      if (p.m === 3) return { value: formatYear(p.y - 1), precision: 'fiscal_year', basis: 'stated' };
      if (p.m === 12) return { value: formatYear(p.y), precision: 'year', basis: 'stated' };
      return { value: formatMonth(p.y, p.m), precision: 'month', basis: 'stated' };
    }
    case 'quarter':
      return resolveQuarter(p, ctx, f);
    case 'week': {
      const base = p.w.kind === 'ref' ? f.ref() : ctx.lastDay();
      if (!base) return null;
      if (p.w.kind === 'prev') f.weaken('text');
      const monday = addDays(mondayOf(base), 7 * (p.w.kind === 'abs' || p.w.kind === 'story' ? 0 : p.w.off));
      if (p.weekday !== undefined) {
        const day = addDays(monday, (p.weekday + 6) % 7);
        ctx.last = { ...day };
        return { value: formatDay(day), precision: 'day', basis: f.basis };
      }
      return { value: formatDay(monday), precision: 'day', value_end: formatDay(addDays(monday, 6)), basis: f.basis };
    }
    case 'weekday': {
      const base = ctx.ref ? f.ref() : ctx.lastDay();
      if (!base) return null;
      if (!ctx.ref) f.weaken('text');
      // The nearest such weekday, at most three days either way.
      const shift = ((p.weekday - weekday(base) + 10) % 7) - 3;
      const day = addDays(base, shift);
      ctx.last = { ...day };
      return { value: formatDay(day), precision: 'day', basis: f.basis };
    }
    case 'clock': {
      const day = ctx.lastDay() ?? ctx.storyDay();
      if (day) return { value: formatDay(day), precision: 'day', basis: 'text' };
      const ref = f.ref();
      return ref ? { value: formatDay(ref), precision: 'day', basis: f.basis } : null;
    }
    case 'years': {
      let { from, to } = p;
      const now = ctx.ref?.y ?? last?.y;
      if (p.twoDigit && now !== undefined && from + 100 <= now) [from, to] = [from + 100, to === null ? null : to + 100];
      const r: Resolved = { value: formatYear(from), precision: 'year', basis: p.twoDigit ? 'published' : 'stated' };
      if (to !== null && to > from) r.value_end = formatYear(to);
      return r;
    }
  }
}

function resolveQuarter(p: Extract<Phrase, { kind: 'quarter' }>, ctx: TimeContext, f: Fill): Resolved | null {
  const last = ctx.last;
  let y: number;
  let q: number;
  if (p.months) {
    const [m0, m1] = p.months;
    const aligned = m0 % 3 === 1 && m1 === m0 + 2;
    const yy = p.y ?? (ctx.ref ? (f.weaken('published'), aligned ? yearForQuarter(quarterOf(m0), ctx.ref) : yearForMonth(m0, ctx.ref)) : last?.y);
    if (yy === undefined) return null;
    if (!aligned) {
      ctx.last = { y: yy, m: m0 };
      return { value: formatMonth(yy, m0), precision: 'month', value_end: formatMonth(yy, m1), basis: f.basis };
    }
    [y, q] = [yy, quarterOf(m0)];
  } else if (p.q?.kind === 'abs') {
    if (p.fiscal && p.y !== undefined) ({ y, q } = addQuarters(p.y, p.q.n, 1));
    else if (p.y !== undefined) [y, q] = [p.y, p.q.n];
    else {
      const ref = f.ref();
      const yy = ref ? yearForQuarter(p.q.n, ref) : last?.y;
      if (yy === undefined) return null;
      if (!ref) f.weaken('text');
      [y, q] = [yy, p.q.n];
    }
  } else if (p.q?.kind === 'ref') {
    const ref = f.ref();
    if (!ref) return null;
    ({ y, q } = addQuarters(ref.y, quarterOf(ref.m), p.q.off));
  } else if (p.q?.kind === 'prev') {
    if (!last || last.m === undefined) return null;
    f.weaken('text');
    ({ y, q } = addQuarters(last.y, quarterOf(last.m), p.q.off));
  } else return null;
  ctx.last = { y, m: (q - 1) * 3 + 1 };
  return { value: formatQuarter(y, q), precision: 'quarter', basis: f.basis };
}
