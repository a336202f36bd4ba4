/**
 * Candidates: name spans proposed by the knowledge-base matcher, the cues and the NER layer, before overlaps are
 * resolved and mentions are grouped into entities.
 */
import type { EntityType } from '../../analysis/contract.js';
import type { Surface } from '../../kb/knowledge-base.js';

/** A title after a name (習近平|総書記), or before it in an apposition (研究員の|沈明室). */
export interface TitleHit {
  start: number;
  end: number;
  /** The title as written, without 元/前/故 (e.g. 副主席, 陸軍司令官). */
  title: string;
  honorific: boolean;
  personOnly: boolean;
  former: boolean;
  /** The organisation or country named with the title (中央軍事委員会|副主席, ロシア|大統領), as a span. */
  org: { start: number; end: number } | null;
  /** The whole stretch that supports the role, for its evidence span. */
  evidence: { start: number; end: number };
}

export type CandidateSource = 'kb' | 'abbr' | 'cue' | 'ner' | 'doc';

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  source: CandidateSource;
  /** Knowledge-base forms spelled by exactly this span. */
  surfaces: Surface[];
  /** Titles attached to the name (after it, or in an apposition before it). */
  titles: TitleHit[];
  /** Which rule proposed it (kept for debugging and tests). */
  rule: string;
  /** A cue's confidence that this is a name: decides between overlapping candidates of equal length. */
  strength: number;
}

/**
 * A candidate with defaults filled in. Its fields are always written in the same order, so every candidate has
 * one hidden class whichever rule made it (a spread would give each call site's key order a class of its own, and
 * the linker's optimised code would be thrown away whenever a rarer one came along).
 */
export function candidate(c: Pick<Candidate, 'start' | 'end' | 'type' | 'source' | 'rule'> & Partial<Candidate>): Candidate {
  return { start: c.start, end: c.end, type: c.type, source: c.source, surfaces: c.surfaces ?? [], titles: c.titles ?? [], rule: c.rule, strength: c.strength ?? 1 };
}
