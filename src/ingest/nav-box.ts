/**
 * The navigation Wikinews pages end with, after the cited sources: a 「最近の記事」 box (a category name, the
 * box's title, then the latest headlines of that category, sometimes after a data box such as an earthquake's
 * 地震のデータ) and sister-project notices (`ウィキペディアに…に関する記事があります。`, `ポータル:…`). Copies run them
 * into the last paragraph; they are links, not the story, and they hide the source list before them.
 */
import { trailingSources } from './sources.js';

/** The box's title, standing after its category name. */
const RECENT = '最近の記事';

/** Where a box's category label may begin: after a sentence, or after the date that ends a cited source. */
const LABEL_BOUNDARY =
  /。|、\s*[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[0-9０-９]{1,2}時[0-9０-９]{1,2}分(?:[0-9０-９]{1,2}秒)?)?(?:\s*[(（]UTC[-+−±]?[0-9０-９:]*[)）])?/g;

/** The longest category label (with a data box before the title) a box may have. */
const LABEL_MAX = 400;

/** A sister-project notice or a portal link, as the Wikinews templates print them. */
const SISTER =
  /(?:[ァ-ヶー]{1,10}語版|英語版|日本語版)?ウィキ(?:ペディア|メディア・コモンズ|クショナリー|ソース|ブックス|クォート|バーシティ|ボヤージュ|ニュース)に[^。]{1,150}?があります。|ポータル[:：]/g;

/**
 * Where trailing navigation begins in `text[start, end)` — it runs from there to `end` — or null when there is
 * none. A 「最近の記事」 box begins with its category label, which holds no sentence of its own; a sister-project
 * notice counts only at the start of the range or right after a list of cited sources.
 */
export function trailingNavigation(text: string, start: number, end: number): number | null {
  let cut: number | null = null;
  const recent = text.indexOf(RECENT, start);
  if (recent >= 0 && recent < end && !holdsProse(text.slice(recent + RECENT.length, end))) {
    const label = labelStart(text, start, recent);
    if (label !== null) cut = label;
  }
  SISTER.lastIndex = start;
  const stop = cut ?? end;
  for (let m = SISTER.exec(text); m && m.index < stop; m = SISTER.exec(text)) {
    const at = m.index;
    if (holdsProse(text.slice(at + m[0].length, stop))) continue;
    if (at === start || trailingSources(text, start, at).length > 0) {
      cut = at;
      break;
    }
  }
  return cut;
}

/**
 * A sentence of prose — past tense, …ている, a copula (…た。…である。) — which a box of headlines (…決まる。) never
 * holds; sister notices (…があります。) aside.
 */
function holdsProse(s: string): boolean {
  return /(?:た|ている|である|だ|ます|です|ません)[。．]/.test(s.replace(new RegExp(SISTER.source, 'g'), ''));
}

/** The start of the category label before the box title at `title`, or null when none fits. */
function labelStart(text: string, start: number, title: number): number | null {
  let from = start;
  LABEL_BOUNDARY.lastIndex = Math.max(start, title - LABEL_MAX - 40);
  for (let m = LABEL_BOUNDARY.exec(text); m && m.index < title; m = LABEL_BOUNDARY.exec(text)) {
    const after = m.index + m[0].length;
    if (after <= title) from = Math.max(from, after);
  }
  while (from < title && /\s/.test(text[from]!)) from++;
  if (title - from > LABEL_MAX || text.slice(from, title).includes('。')) return null;
  return from;
}
