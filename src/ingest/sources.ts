/**
 * The trailing list of cited sources that Wikinews-style articles end with: items such as
 * `毎日jpソウル・西脇真一『北朝鮮が…』。毎日新聞、2010年5月26日。` — a byline, a headline in 『』 or "", an outlet and a
 * date — run together at the end of the last paragraph, or on lines of their own under a 出典 / 参考 heading.
 */
import { findDates } from './dates.js';
import { hasRelatedLead } from './related-run.js';
import type { Range } from '../spans.js';

/** One cited source: where it stands and the date it gives. */
export interface SourceItem extends Range {
  date: string | null;
  /** The outlet as written before the date (e.g. 毎日新聞). */
  outlet: string;
}

const DATE_TAIL =
  '[0-9０-９]{4}年(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日' +
  '(?:[0-9０-９]{1,2}時[0-9０-９]{1,2}分(?:[0-9０-９]{1,2}秒)?)?' +
  '(?:\\s*[(（]UTC[-+−][0-9０-９:]+[)）])?(?:[:：][^。『"“]{0,20})?';
const TITLE = '(?:『[^』]{1,200}』|"[^"]{1,300}"|“[^”]{1,300}”)';
// prefix (byline, site name) + title + optional 。 + outlet + 、 + date (+ 。)
const ITEM_SOURCE = `[^。『]{0,80}?${TITLE}[。.]?\\s*([^。『"“]{1,60}?)、\\s*(${DATE_TAIL})[。.]?`;
const ITEM = new RegExp(ITEM_SOURCE, 'y');

/** Headings that introduce a list of sources on its own lines. */
export const SOURCES_HEADING = /^\s*[【［[■◆●]?\s*(?:出典|情報源|参考文献|参考資料|参考|ソース|引用元|Sources?|References?)\s*[】］\]]?\s*(?:[:：・]|$)/;

/** Whether a line is itself a source item (a cited headline with an outlet and a date). */
export function isSourceLine(text: string, range: Range): boolean {
  ITEM.lastIndex = range.start;
  const m = ITEM.exec(text);
  return m !== null && ITEM.lastIndex >= range.end - 1;
}

/**
 * Finds the run of source items that ends the range `[start, end)` of `text`, beginning at a sentence boundary.
 * Returns the items (possibly none) in text order.
 */
export function trailingSources(text: string, start: number, end: number): SourceItem[] {
  const candidates: number[] = [start];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '。' || c === '.' || c === '」') candidates.push(i + 1);
  }
  for (const from of candidates) {
    const items = itemsFrom(text, from, end);
    if (items) return items;
  }
  return [];
}

function itemsFrom(text: string, from: number, end: number): SourceItem[] | null {
  const items: SourceItem[] = [];
  let at = from;
  while (at < end) {
    ITEM.lastIndex = at;
    const m = ITEM.exec(text);
    if (!m || ITEM.lastIndex > end) {
      const rest = items.length ? referenceLines(text, at, end) : null;
      return rest ? [...items, ...rest] : null;
    }
    const itemEnd = ITEM.lastIndex;
    const date = findDates(m[2]!.replace(/^([0-9０-９]{4}年)[0-9０-９]{4}年/, '$1'))[0]?.value ?? null;
    // what stands before the first title is a byline, unless it is a run of related headlines (see related-run.ts)
    const title = m[0].search(/[『"“]/);
    const start = items.length === 0 && hasRelatedLead(m[0].slice(0, title)) ? at + title : at;
    items.push({ start, end: itemEnd, date, outlet: m[1]!.trim() });
    at = itemEnd;
    while (at < end && /\s/.test(text[at]!)) at++;
  }
  return items.length ? items : null;
}

/** A reference line ends in a noun, a bracket or a title, never in a predicate as body prose does (…た。…る。). */
const PREDICATE_END = /[たるだいすうよねかぬずし][。．.]?$/;

/**
 * What may follow the dated items of a source list: short undated reference lines (独自の取材(…を参照)。, external
 * links given as titles) — each at most 150 characters and none ending like a sentence of prose.
 */
function referenceLines(text: string, from: number, end: number): SourceItem[] | null {
  const out: SourceItem[] = [];
  let at = from;
  while (at < end) {
    let stop = text.indexOf('。', at);
    stop = stop < 0 || stop >= end ? end : stop + 1;
    const line = text.slice(at, stop).trim();
    if (line.length > 150 || PREDICATE_END.test(line)) return null;
    if (line) out.push({ start: at, end: stop, date: null, outlet: '' });
    at = stop;
    while (at < end && /\s/.test(text[at]!)) at++;
  }
  return out;
}

/**
 * The publication date a source list implies: the latest date it cites, leaving out links to the site's own
 * related articles (Wikinews citing Wikinews), which are often added later.
 */
export function impliedPublished(items: readonly SourceItem[]): string | null {
  let latest: string | null = null;
  for (const item of items) {
    if (!item.date || /ウィキニュース|wikinews/i.test(item.outlet)) continue;
    if (latest === null || item.date > latest) latest = item.date;
  }
  return latest;
}
