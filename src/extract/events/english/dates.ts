/**
 * An English event's date: a time of its own clause (the nearest before the trigger, else the first after it),
 * else — when the clause shares the sentence's subject — a time elsewhere in the sentence, else none (never the
 * publication date). Times inside someone's quoted words do not date an event told outside them, nor does the
 * time of the saying (…, the ministry said on Thursday) date what is said. Times the caller skips (the period a
 * commitment is about) date nothing.
 */
import type { Quote, TimeExpression, TimeValue } from '../../../analysis/contract.js';

export interface EnDateSite {
  at: number;
  clauseStart: number;
  clauseEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  sentenceWide: boolean;
  quote: Quote | null;
  skip: (t: TimeExpression) => boolean;
}

/** The date of an event at `site` among the article's `times` (sorted by start). */
export function englishDate(times: readonly TimeExpression[], quotes: readonly Quote[], site: EnDateSite): TimeValue | null {
  const inside = (t: TimeExpression, q: Quote) => t.start >= q.content.start && t.end <= q.content.end;
  const usable = times.filter((t) => t.start >= site.sentenceStart && t.end <= site.sentenceEnd && !site.skip(t)
    && (site.quote ? inside(t, site.quote) : !quotes.some((q) => inside(t, q))));
  const own = usable.filter((t) => t.start >= site.clauseStart && t.end <= site.clauseEnd);
  const before = own.filter((t) => t.end <= site.at).pop();
  const pick = before ?? own.find((t) => t.start >= site.at) ?? (site.sentenceWide ? nearest(usable, site.at) : undefined);
  return pick ? { value: pick.value, precision: pick.precision } : null;
}

function nearest(list: readonly TimeExpression[], at: number): TimeExpression | undefined {
  let best: TimeExpression | undefined;
  for (const t of list) if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  return best;
}
