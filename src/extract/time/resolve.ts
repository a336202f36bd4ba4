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
  addDays, addQuarters, fiscalYearOf, formatDay, formatMonth, formatQuarter, formatYear, mondayOf,
  quarterOf, weekday,
} from './calendar.js';
import { Fill, type Named, type TimeContext } from './context.js';
import type { Phrase, Ref } from './phrase.js';
import { yearForMonth, yearForQuarter } from './reference.js';
import { resolveDate } from './resolve-date.js';

export { TimeContext } from './context.js';

export interface Resolved {
  value: string;
  precision: TimePrecision;
  value_end?: string;
  basis: TimeBasis;
  /** Set when a weekday note does not fall on the resolved day. */
  weekdayMismatch?: boolean;
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
      const stated = p.sentencePrev ? ctx.sentenceYear : null;
      if (stated) {
        const fy = fiscalYearOfNamed(stated) - 1;
        ctx.last = { y: fy, fiscal: true };
        return { value: formatYear(fy), precision: 'fiscal_year', basis: 'text' };
      }
      const fy = rel(p.y, () => { const r = f.ref(); return r ? fiscalYearOf(r) : null; },
        () => (last ? fiscalYearOfNamed(last) : null));
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

/** The fiscal year a named date falls in; a bare year or a fiscal year is itself. */
function fiscalYearOfNamed(n: Named): number {
  return n.fiscal || n.m === undefined ? n.y : fiscalYearOf({ y: n.y, m: n.m });
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
