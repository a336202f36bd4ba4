/**
 * Wikinews pages list related articles as dated headlines (`2016年8月16日(火):台風14号、発達して猛烈な台風に`), and
 * copies of them run those items into the last paragraph, before the sources. They are links, not the story.
 */

/** A related item's lead: a full date, its weekday in brackets, a colon. */
const ITEM_LEAD = /[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日\s*[(（][月火水木金土日][)）]\s*[:：]/g;

/** Whether `s` holds a related item's lead (a byline before a cited title never does). */
export function hasRelatedLead(s: string): boolean {
  ITEM_LEAD.lastIndex = 0;
  return ITEM_LEAD.test(s);
}

/**
 * Where a run of related items begins in `text[start, end)` — at a sentence boundary, running to `end` — or
 * null when there is none.
 */
export function trailingRelated(text: string, start: number, end: number): number | null {
  ITEM_LEAD.lastIndex = start;
  for (let m = ITEM_LEAD.exec(text); m && m.index < end; m = ITEM_LEAD.exec(text)) {
    const before = m.index === start ? '' : text[m.index - 1]!;
    if (before === '' || before === '。' || before === '」' || before === '\n') return m.index;
  }
  return null;
}
