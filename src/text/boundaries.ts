/**
 * Character-level facts about the shared token layer, for pattern matchers that work on characters but must agree
 * with the tokeniser: where tokens start and end, which characters belong to numeral tokens (名詞,数), and where
 * verbs stand. Built once per Doc in O(text length); every query is O(1) or a binary search.
 */
import type { Token } from './token.js';

const STARTS = 1;
const ENDS = 2;
const NUMERAL = 4;

const built = new WeakMap<readonly Token[], TokenBoundaries>();

/** The boundaries of a token layer, built once per layer and shared by the stages that read them. */
export function boundariesOf(length: number, tokens: readonly Token[]): TokenBoundaries {
  let b = built.get(tokens);
  if (!b) built.set(tokens, (b = new TokenBoundaries(length, tokens)));
  return b;
}

export class TokenBoundaries {
  private readonly flags: Uint8Array;
  private readonly verbStarts: number[] = [];

  constructor(length: number, tokens: readonly Token[]) {
    this.flags = new Uint8Array(length + 1);
    for (const t of tokens) {
      this.flags[t.start]! |= STARTS;
      this.flags[t.end]! |= ENDS;
      if (t.pos1 === '数') for (let i = t.start; i < t.end; i++) this.flags[i]! |= NUMERAL;
      if (t.pos === '動詞') this.verbStarts.push(t.start);
    }
    this.verbStarts.sort((a, b) => a - b);
  }

  /** Whether a token starts at offset `i`. */
  startsToken(i: number): boolean {
    return (this.flags[i]! & STARTS) !== 0;
  }

  /** Whether a token ends at offset `i` (that is, just before character `i`). */
  endsToken(i: number): boolean {
    return (this.flags[i]! & ENDS) !== 0;
  }

  /** Whether every character of `[start, end)` lies in a numeral token (名詞,数). */
  allNumeral(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if ((this.flags[i]! & NUMERAL) === 0) return false;
    return true;
  }

  /** Whether a verb token starts inside `[start, end)`. */
  hasVerb(start: number, end: number): boolean {
    const v = this.verbStarts;
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < v.length && v[lo]! < end;
  }
}
