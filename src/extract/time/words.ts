/**
 * What the relative time words mean: which date each counts from and by how much, and the year spans of eras and
 * historical periods.
 */
import { ERA_START } from './patterns.js';
import type { Ref } from './phrase.js';

const ref = (off: number): Ref => ({ kind: 'ref', off });
const prev = (off: number): Ref => ({ kind: 'prev', off });

/** Years: 今年 is the reference year, 昨年 the one before; 同年 and 翌年 count from the last year the text named. */
export const YEAR_WORDS: Readonly<Record<string, Ref>> = {
  一昨年: ref(-2), 昨年: ref(-1), 去年: ref(-1), 今年: ref(0), 本年: ref(0), 年内: ref(0), 来年: ref(1), 再来年: ref(2),
  前年: prev(-1), 同年: prev(0), 翌年: prev(1), 翌々年: prev(2),
};

export const MONTH_WORDS: Readonly<Record<string, Ref>> = {
  先々月: ref(-2), 先月: ref(-1), 今月: ref(0), 来月: ref(1), 前月: prev(-1), 同月: prev(0), 翌月: prev(1), 翌々月: prev(2),
};

/** Days. この日 and 当日 are the day the article narrates; 同日, その日, 翌日, 前日 count from the last day named. */
export const DAY_WORDS: Readonly<Record<string, Ref>> = {
  一昨日: ref(-2), おととい: ref(-2), 昨日: ref(-1), きのう: ref(-1), 今日: ref(0), きょう: ref(0), 本日: ref(0),
  明日: ref(1), あす: ref(1), 明後日: ref(2), あさって: ref(2),
  この日: { kind: 'story' }, 当日: { kind: 'story' },
  同日: prev(0), 同夜: prev(0), その日: prev(0), 翌日: prev(1), 翌々日: prev(2), 前日: prev(-1), 前々日: prev(-2),
};

/** 今年度, 昨年度 …: the first character before 年度. */
export const FISCAL_WORDS: Readonly<Record<string, Ref>> = {
  今: ref(0), 本: ref(0), 当: ref(0), 昨: ref(-1), 前: ref(-1), 来: ref(1), 次: ref(1), 翌: prev(1), 同: prev(0),
};

/** 今四半期, 次の四半期 …: what stands before 四半期. */
export const QUARTER_WORDS: Readonly<Record<string, Ref>> = {
  今: ref(0), 本: ref(0), 当: ref(0), 来: ref(1), 次の: ref(1), 前: ref(-1), 前の: ref(-1), 翌: prev(1), 同: prev(0),
};

export const WEEK_WORDS: Readonly<Record<string, Ref>> = {
  先々週: ref(-2), 先週: ref(-1), 今週: ref(0), 来週: ref(1), 再来週: ref(2), 前週: prev(-1), 同週: prev(0), 翌週: prev(1),
};

/** 0 = Sunday. */
export const WEEKDAYS = '日月火水木金土';

/** The last year of each modern era (令和 is still running). */
const ERA_END: Readonly<Record<string, number | null>> = { 明治: 1912, 大正: 1926, 昭和: 1989, 平成: 2019, 令和: null };

/** The year span of an era. */
export function eraSpan(era: string): { from: number; to: number | null } | null {
  const from = ERA_START[era];
  return from === undefined ? null : { from, to: ERA_END[era] ?? null };
}

/** Japanese historical periods and Chinese dynasties, by their commonly given years. */
export const PERIODS: Readonly<Record<string, { from: number; to: number }>> = {
  平安: { from: 794, to: 1185 }, 鎌倉: { from: 1185, to: 1333 }, 室町: { from: 1336, to: 1573 },
  戦国: { from: 1467, to: 1590 }, 安土桃山: { from: 1573, to: 1603 }, 江戸: { from: 1603, to: 1868 },
  唐: { from: 618, to: 907 }, 宋: { from: 960, to: 1279 }, 明: { from: 1368, to: 1644 }, 清: { from: 1644, to: 1912 },
};

/** The year of an era year: 令和8年 → 2026, 平成元年 → 1989. */
export function eraYear(era: string, n: number): number | null {
  const start = ERA_START[era];
  return start === undefined || n < 1 ? null : start + n - 1;
}
