/**
 * What the linking steps share about one document: its text, its tokens indexed by character, and the
 * knowledge base to link against.
 */
import type { KnowledgeBase, Surface } from '../../kb/knowledge-base.js';
import type { Trie } from '../../kb/trie.js';
import type { Token } from '../../text/token.js';
import { mark, marks } from './marks.js';

export class LinkContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly kb: KnowledgeBase;
  /** The publication date (YYYY-MM-DD) where known: roles held then are preferred. */
  readonly date: string | null;
  /** The article's language ('ja', 'en', …): English text is also read for names the KB lacks (english/). */
  readonly lang: string;
  /** For every character, the index of the token covering it, or -1. */
  private readonly tokenOf: number[];

  constructor(text: string, tokens: readonly Token[], kb: KnowledgeBase, date: string | null, lang = 'ja') {
    this.text = text;
    this.lang = lang;
    this.tokens = tokens;
    this.kb = kb;
    this.date = date;
    this.tokenOf = marks(text.length, -1);
    for (let k = 0; k < tokens.length; k++) mark(this.tokenOf, tokens[k]!.start, tokens[k]!.end, k);
  }

  /** The knowledge base's matcher for this article's language (English articles also match US, America …). */
  get matcher(): Trie<Surface> {
    return this.kb.matcherFor(this.lang);
  }

  code(i: number): number {
    return i >= 0 && i < this.text.length ? this.text.charCodeAt(i) : 0;
  }

  /** The token covering character `i`, or undefined. */
  tokenAt(i: number): Token | undefined {
    const k = i >= 0 && i < this.text.length ? this.tokenOf[i]! : -1;
    return k >= 0 ? this.tokens[k] : undefined;
  }

  /** Index of the token covering character `i`, or -1. */
  tokenIndexAt(i: number): number {
    return i >= 0 && i < this.text.length ? this.tokenOf[i]! : -1;
  }

  /** Whether offset `i` falls between two tokens (or outside any), i.e. no token is cut there. */
  isBoundary(i: number): boolean {
    if (i <= 0 || i >= this.text.length) return true;
    const a = this.tokenOf[i - 1]!;
    const b = this.tokenOf[i]!;
    return a !== b || a === -1;
  }
}
