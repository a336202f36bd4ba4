/**
 * Amounts in a text: a numeral (Arabic, kanji or mixed — 2千万, 2,500万, 二千五百万, 1.5兆, 3万5000) followed by
 * a unit or counter, in base units (2千万トン → 20000000 t). What is not a quantity:
 * - dates and years (whatever the time layer read as a time phrase: 2026年, 2月4日, 21時30分);
 * - ordinals (第3回, 3回目, 11年目) and grades (3年生);
 * - vague figures with no number (数十人, 十数年, 数千人, 何百人): 数 gives no figure, and a made-up lower bound
 *   would let sums mislead, so they are left out;
 * - kanji words that only look numeric (一部, 一方, 一致, 唯一, 万一, 一体, 一時, 不十分, 四半期): a kanji numeral
 *   counts only where the tokeniser reads it as a numeral and its counter as a separate token.
 * Ages (50歳) are quantities with unit `age`; a bare day (19日) is a day count only after あと or before 以内,
 * ぶり, 間 … (else it names a date).
 */
import type { Quantity } from '../../analysis/contract.js';
import { hasKanjiNumeral, parseNumeral } from '../../text/numerals.js';
import type { TokenBoundaries } from '../../text/boundaries.js';
import { overlaps, span, type Range } from '../../spans.js';
import { isDayCount } from '../time/index.js';
import { modifiersAround } from './modifiers.js';
import { UNIT_FORMS, UNIT_SOURCE } from './units.js';

const NOT_AFTER = '(?<![0-9０-９〇一二三四五六七八九十百千万億兆数何幾第])(?<![0-9０-９][.．,，])';
const BODY =
  '[0-9０-９〇一二三四五六七八九十百千](?:[0-9０-９〇一二三四五六七八九十百千万億兆]|[,，](?=[0-9０-９]{3})' +
  '|[.．](?=[0-9０-９])|・(?=[0-9０-９](?:%|％|パーセント)))*';
const QUANTITY = new RegExp(
  `${NOT_AFTER}(?<neg>(?<![\\p{Script=Han}\\p{Script=Katakana}\\p{N}A-Za-zＡ-Ｚａ-ｚ])[-−－]|▲|マイナス)?(?<n>${BODY})(?:[〜～~\\-－](?<n2>${BODY}))?` +
  `(?<u>割(?:(?<wari>[0-9０-９一二三四五六七八九])分(?!の))?|${UNIT_SOURCE})`, 'gdu');
const FRACTION = new RegExp(`${NOT_AFTER}(?<d>${BODY})分の(?<n>${BODY})`, 'g');
/** After a counter: an ordinal (3回目, 2つめ), a grade (3年生), a system (4年制), a word (一本化, 6段階). */
const NOT_A_COUNT_AFTER = /[目め生制化的号階]/y;
/** Codes a bare 一 may count: 一人, 一年, 一件 — not 一発勝負, 一度も, 一社 as a word. */
const ONE_COUNTS = new Set(['person', 'year', 'month', 'week', 'day', 'hour', 'case', 'vote', 'ship', 'aircraft', 'country', 'age']);
const LATIN = /[A-Za-z]/;
const CELSIUS_BEFORE = /気温|温度|最高|最低|摂氏|零下|氷点下|体温|水温|平熱/;
const DEGREE_BEFORE = /北緯|南緯|東経|西経|角度|傾斜/;
/** Words before キロ (the nearest wins, within the sentence) that say speed, distance or weight. */
const KIRO_CUES = /(時速|速度|最速|最高速|速さ)|(距離|深さ|半径|長さ|全長|延長|離れ|沖|[東西南北]|高度|上空|走行|射程|飛行|飛距離|ミサイル|弾道|幅|圏内|km)|(重さ|重量|体重|グラム|kg|トン|覚醒剤|麻薬|大麻|コカイン|ヘロイン|コメ|肉)/g;
const DISTANCE_AFTER = /離れ|先|地点|圏|四方|沖|にわたっ|の距離|の地点|の上空|を?走|を?飛|を?移動|を?進/y;
const KIRO_WINDOW = 40;
const ABBREVIATED_YEAR_AFTER = /に|から|まで|以降|以来|当時|度|[A-Za-zＡ-Ｚａ-ｚ]/y;

function at(re: RegExp, text: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(text);
}

/** The contract's unit code for `written` at `[start, end)`, where the same word serves two units. */
function unitCode(text: string, written: string, start: number, end: number): string | null {
  const form = UNIT_FORMS.get(written);
  if (!form) return null;
  const before = text.slice(Math.max(0, start - 8), start);
  if (written === '度') return CELSIUS_BEFORE.test(before) ? 'celsius' : DEGREE_BEFORE.test(before) ? 'degree' : 'times';
  if (written === 'キロ') return kiro(text, start, end);
  if (written === 'km') return kiro(text, start, end) === 'km/h' ? 'km/h' : 'km';
  if ((written === 'メートル' || written === 'm') && /秒速(?:約|およそ)?$/.test(before)) return 'm/s';
  return form.code;
}

