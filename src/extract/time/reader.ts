/**
 * Reading at a position of the text, as the phrase builders do: sticky patterns, token boundaries, time zones.
 */
import type { TokenBoundaries } from '../../text/boundaries.js';
import { parseNumeral } from '../../text/numerals.js';
import * as P from './patterns.js';
import type { Phrase, Ref } from './phrase.js';

export const abs = (n: number): Ref => ({ kind: 'abs', n });

export function num(s: string | undefined): number | null {
  return s === undefined ? null : parseNumeral(s);
}

/** Reads `re` (sticky) at `pos`; null for no match or an empty one. */
export function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m && m[0].length > 0 ? m : null;
}

/** Whether the day number at `[start, end)` counts days (あと6日, 5日以内, 3日ぶり) rather than naming one. */
export function isDayCount(text: string, start: number, end: number): boolean {
  if (P.DAY_COUNT_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return true;
  return at(P.DAY_COUNT_AFTER, text, end) !== null;
}

/** A text and, where given, its token boundaries. */
export class Reader {
  constructor(readonly text: string, private readonly b: TokenBoundaries | undefined) {}

  endsOk(end: number): boolean {
    return !this.b || this.b.endsToken(end);
  }

  /** Whether `[start, end)` is numerals only, as the tokeniser reads it (true without a token layer). */
  numeral(start: number, end: number): boolean {
    return !this.b || this.b.allNumeral(start, end);
  }

  /** Reads `re` at `pos` when what it reads ends on a token boundary. */
  piece(re: RegExp, pos: number): RegExpExecArray | null {
    const m = at(re, this.text, pos);
    return m && this.endsOk(pos + m[0].length) ? m : null;
  }

  /** Past any time zones at `pos`: (UTC+9), 日本時間 … */
  zones(pos: number): number {
    for (let m = this.piece(P.ZONE, pos); m; m = this.piece(P.ZONE, pos)) pos += m[0].length;
    return pos;
  }

  /** Whether a phrase lies on token boundaries (always true without a token layer). */
  aligned(p: Phrase): boolean {
    return !this.b || (this.b.startsToken(p.start) && this.b.endsToken(p.end));
  }
}
