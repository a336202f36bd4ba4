/**
 * The regular expressions of the time layer, compiled once. Cores (a date, a relative word, a quarter …) are found
 * by the global patterns; what may follow a core (a weekday in brackets, a time zone, a time of day, the end of a
 * range, 末 or 上旬) is read with the sticky ones at the core's end.
 */

const D = '[0-9０-９]';
const KMONTH = '十[一二]|[一二三四五六七八九十]';
const KDAY = '三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]';
const KNUM = '[〇一二三四五六七八九十]{1,3}';
/** Modern eras; 元 is the first year of one. */
export const ERA_START: Readonly<Record<string, number>> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };
const ERA = '令和|平成|昭和|大正|明治';
const ERA_YEAR = `(?:${D}{1,2}|${KNUM}|元)`;
/** Not inside a larger numeral (a comma or point counts only between digits: 以来,19年 is fine). */
const NOT_AFTER_NUMBER = '(?<![0-9０-９〇一二三四五六七八九十百千万])(?<![0-9０-９][.．,，])';

/**
 * Year, month and day, each optional (at least one present): 2026年2月4日, 令和8年, 今年8月2日, 同年9月30日,
 * 今月2日, 2月4〜5日, 1～3月, 19日. Years that are fiscal years or decades, months that close a fiscal period
 * (3月期) and days that count (5日間, 3日目) are left to other patterns.
 */
const CALENDAR_SOURCE =
  `${NOT_AFTER_NUMBER}(?=[0-9０-９〇一二三四五六七八九十今本昨去来再翌前同先令平昭大明年])` +
  `(?:(?<ya>${D}{4}|[〇一二三四五六七八九]{4})年(?![度代間目])` +
  `|(?<era>${ERA})\\s?(?<en>${ERA_YEAR})年(?![度代間目])` +
  `|(?<yr>一昨年|再来年|今年|本年|昨年|去年|来年|翌々年|翌年|前年|同年|年内)(?![度代比同])` +
  `)?` +
  // 今年の2月: a year may be joined to its month by の.
  `(?:(?<=年)の(?=(?:${D}{1,2}|${KMONTH})月))?` +
  `(?:(?<ma0>${D}{1,2})[〜～~\\-－](?<ma1>${D}{1,2})月(?![期間])` +
  `|(?<ma>${D}{1,2}|${KMONTH})月(?![期間])` +
  `|(?<mr>先々月|今月|先月|来月|翌々月|翌月|前月|同月)(?![比])` +
  `)?` +
  // A day never follows a year directly (2026年4日 is a year and a stray number).
  `(?:(?<!年)(?<d0>${D}{1,2}|${KDAY})(?:[〜～~\\-－](?<d1>${D}{1,2}|${KDAY}))?日(?![間目]))?` +
  // Every match ends so; this only spares the engine the empty matches the optional parts allow.
  `(?<=[年月日内])`;

export const CALENDAR = new RegExp(CALENDAR_SOURCE, 'g');
/** The same, anchored, for the end of a range. */
export const CALENDAR_AT = new RegExp(CALENDAR_SOURCE, 'y');

/** 2026/02/10, 2026-02-10, 2026.02.10. */
export const SLASH_DATE = new RegExp(
  `(?<![0-9０-９])(?<y>${D}{4})[/／.．\\-－](?<m>${D}{1,2})[/／.．\\-－](?<d>${D}{1,2})(?![0-9０-９])`, 'g');

/** Days counted from the reference or the last date named: 昨日, 同日, 翌日, この日; 翌日の22日 names the day. */
export const RELATIVE_DAY = new RegExp(
  `(?<rd>一昨日|おととい|昨日|きのう|今日|きょう|本日|明後日|あさって|明日|あす|同日|当日|翌々日|翌日|前々日|前日|この日|その日|同夜)` +
  `(?:の(?<rdd>${D}{1,2}|${KDAY})日(?![間目]))?`, 'g');

/** Fiscal years: 2026年度, 令和8年度, 今年度 — not 前年度比 or 前年度同期, comparisons (as 前年比 is no time). */
export const FISCAL_YEAR = new RegExp(
  `${NOT_AFTER_NUMBER}(?:(?<fy>${D}{4})|(?<era>${ERA})\\s?(?<en>${ERA_YEAR}))年度` +
  `|(?<fr>今|本|当|昨|前|来|翌|同|次)年度(?![比同])`, 'g');

/** A fiscal period named by its closing month: 2011年3月期. */
export const PERIOD_CLOSING = new RegExp(`${NOT_AFTER_NUMBER}(?<y>${D}{4})年(?<m>${D}{1,2})月期`, 'g');

/** Quarters: 今四半期, 次の四半期, 前四半期, 2025年第4四半期, 2026年度第1四半期, 10～12月期, 2025年10～12月期. */
export const QUARTER = new RegExp(
  `(?<qr>今|本|当|来|次の|前の|前|同|翌)四半期` +
  `|${NOT_AFTER_NUMBER}(?:(?<y>${D}{4})年(?<fy>度)?)?` +
  `(?:第(?<q>[1-4１-４一二三四])四半期|(?<m0>${D}{1,2})[〜～~\\-－](?<m1>${D}{1,2})月期)`, 'g');

/** Weeks: 今週, 先週, 来週, 翌週 (not 今週末, a weekend). */
export const WEEK = /(?<w>先々週|再来週|今週|先週|来週|翌週|前週|同週)(?!末)/g;

