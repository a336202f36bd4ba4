/**
 * An event's date: a time expression of its own clause that reaches the trigger (the nearest before it, else the
 * first after it), else a time that sets the scene for the whole sentence (2月4日、…), else none — never the
 * publication date. A time binds to the first verb after it (12月に予定している会談: 12月 dates the plan), unless a
 * comma lets it reach further. A 同日-style word is a time expression the times layer has already resolved. Times
 * that are a quantity's period (今四半期に2千万トン) date the amount, not a commitment to it.
 */
import type { TimeExpression, TimeValue } from '../../analysis/contract.js';
import { addDays, formatDay } from '../time/calendar.js';
import { isTargetTime } from '../time/target.js';
import { firstAt, type Item } from './items.js';
import { verbBetween } from './predicates.js';

export interface DateSite {
  text: string;
  items: readonly Item[];
  /** The trigger's position. */
  at: number;
  clauseStart: number;
  clauseEnd: number;
  /** Times after the trigger may date it (not for an event told in a relative clause). */
  after: boolean;
  /** The rest of the sentence may date it (its clause shares the sentence's subject). */
  sentenceWide: boolean;
  /** Where the clause chained to this one begins (…夕方戻り、…面会し), or -1. */
  chainStart: number;
  skip: ReadonlySet<string>;
}

/** Whether a comma follows the time (after a parenthesis such as (UTC+9) or a particle は/に/にも). */
export function scene(text: string, t: TimeExpression): boolean {
  let k = t.end;
  const close = text[k] === '(' ? ')' : text[k] === '（' ? '）' : null;
  if (close) {
    const e = text.indexOf(close, k);
    if (e > 0 && e - k < 30) k = e + 1;
  }
  const rest = text.slice(k, k + 4);
  return /^(、|は、|には、|にも、|に、|も、)/.test(rest);
}

/**
 * Whether a time that modifies a noun (2010年度公式戦日程, 4月のトランプ大統領の訪中) reaches the trigger: only
 * through nouns, の and the で of a scene, never past another case particle or a verb.
 */
function nounReach(text: string, items: readonly Item[], t: TimeExpression, at: number): boolean {
  // Read past the rest of the time phrase (午後, 未明, 頃, (UTC+9), 12時30分).
  let k = firstAt(items, t.end);
  while (k < items.length && (items[k]!.paren || (items[k]!.pos === '名詞' && TIME_WORD.test(text.slice(items[k]!.start, items[k]!.end))))) k++;
  const next = items[k];
  const w = next ? text.slice(next.start, next.end) : '';
  // 2010年度公式戦日程 is one compound; 来月ワシントンを訪問 is an adverb before its verb's object.
  const adnominal = next && (w === 'の' || (next.pos === '名詞' && !next.mention && /[0-9０-９]/.test(t.text)));
  if (!adnominal) return true;
  for (let i = k; i < items.length; i++) {
    const it = items[i]!;
    if (it.paren) continue;
    if (it.start >= at) break;
    // 9日の非公式協議で、…決定した / 13日の記者会見で「…」と批判した: a dated scene dates what happens in it.
    const w = text.slice(it.start, it.end);
    if (it.pos === '助詞' && /^(で|では|において)$/.test(w) && (text[it.end] === '、' || text[it.end] === '「')) return true;
    if (it.pos === '動詞' || (it.pos === '助詞' && !/^(の|で|では|において)$/.test(w))) return false;
  }
  return true;
}

const TIME_WORD = /^(午前|午後|夜|朝|未明|夕方|夕刻|深夜|正午|昼|頃|ごろ|以降|以来|時点|現在|末|初め|上旬|中旬|下旬|前半|後半|[0-9０-９]+|時|分|秒|日|頃)$/;

/** Whether `date` lies wholly after the day `published` (2025-07 after 2025-06-11; 2026-Q2 after 2026-02-10). */
export function after(date: TimeValue, published: string): boolean {
  const v = date.value;
  const q = /^(\d{4})-Q(\d)$/.exec(v);
  if (q) return `${q[1]}-Q${q[2]}` > `${published.slice(0, 4)}-Q${Math.ceil(Number(published.slice(5, 7)) / 3)}`;
  return v > published.slice(0, v.length);
}

/** Times the text itself places ahead of the writing: 来年, 来月, 来週, 再来年, 明日. */
const AHEAD = /^(来|再来|明)/;

/**
 * Whether `t` is the time of what an act told as done is about, not of the act (来年の再会で合意した, 2010年度からの
 * 移行を承認した): a time after the article appeared that the text places ahead of the writing, or that is coarser
 * than a day. A day after publication under a past verb (5日…指名した) more likely means the publication date is
 * off: it still dates the act.
 */
export function aheadOfAct(t: TimeExpression, published: string | null): boolean {
  return published !== null && after(t, published) && (t.precision !== 'day' || AHEAD.test(t.text));
}

function toValue(t: TimeExpression): TimeValue {
  return { value: t.value, precision: t.precision };
}

/**
 * A time after the event that is told relative to it (声明があった翌日の22日, 会談の2日後): it dates something else.
 * The day before 翌日の22日 is the 21st, and the day after 前日の22日 the 23rd; other offsets give no date.
 */
const RELATIVE = /^(翌日|前日|翌|前年|前月|前週|前夜|同日夜|[0-9０-９一二三四五六七八九十数]+(日|週間|か月|ヶ月|カ月|年)(後|前))/;

function relativeTo(t: TimeExpression): TimeValue | null | undefined {
  const m = RELATIVE.exec(t.text);
  if (!m) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.value);
  if (!day || (m[1] !== '翌日' && m[1] !== '前日')) return null;
  const d = addDays({ y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) }, m[1] === '翌日' ? -1 : 1);
  return { value: formatDay(d), precision: 'day' };
}

/** The date of the event at `site` from the sentence's `times`; `own` tells whether it came from its clause. */
export function pickDate(times: readonly TimeExpression[], site: DateSite): { date: TimeValue | null; own: boolean } {
  const usable = times.filter((t) => !site.skip.has(t.value));
  const { text, items, at } = site;
  let before: TimeExpression | undefined;
  let later: TimeExpression | undefined;
  for (const t of usable) {
    if (t.start < site.clauseStart || t.end > site.clauseEnd) continue;
    if (t.end <= at && (scene(text, t) || (!verbBetween(items, t.end, at, text, false) && nounReach(text, items, t, at)))) before = t;
    else if (t.start >= at && !later && !verbBetween(items, at + 1, t.start, text, false)) {
      const rel = relativeTo(t);
      if (rel !== undefined) {
        if (before) break;
        // The text places the event relative to another time: it has a date, known or not.
        return { date: rel, own: true };
      }
      if (site.after) later = t;
    }
  }
  const own = before ?? later;
  if (own) return { date: toValue(own), own: true };
  if (!site.sentenceWide) return { date: null, own: false };
  let wide: TimeExpression | undefined;
  for (const t of usable) {
    if (t.end <= at && t.end <= site.clauseStart && !isTargetTime(text, t.end) && (scene(text, t) || t.start >= site.chainStart)) wide = t;
  }
  return { date: wide ? toValue(wide) : null, own: false };
}
