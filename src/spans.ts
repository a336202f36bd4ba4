/**
 * Half-open UTF-16 ranges into the original text. Every fact newsgraph records points at the characters that
 * support it through one of these; the text itself is never rewritten.
 */

/** A half-open range `[start, end)` of UTF-16 code units. */
export interface Range {
  start: number;
  end: number;
}

/** A range together with the characters it covers: `text.slice(start, end) === span.text`. */
export interface Span extends Range {
  text: string;
}

/**
 * Makes a span of `text` from `start` to `end`.
 * @throws RangeError when the offsets do not lie inside the text, so a bad offset fails where it is made.
 */
export function span(text: string, start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`bad span ${start}..${end} in a text of ${text.length} characters`);
  }
  return { start, end, text: text.slice(start, end) };
}

/** A plain range (copied, never shared). */
export function range(start: number, end: number): Range {
  return { start, end };
}

/** Whether two ranges share at least one character. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `outer` contains all of `inner`. */
export function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Narrows a range so that it starts and ends on non-whitespace; an all-blank range becomes empty at its start. */
export function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** ASCII and Unicode spaces, including the no-break and ideographic space that copied news is full of. */
export function isBlank(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c ||
    code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x202f
  );
}

/** Orders ranges by start, then by the longer first. */
export function byPosition(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end;
}
