/**
 * What the sentence rules share: the article's layers as the events stage reads them, and one sentence parsed
 * (items, noun phrases, clauses, quotes, times).
 */
import type { Entity, Quantity, Quote, Sentence, TimeExpression } from '../../analysis/contract.js';
import type { Clause } from './clauses.js';
import type { Item, MentionRef } from './items.js';
import type { Lexicon } from './lexicon.js';
import type { Narrative } from './narrative.js';
import type { Phrase } from './phrases.js';

/** What every sentence of one article shares. */
export interface DocView {
  text: string;
  mentions: readonly MentionRef[];
  quotes: readonly Quote[];
  entities: ReadonlyMap<string, Entity>;
  times: readonly TimeExpression[];
  quantities: readonly Quantity[];
  lex: Lexicon;
  /** The publication date (YYYY-MM-DD), if known: an event dated after it is still to come. */
  published: string | null;
  /** The last entity topic (Xは) of the body, for a sentence that leaves its subject unsaid. */
  topic: Phrase | null;
  /** What the article has told so far that dates later events (narrative.ts). */
  story: Narrative;
}

/** One sentence's parsed form, shared by its triggers. */
export interface Parsed {
  sentence: Sentence;
  title: boolean;
  items: Item[];
  list: Phrase[];
  cls: Clause[];
  quoteAt: (pos: number) => Quote | null;
  reportAt: (pos: number) => Quote | null;
  times: TimeExpression[];
}

