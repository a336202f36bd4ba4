/**
 * An event's date: the time expression of its own clause (the nearest before the trigger, else the first after),
 * else of its sentence; none otherwise — never the publication date. A 同日-style word is a time expression the
 * times layer has already resolved. Times that are a quantity's period (今四半期に2千万トン) date the amount, not a
 * commitment to it.
 */
import type { TimeExpression, TimeValue } from '../../analysis/contract.js';

/** The date for an event at `at` in clause [cs, ce) of sentence [ss, se); `skip` are values not to use. */
export function pickDate(
  times: readonly TimeExpression[], at: number, cs: number, ce: number, ss: number, se: number, skip: ReadonlySet<string>,
  after = true,
): TimeValue | null {
  const within = (s: number, e: number) => times.filter((t) => t.start >= s && t.end <= e && !skip.has(t.value));
  const pick = (list: TimeExpression[]): TimeExpression | undefined => {
    let before: TimeExpression | undefined;
    for (const t of list) if (t.end <= at) before = t;
    return before ?? (after ? list.find((t) => t.start >= at) : undefined);
  };
  const t = pick(within(cs, ce)) ?? pick(within(ss, se));
  return t ? { value: t.value, precision: t.precision } : null;
}
