/**
 * Recognisers for the non-body lines that copied news carries: datelines, photo captions, "related" links,
 * bylines and author bios. Each looks at one line's text only; the layout stage decides where they may stand.
 */
import { findDates, type FoundDate } from './dates.js';

/** Labels and fillers a dateline may hold besides its dates. */
const DATELINE_FILLER = new RegExp(
  [
    '最終更新', '更新日時', '更新日', '更新', '公開日時', '公開日', '公開', '配信日時', '配信日', '配信', '掲載日', '掲載',
    '投稿日時', '投稿日', '投稿', '発行日', '発行', '作成日', '作成', '日時', '記事', 'updated', 'published', 'posted',
    '午前', '午後', '[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?', '[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?',
    '[(（][月火水木金土日][)）]', '[(（]?(?:JST|UTC[+-]?[0-9:]*|GMT|日本時間)[)）]?', '[\\s:：|｜/／・,、.【】\\[\\]()（）\\-–—]',
  ].join('|'),
  'gi',
);

const PUBLISH_LABEL = /(公開|配信|掲載|投稿|発行|published|posted)\s*(日時|日)?\s*[:：]?\s*$/i;

/**
 * The dates of a dateline line (`2026/02/10 更新: 2026/02/10`, `2026年2月10日 10:30`, `【2019年9月1日】`), or null
 * when the line says anything else. The publication date comes first in the result when a label marks one.
 */
export function datelineDates(line: string): FoundDate[] | null {
  if (line.length > 80) return null;
  const dates = findDates(line);
  if (dates.length === 0) return null;
  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += line.slice(at, d.start);
    at = d.end;
  }
  rest += line.slice(at);
  if (rest.replace(DATELINE_FILLER, '').length > 2) return null;
  const labelled = dates.find((d) => PUBLISH_LABEL.test(line.slice(0, d.start)));
  return labelled ? [labelled, ...dates.filter((d) => d !== labelled)] : dates;
}

/** A `【2019年9月1日】` or `【ワシントン=山田太郎】` lead-in at the start of a paragraph, with its length. */
export function leadBracket(line: string): { length: number; date: string | null; author: string | null } | null {
  const m = /^【([^】]{1,40})】/.exec(line);
  if (!m) return null;
  const inner = m[1]!;
  const dates = findDates(inner);
  if (dates.length && inner.replace(DATELINE_FILLER, '').replace(/[0-9０-９年月日]/g, '').length <= 2) {
    return { length: m[0].length, date: dates[0]!.value, author: null };
  }
  const credit = /^[^=＝]{1,12}[=＝]([^=＝、,]{2,12})$/.exec(inner);
  if (credit) {
    const name = credit[1]!.trim();
    return { length: m[0].length, date: null, author: WIRE_AGENCY.test(name) ? null : name };
  }
  if (/^[^\s]{1,10}(共同|時事|ロイター|AFP|AP|新華社|聯合|聨合)$/.test(inner)) {
    return { length: m[0].length, date: null, author: null };
  }
  return null;
}

const WIRE_AGENCY = /^(共同|時事|ロイター|AFP|AP|新華社|聯合|聨合|ブルームバーグ|Reuters|Bloomberg)$/i;

const CAPTION_START = /^\s*[【［[(（]?\s*(写真|画像|図表?|動画|Photo|Image|Picture)\s*[】］\])）]?\s*[:：=＝、|｜]/i;
const CREDIT_WORDS = /(撮影|提供|写真|Getty|AFP|Reuters|ロイター|EPA|AP Photo|Photo|時事|共同|新華社|Bloomberg)/i;

/** Whether a line is a photo caption: `写真: …`, or a line ending in a credit such as `(Scott Olson/Getty Images)`. */
export function isCaption(line: string): boolean {
  if (CAPTION_START.test(line)) return true;
  if (line.length > 300) return false;
  const m = /[(（]([^()（）]{2,80})[)）]\s*$/.exec(line);
  if (!m) return false;
  const before = line.slice(0, m.index).trimEnd();
  const credit = m[1]!;
  // A credit alone on its line, `(Jane Doe/Agency)`, belongs to the photo above it.
  if (before.length === 0) return /[/／]/.test(credit);
  if (before.endsWith('。')) return false;
  return /[/／]/.test(credit) || CREDIT_WORDS.test(credit);
}

const RELATED = /^\s*[【［[■◆●▼▶>＞]?\s*(関連特集|関連記事|関連ニュース|関連リンク|関連情報|関連|あわせて読みたい|併せて読みたい|こちらもおすすめ|おすすめ記事|Related|Read more|See also)\s*[】］\]]?\s*([:：・]|$)/i;

/** Whether a line is a related-articles link or heading (`関連特集: 中国政治`, `【関連記事】`). */
export function isRelated(line: string): boolean {
  return RELATED.test(line);
}

/** Whether a related line is only a heading, so the short lines under it are links too. */
export function isRelatedHeading(line: string): boolean {
  return RELATED.test(line) && line.replace(RELATED, '').trim().length === 0;
}

const LATIN_NAME = "[A-Z][A-Za-z.'’-]+(?:\\s+[A-Z][A-Za-z.'’-]+){1,3}";
const KANJI_NAME = '[一-龥々〆ヶ]{2,6}';
const KATAKANA_NAME = '[ァ-ヶー]{2,}(?:[・=＝][ァ-ヶー]{2,}){1,3}';
const NAME = `(?:${LATIN_NAME}|${KANJI_NAME}|${KATAKANA_NAME})`;
const MARKED_BYLINE = new RegExp(
  `^(?:(?:By|by|BY)\\s+(${LATIN_NAME})|(?:文|記者|執筆|取材・文|筆者|文・写真|Text|Written by)\\s*[:：/／・=＝]\\s*(${NAME})|(${NAME})\\s*(?:記者|特派員|編集委員|論説委員|解説委員)|[(（](${KANJI_NAME}|${KATAKANA_NAME})[)）])$`,
);
const BARE_LATIN_NAME = new RegExp(`^${LATIN_NAME}$`);

/**
 * The author named by a byline line: marked (`By Alex Wu`, `文・山田太郎`, `山田太郎記者`, `（山田太郎）`) or, where
 * `bare` is allowed (a line followed by a bio), a plain Latin name.
 */
export function bylineName(line: string, bare: boolean): string | null {
  const m = MARKED_BYLINE.exec(line.trim());
  if (m) return (m[1] ?? m[2] ?? m[3] ?? m[4])!.trim();
  if (bare && BARE_LATIN_NAME.test(line.trim())) return line.trim();
  if (bare && new RegExp(`^(${KANJI_NAME}|${KATAKANA_NAME})$`).test(line.trim())) return line.trim();
  return null;
}

const BIO_WORDS =
  /(ライター|記者|編集|専門|ジャーナリスト|研究員|研究者|特派員|著書|出身|担当|卒業|経て|教授|アナリスト|コラムニスト|評論家|作家|writer|reporter|correspondent|journalist|editor|author|columnist)/i;

/** Whether a line reads as an author's bio (`エポックタイムズの在米ライター。専門は…`). */
export function isBio(line: string): boolean {
  return line.length <= 400 && BIO_WORDS.test(line);
}

/** A bio that opens with the author's name and its reading: `山田太郎（やまだ・たろう） 1970年生まれ。…`. */
export function bioWithName(line: string): string | null {
  const m = new RegExp(`^(${KANJI_NAME})\\s*[(（][ぁ-ん・\\s]+[)）]`).exec(line);
  return m && isBio(line) ? m[1]! : null;
}