/** キロ is km, km/h or kg by the nearest cue before it in the sentence (時速60キロ…同69キロ: both km/h). */
function kiro(text: string, start: number, end: number): string {
  let from = Math.max(0, start - KIRO_WINDOW);
  const stop = text.lastIndexOf('。', start);
  if (stop >= from) from = stop + 1;
  let code: string | null = null;
  KIRO_CUES.lastIndex = 0;
  for (const m of text.slice(from, start).matchAll(KIRO_CUES)) code = m[1] ? 'km/h' : m[2] ? 'km' : 'kg';
  if (code) return code;
  return at(DISTANCE_AFTER, text, end) ? 'km' : 'kg';
}

/** Whether a kanji numeral at `[start, end)` is one the tokeniser reads as a numeral, with its counter a token. */
function kanjiOk(b: TokenBoundaries | undefined, start: number, end: number, unitEnd: number): boolean {
  return !b || (b.startsToken(start) && b.allNumeral(start, end) && b.startsToken(end) && b.endsToken(unitEnd));
}

export interface FindQuantitiesOptions {
  boundaries?: TokenBoundaries;
  /** What the time layer read as time phrases (`timePhrases`), in order: nothing in them is a quantity. */
  timePhrases?: readonly Range[];
}

/** The quantities of `text` in order, with `item` and `period` still null (see attach.ts). */
export function findQuantities(text: string, options: FindQuantitiesOptions = {}): Quantity[] {
  const b = options.boundaries;
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups!;
    const idx = m.indices!.groups!;
    const [nStart, nEnd] = idx.n!;
    const uEnd = idx.u![1];
    const written = g.wari ? '割' : g.u!;
    let value = parseNumeral(g.n!);
    const upper = g.n2 ? parseNumeral(g.n2) : null;
    const code = unitCode(text, written, m.index, uEnd);
    if (value === null || code === null || (g.n2 && upper === null)) continue;
    if (LATIN.test(written[0]!) && LATIN.test(text[uEnd] ?? '')) continue;
    if (at(NOT_A_COUNT_AFTER, text, uEnd)) continue;
    const kanji = hasKanjiNumeral(g.n!) && !/[0-9０-９]/.test(g.n!);
    if (kanji && (!UNIT_FORMS.get(written)!.kanji || !kanjiOk(b, nStart, nEnd, uEnd))) continue;
    if (g.n === '一' && !ONE_COUNTS.has(code)) continue;
    if (written === '年' && /[(（]$/.test(text.slice(m.index - 1, m.index)) && /^[)）]/.test(text.slice(uEnd, uEnd + 1))) continue;
    if (written === 'つ' && value > 9) continue;
    if (written === '日' && !isDayCount(text, nStart, uEnd)) continue;
    // 3分の2 is a fraction; 北緯7度30分 an angle.
    if (written === '分' && (text[uEnd] === 'の' || text[m.index - 1] === '度')) continue;
    if (written === '年' && !yearCount(text, g.n!, value, uEnd)) continue;
    const form = UNIT_FORMS.get(written)!;
    value *= form.factor;
    if (g.wari) value += Number(parseNumeral(g.wari));
    if (g.neg) value = -value;
    let end = uEnd;
    const q: Quantity = { ...span(text, m.index, end), value, unit: code, item: null, period: null };
    if (upper !== null && upper * form.factor > value) q.value_max = upper * form.factor;
    if ((written === '歳' || written === '才') && text[end] === '代') {
      end += 1;
      Object.assign(q, span(text, m.index, end), { value_max: value + 9 });
    }
    Object.assign(q, modifiersAround(text, m.index, end));
    found.push(q);
  }
  for (const m of text.matchAll(FRACTION)) {
    const d = parseNumeral(m.groups!.d!);
    const n = parseNumeral(m.groups!.n!);
    if (d === null || n === null || d === 0 || n > d) continue;
    if (hasKanjiNumeral(m[0]) && b && !(b.startsToken(m.index) && b.endsToken(m.index + m[0].length))) continue;
    found.push({ ...span(text, m.index, m.index + m[0].length), value: Number(((n / d) * 100).toPrecision(15)), unit: 'percent', item: null, period: null, ...modifiersAround(text, m.index, m.index + m[0].length) });
  }
  return withoutTimes(found, options.timePhrases ?? []);
}

/** A figure before 年 counts years unless it is a year itself (2026年, 二〇二六年) or an abbreviated one (06年に). */
function yearCount(text: string, written: string, value: number, end: number): boolean {
  if (value >= 1000) return false;
  const digits = written.replace(/[^0-9０-９]/g, '');
  if (digits.length === 2 && (digits[0] === '0' || digits[0] === '０' || at(ABBREVIATED_YEAR_AFTER, text, end))) return false;
  return true;
}

/** Drops quantities overlapping a time expression and ones overlapping an earlier quantity; sorts by position. */
function withoutTimes(found: Quantity[], times: readonly Range[]): Quantity[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Quantity[] = [];
  let ti = 0;
  let reach = 0;
  for (const q of found) {
    if (q.start < reach) continue;
    while (ti < times.length && times[ti]!.end <= q.start) ti++;
    if (ti < times.length && overlaps(times[ti]!, q)) continue;
    out.push(q);
    reach = q.end;
  }
  return out;
}
