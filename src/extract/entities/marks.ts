/**
 * Per-character marks over a document (which token or mention covers a character), as plain arrays rather than
 * typed ones. A typed array of a document's length is allocated with malloc, outside the JS heap, and in the
 * pipeline the first such allocation after the tokenizer — which leaves many small freed buffers behind — costs
 * 0.1–0.2 ms while the allocator tidies its free lists: as much as the rest of linking a short article.
 */

/** `length` marks, all `value`. */
export function marks(length: number, value: number): number[] {
  return new Array<number>(length).fill(value);
}

/** Sets `m[start, end)` (within its length) to `value`: a loop, as ranges are short and a fill() call costs more. */
export function mark(m: number[], start: number, end: number, value: number): void {
  for (let i = Math.max(0, start), e = Math.min(end, m.length); i < e; i++) m[i] = value;
}

/** Whether some mark in `m[start, end)` is not 0. */
export function anyMarked(m: readonly number[], start: number, end: number): boolean {
  for (let i = Math.max(0, start), e = Math.min(end, m.length); i < e; i++) if (m[i]) return true;
  return false;
}
