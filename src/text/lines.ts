/**
 * Lines of a text as ranges (the line break itself excluded; `\r\n`, `\n` and `\r` all end a line), with the
 * range narrowed to its non-blank characters.
 */
import { trimRange } from '../spans.js';

export interface Line {
  /** Index of the line in the text, counting blank lines. */
  index: number;
  /** The whole line, line break excluded. */
  start: number;
  end: number;
  /** The line without surrounding blanks (empty at `start` for a blank line). */
  inner: { start: number; end: number };
  blank: boolean;
}

/** Splits `text` into lines. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 0x0a || c === 0x0d || c === -1) {
      const inner = trimRange(text, start, i);
      out.push({ index: out.length, start, end: i, inner, blank: inner.start === inner.end });
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  return out;
}
