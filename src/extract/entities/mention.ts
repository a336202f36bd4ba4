/**
 * The `ner` layer: typed name spans found by the statistical tagger, before linking. Linking (the `entities`
 * stage) reads these together with knowledge-base matches and groups them into entities.
 */
import type { EntityType } from '../../analysis/contract.js';

/** Labels the tagger can emit: the contract's entity types plus the extra OntoNotes-style classes it learns. */
export type NerLabel = EntityType | 'DATE' | 'TIME' | 'MONEY' | 'QUANTITY' | 'PERCENT' | 'CARDINAL' | 'ORDINAL' | 'TITLE_AFFIX' | 'LANGUAGE';

/** One tagged span. */
export interface NerMention {
  start: number;
  end: number;
  label: NerLabel;
  /** The tagger's confidence in [0, 1] where it gives one. */
  score: number;
}

declare module '../../doc.js' {
  interface Layers {
    /** Name spans from the NER model, in text order, not overlapping. */
    ner: NerMention[];
  }
}
