/**
 * An event found in one sentence, before the article-wide merge: the contract record's fields plus what the merge
 * and the speech rules need to know about where and how it was said.
 */
import type { EventType, Modality, Participant, TimeValue } from '../../analysis/contract.js';
import type { Span } from '../../spans.js';
import type { Frame } from './frames.js';
import type { Vehicle } from './lexicon-data.js';

export interface Candidate {
  type: EventType;
  frame: Frame;
  vehicle: Vehicle | null;
  word: string;
  /** Where the trigger stands. */
  at: number;
  /** Item index of the trigger in its sentence, of the verb that performs it (or -1), and of its clause. */
  item: number;
  head: number;
  clause: number;
  sentence: number;
  title: boolean;
  participants: Participant[];
  date: TimeValue | null;
  /** The date came from the trigger's own clause (not the rest of the sentence). */
  ownDate: boolean;
  modality: Modality;
  attributedTo: string | null;
  /** Inside a quote's content. */
  quoted: boolean;
  quantities: number[];
  evidence: Span;
  /** それぞれ / 個別に in the clause: a symmetric event with several counterparts is one event per counterpart. */
  distributive: boolean;
  /** Entity ids on the subject side (for splitting symmetric events per dyad). */
  subjects: string[];
  /**
   * The type of an earlier event the clause reacts to without naming its actor (今回の辞任表明を受け、…と批判):
   * the merge makes that event's actor the target.
   */
  reacts: EventType | null;
  /** Told as a cleft (…を起こしたのは X): it names who did an event told before, rather than telling a new one. */
  identifies: boolean;
  /** Whether the clause names the subject side at all (an entity or not): a symmetric event without one is partial. */
  subjectSide: boolean;
}

/** Entity ids of the participants that are parties (not places, not goods). */
export function parties(c: { participants: readonly Participant[] }): string[] {
  const out: string[] = [];
  for (const p of c.participants) if (p.entity && p.role !== 'item' && p.role !== 'location' && !out.includes(p.entity)) out.push(p.entity);
  return out;
}

/** Ids of every entity participant other than goods (what the scorer and analysts match on). */
export function actors(c: { participants: readonly Participant[] }): string[] {
  const out: string[] = [];
  for (const p of c.participants) if (p.entity && p.role !== 'item' && !out.includes(p.entity)) out.push(p.entity);
  return out;
}
