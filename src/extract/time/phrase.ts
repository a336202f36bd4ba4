/**
 * The shapes of a time phrase before it is placed in time: what the text says (a year, a month, a day — each
 * absolute, relative to the reference date, or relative to the last date named), not yet what it means.
 */

/**
 * One field of a date as written: `abs` a number the text states (4月 → 4); `ref` an offset from the reference
 * date (昨年 → −1); `prev` an offset from the last date the text named (翌日 → +1); `story` the day the article
 * narrates (この日, 当日).
 */
export type Ref =
  | { kind: 'abs'; n: number }
  | { kind: 'ref'; off: number }
  | { kind: 'prev'; off: number }
  | { kind: 'story' };

interface Base {
  start: number;
  end: number;
}

/** Year, month and day as written, any of them missing; with the end of a range and a weekday note. */
export interface DatePhrase extends Base {
  kind: 'date';
  y?: Ref;
  m?: Ref;
  d?: Ref;
  /** The end of a range (2月4〜5日, 1～3月, 2010年12月-2011年1月), absolute fields only; or a weekday
   * (18日月曜日から金曜日まで: the first such weekday after the start). */
  to?: { y?: number; m?: number; d?: number; wd?: number };
  /** A weekday the text adds in brackets, 0 = Sunday. */
  weekday?: number;
  /** 2018年6月13日 states its year; 6月13日 does not (used to reuse years the text already gave). */
  statedYear: boolean;
}

export interface FiscalYearPhrase extends Base {
  kind: 'fiscal_year';
  y: Ref;
  /** 前年度: the year before the one its sentence states (2013年度の…前年度 → 2012), else before the reference's. */
  sentencePrev?: boolean;
}

/** 2011年3月期: the fiscal period that closes in that month. */
export interface ClosingPhrase extends Base {
  kind: 'closing';
  y: number;
  m: number;
}

export interface QuarterPhrase extends Base {
  kind: 'quarter';
  /** 今四半期 (ref 0), 次の四半期 (ref +1), 第2四半期 (abs 2). */
  q?: Ref;
  /** 10～12月期. */
  months?: [number, number];
  y?: number;
  /** 2026年度第1四半期: quarters of the fiscal year. */
  fiscal: boolean;
}

export interface WeekPhrase extends Base {
  kind: 'week';
  w: Ref;
  weekday?: number;
}

export interface WeekdayPhrase extends Base {
  kind: 'weekday';
  weekday: number;
}

/** A time of day with no date of its own: it takes the day the text is at. */
export interface ClockPhrase extends Base {
  kind: 'clock';
}

/** A fixed span of years: a decade, a century, an era, a historical period. */
export interface YearSpanPhrase extends Base {
  kind: 'years';
  from: number;
  /** Null for a span still running (令和). */
  to: number | null;
  /** 90年代: the century is chosen against the reference year (1990s or 2090s → whichever is not in the future). */
  twoDigit?: boolean;
}

export type Phrase =
  | DatePhrase | FiscalYearPhrase | ClosingPhrase | QuarterPhrase | WeekPhrase | WeekdayPhrase | ClockPhrase
  | YearSpanPhrase;
