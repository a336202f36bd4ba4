/**
 * Finding the quantities of a stretch of text, by index into the `quantities` layer (events refer to them so).
 */
import type { Quantity } from '../../analysis/contract.js';
import type { Range } from '../../spans.js';

/** Indexes of the quantities lying wholly inside `range`, in text order (the layer is sorted and non-overlapping). */
export function quantitiesWithin(quantities: readonly Quantity[], range: Range): number[] {
  let lo = 0;
  let hi = quantities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quantities[mid]!.end <= range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < quantities.length && quantities[i]!.start < range.end; i++) {
    const q = quantities[i]!;
    if (q.start >= range.start && q.end <= range.end) out.push(i);
  }
  return out;
}
