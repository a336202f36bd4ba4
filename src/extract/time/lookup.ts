/**
 * Finding the time expressions that belong to a stretch of text, for stages that attach dates to what they
 * extract (events attach a date per clause, quantities a period per phrase).
 */
import type { TimeExpression } from '../../analysis/contract.js';
import type { Range } from '../../spans.js';

/** Index of the first expression ending after `offset` (expressions are in text order and do not overlap). */
function firstEndingAfter(times: readonly TimeExpression[], offset: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The expressions lying wholly inside `range`, in text order. */
export function timesWithin(times: readonly TimeExpression[], range: Range): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (let i = firstEndingAfter(times, range.start); i < times.length && times[i]!.start < range.end; i++) {
    const t = times[i]!;
    if (t.start >= range.start && t.end <= range.end) out.push(t);
  }
  return out;
}

/**
 * The time expression that dates a clause `range` of `text`: among the expressions inside it, the first one that
 * stands as an adverbial (followed by 、, に, には, から, まで, は, or nothing) rather than modifying a noun with の
 * (1月末の会議); failing that, the first one. Null when the clause holds none.
 * @example timeForRange(text, times, clause) // 「中国外務省は、習近平が2月4日、…電話会談を行った」 → 2月4日
 */
export function timeForRange(text: string, times: readonly TimeExpression[], range: Range): TimeExpression | null {
  const inside = timesWithin(times, range);
  return inside.find((t) => text[t.end] !== 'の') ?? inside[0] ?? null;
}
