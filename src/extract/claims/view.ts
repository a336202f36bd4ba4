/**
 * A sentence seen through the shared token layer: its tokens with their surfaces, the quotation brackets they
 * stand in and small tests of part of speech that the attribution rules read. Nothing is tokenised again.
 */
import type { Range } from '../../spans.js';
import type { Token } from '../../text/token.js';

/** Brackets that open a quotation (or a title: which one it is, the words after the closing bracket decide). */
const QUOTE_OPEN = new Map([['「', '」'], ['『', '』'], ['“', '”']]);
/** Half-width marks kuromoji tags as nouns; parentheses are handled by the chunker itself. */
const ASCII_MARKS = /^[[\]{}<>"'`,;:!?*#^|~()]+$/;
const HIRAGANA = /[\u3041-\u309f]/;
const PUNCT = /^[、。，．,.!?！？；;：:「」『』“”〈〉《》【】\s]+$/;

/** Marks of `SentenceView.named`. */
export const PERSON = 1;
export const OTHER_NAME = 2;
export const NOT_SPEAKER = 3;

/** A name found by the NER or entities layer; `speaker`: of a type that can speak (not a facility or a product). */
export interface Name extends Range {
  person: boolean;
  speaker: boolean;
}

/** A pair of quotation brackets, by token index within the sentence view. */
export interface BracketPair {
  open: number;
  close: number;
  /** How many brackets enclose this pair (0 = at the sentence's top level). */
  depth: number;
}

export class SentenceView {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Surfaces of the tokens. */
  readonly s: readonly string[];
  /** Number of quotation brackets enclosing each token (the brackets themselves count as outside). */
  readonly depth: readonly number[];
  readonly pairs: readonly BracketPair[];
  /** Token index of the bracket matching the bracket at index i, or -1. */
  private readonly partner: Int32Array;
  /** Where a token lies in a name the NER or entities layer found: PERSON, OTHER_NAME, or NOT_SPEAKER (a facility …). */
  readonly named: Uint8Array;
  /** 1 where a matched bracket opens, 2 where one closes. */
  private readonly side: Uint8Array;
  readonly start: number;
  readonly end: number;

  constructor(text: string, tokens: readonly Token[], start: number, end: number, names: readonly Name[] = []) {
    this.text = text;
    this.tokens = tokens;
    this.start = start;
    this.end = end;
    const n = tokens.length;
    this.s = tokens.map((t) => text.slice(t.start, t.end));
    this.partner = new Int32Array(n).fill(-1);
    this.side = new Uint8Array(n);
    this.named = new Uint8Array(n);
    // Names and tokens are both in text order: walk the tokens each name overlaps, from the first that can.
    let first = 0;
    for (const r of names) {
      while (first < n && tokens[first]!.end <= r.start) first++;
      for (let i = first; i < n && tokens[i]!.start < r.end; i++) {
        if (this.named[i] !== PERSON) this.named[i] = r.person ? PERSON : r.speaker ? OTHER_NAME : NOT_SPEAKER;
      }
    }
    const pairs: BracketPair[] = [];
    const stack: { at: number; close: string }[] = [];
    for (let i = 0; i < n; i++) {
      const w = this.s[i]!;
      const top = stack[stack.length - 1];
      if (top && w === top.close) {
        stack.pop();
        pairs.push({ open: top.at, close: i, depth: 0 });
        this.partner[top.at] = i;
        this.partner[i] = top.at;
        this.side[top.at] = 1;
        this.side[i] = 2;
        continue;
      }
      const close = QUOTE_OPEN.get(w);
      if (close) stack.push({ at: i, close });
    }
    // A bracket left open is a typo, not a quotation: only matched pairs raise the depth.
    const delta = new Int32Array(n + 1);
    for (const p of pairs) {
      delta[p.open + 1]!++;
      delta[p.close]!--;
    }
    const depth: number[] = new Array<number>(n);
    let d = 0;
    for (let i = 0; i < n; i++) {
      d += delta[i]!;
      depth[i] = d;
    }
    this.depth = depth;
    for (const p of pairs) p.depth = depth[p.open]!;
    this.pairs = pairs.sort((a, b) => a.open - b.open);
  }

  get length(): number {
    return this.tokens.length;
  }

  /** The matching bracket of the bracket at `i`, or -1. */
  partnerOf(i: number): number {
    return this.partner[i] ?? -1;
  }

  isOpen(i: number): boolean {
    return this.side[i] === 1;
  }

  isClose(i: number): boolean {
    return this.side[i] === 2;
  }

  is(i: number, surface: string, pos?: string): boolean {
    return this.s[i] === surface && (pos === undefined || this.tokens[i]?.pos === pos);
  }

  pos(i: number): string {
    return this.tokens[i]?.pos ?? '';
  }

  pos1(i: number): string {
    return this.tokens[i]?.pos1 ?? '';
  }

  base(i: number): string {
    return this.tokens[i]?.base ?? '';
  }

  /** A comma, also where kuromoji glues it to a bracket (an unknown-symbol token such as )、). */
  isComma(i: number): boolean {
    const w = this.s[i];
    return w !== undefined && /^[)）]?[、，,]$/.test(w);
  }

  isPunct(i: number): boolean {
    return PUNCT.test(this.s[i] ?? '');
  }

  /**
   * Whether token `i` can stand in a name or noun phrase: nouns, prefixes, the name dots and parentheses, and any
   * token written without kana (kuromoji splits unknown Chinese names into odd pieces such as 遠 tagged 形容詞).
   */
  isNominal(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    const w = this.s[i]!;
    if (ASCII_MARKS.test(w) || /[、。，．]/.test(w)) return false;
    if (t.pos === '名詞') return t.pos1 !== '非自立' && t.pos1 !== '代名詞';
    if (t.pos === '接頭詞') return true;
    if (w === '・' || w === '＝' || w === '=' || w === '-' || w === '－' || w === '&') return true;
    if (this.isPunct(i) || t.pos === '記号') return false;
    return !HIRAGANA.test(w);
  }

  /** Whether token `i` ends a predicate, so that the words before a quotative と form a clause. */
  isPredicateEnd(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    if (t.pos === '動詞' || t.pos === '助動詞' || t.pos === '形容詞') return true;
    if (t.pos === '助詞' && (this.s[i] === 'か' || t.pos1 === '終助詞')) return true;
    return false;
  }

  /** Character offset where token `i` starts (the sentence end past the last token). */
  at(i: number): number {
    return this.tokens[i]?.start ?? this.end;
  }

  /** Character offset where token `i` ends. */
  endOf(i: number): number {
    return this.tokens[i]?.end ?? this.end;
  }

  /** Joined surfaces of tokens [from, to). */
  slice(from: number, to: number): string {
    if (to <= from) return '';
    return this.text.slice(this.at(from), this.endOf(to - 1));
  }
}
