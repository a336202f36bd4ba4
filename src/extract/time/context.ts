/**
 * The running state of one text's resolution: the reference date, the last date the text named, the day the news
 * is about, and the years the text stated for month-days.
 */
import type { TimeBasis } from '../../analysis/contract.js';
import { type CalDate, daysBetween } from './calendar.js';
import { yearForMonth, yearForMonthDay } from './reference.js';

/** A date the text named, as precise as it was named. */
export interface Named {
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
  /** How many phrases needed the reference date when there was none. */
  missedReference = 0;
  /** The last date of the current sentence that stated its year (2013年度, 2013年5月), or null. */
  sentenceYear: Named | null = null;
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

/** Tracks the weakest basis a phrase's value rests on. */
export class Fill {
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

