/**
 * Places a date phrase (year, month, day as written) in time, filling what the text leaves out.
 */
import {
  addDays, addMonths, type CalDate, daysBetween, formatDay, formatMonth, formatYear, isValidDate, weekday,
} from './calendar.js';
import { Fill, type Named, type TimeContext } from './context.js';
import type { DatePhrase } from './phrase.js';
import { monthForDay } from './reference.js';
import type { Resolved } from './resolve.js';

export function resolveDate(p: DatePhrase, ctx: TimeContext): { r: Resolved; named: Named } | null {
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