/** A weekday standing alone: 水曜日, 水曜. */
export const WEEKDAY = /(?<![毎隔各(（])(?<wd>[月火水木金土日])曜日?/g;

/** A time of day with no date before it: 21時30分, 午後3時. Kanji hours only after 午前/午後 (一時 is "for a while"). */
export const CLOCK = new RegExp(
  `(?:(?<ap>午前|午後)\\s?(?<hk>${KNUM})時|${NOT_AFTER_NUMBER}(?:(?:午前|午後)\\s?)?(?<h>${D}{1,2})時)(?![間点代])` +
  `(?:(?<mi>${D}{1,2}|${KNUM})分|半)?(?:(?<se>${D}{1,2})秒)?`, 'g');

/** Decades: 1990年代, 90年代, 昭和30年代. */
export const DECADE = new RegExp(
  `${NOT_AFTER_NUMBER}(?:(?<y4>${D}{4})|(?<era>${ERA})\\s?(?<en>${D}{1,2}|${KNUM})|(?<y2>${D}{2}))年代`, 'g');

/** Centuries: 17世紀 (not 紀元前5世紀). */
export const CENTURY = new RegExp(`(?<!前)${NOT_AFTER_NUMBER}(?<c>${D}{1,2}|${KNUM})世紀`, 'g');

/** Eras and historical periods as spans of years: 昭和時代, 大正期, 江戸時代, 清代; a bare era before a particle. */
export const PERIOD = new RegExp(
  `(?<name>平安|鎌倉|室町|戦国|安土桃山|江戸)時代` +
  `|(?<era>${ERA})(?<suffix>時代|初期|中期|末期|後期|前期|期)` +
  `|(?<china>唐|宋|明|清)(?:代|朝(?:時代)?)` +
  `|(?<![\\p{Script=Han}\\p{Script=Katakana}])(?<bare>${ERA})(?=[にがのはをもとへや、。,]|から|まで)`, 'gu');

// Sticky patterns read at a core's end.

/** A weekday in brackets after a day: (水), （水曜日）, (水・祝). */
export const WEEKDAY_NOTE = /\s?[(（]\s?(?<wd>[月火水木金土日])(?:曜日?)?(?:・祝)?\s?[)）]|(?<wd2>[月火水木金土日])曜日?/y;

/** A time zone: (UTC+9), 日本時間, 米東部時間, 現地時間. */
export const ZONE = new RegExp(
  `\\s?(?:[(（]\\s?(?:UTC|GMT|JST)\\s?(?:[+\\-−＋－±]\\s?${D}{1,2}(?:[:：]?${D}{2})?)?\\s?[)）]` +
  `|(?:日本|現地|米国?東部|米国?西部|米国?中部|東部|西部|中部|太平洋|山岳部|英国|北京|モスクワ|グリニッジ)(?:夏|標準)?時間(?!帯))`, 'y');

/** A part of the day, then perhaps a clock time, or a clock time alone: 午後, 夜, 午後0時35分, 21時30分, 10:15. */
export const TIME_OF_DAY = new RegExp(
  `(?:(?<part>午前|午後|未明|早朝|朝方|朝|昼前|昼過ぎ|昼|夕方|夕刻|晩|深夜|夜間|夜|正午|明け方|日中|中)\\s?)?` +
  `(?:(?<h>${D}{1,2}|${KNUM})時(?![間点代])(?:(?:${D}{1,2}|${KNUM})分|半)?(?:${D}{1,2}秒)?(?:頃|ごろ|過ぎ)?)?`, 'y');

/** A clock time written with a colon after a full date: 2026年3月2日 10:15. */
export const COLON_TIME = new RegExp(`\\s{0,2}(?:[0-1]?[0-9]|2[0-4])[:：][0-5][0-9](?:[:：][0-5][0-9])?(?![0-9])`, 'y');

/** A weekday ending a range: 18日月曜日から金曜日まで. */
export const WEEKDAY_AT = /(?<wd>[月火水木金土日])曜日?/y;

/** What joins the two ends of a range: 〜 ～ ~ - から. */
export const RANGE_JOIN = /\s?(?:[〜～~\-－–—‐]|から)\s?/y;

/** A part of a month that keeps the month: 末, 上旬, 中旬, 下旬, 初め, 中. */
export const MONTH_PART = /上旬|中旬|下旬|初旬|初め|はじめ|半ば|末|頭|中|いっぱい/y;

/** A part of a year (or a fiscal year) that keeps the year: 末, 初め, 前半, 中, 内. */
export const YEAR_PART = /上半期|下半期|前半|後半|初頭|初め|半ば|末|中|内|いっぱい/y;

/** Qualifiers of a decade or century that keep the whole span: 1990年代前半 is read as the 1990s. */
export const SPAN_PART = /前半|後半|初頭|初め|半ば|中頃|中葉|末/y;

/** Words before a bare day that make it a count of days (あと6日, 約5日). */
export const DAY_COUNT_BEFORE = /(?:あと|約|およそ|ここ|過去|最長|最短|わずか|計|延べ|毎|数|十|第)$/;

/** Words after a bare day that make it a count of days (5日以内, 3日ぶり, 5日後, 1日平均). */
export const DAY_COUNT_AFTER = /以内|以上|未満|ぶり|振り|連続|余り|あまり|足らず|ほど|程度|近く|前後|前|後|超|弱|強|分|当たり|あたり|平均|ごと|おき|がかり|でも早/y;
