/**
 * Knowledge-base candidates indexed by where they start and end, so that cues can ask "is there a country right
 * before this title?" in constant time.
 */
import type { Candidate } from './candidate.js';

export class CandidateIndex {
  private readonly byEnd = new Map<number, Candidate[]>();
  private readonly byStart = new Map<number, Candidate[]>();

  constructor(candidates: readonly Candidate[]) {
    for (const c of candidates) this.add(c);
  }

  add(c: Candidate): void {
    push(this.byEnd, c.end, c);
    push(this.byStart, c.start, c);
  }

  /** Candidates ending exactly at `end`, longest first. */
  endingAt(end: number): Candidate[] {
    return [...(this.byEnd.get(end) ?? [])].sort((a, b) => b.end - b.start - (a.end - a.start));
  }

  /** Candidates starting exactly at `start`, longest first. */
  startingAt(start: number): Candidate[] {
    return [...(this.byStart.get(start) ?? [])].sort((a, b) => b.end - b.start - (a.end - a.start));
  }
}

function push(map: Map<number, Candidate[]>, key: number, c: Candidate): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

/**
 * Whether a candidate names something other than a person: a country or body of the knowledge base (by a full
 * name, not a short form), or a cue's or the tagger's non-person name.
 */
export function isKbNonPerson(c: Candidate): boolean {
  if (c.source === 'kb' || c.source === 'abbr') return c.surfaces.some((s) => s.kind !== 'short' && s.entry.type !== 'PERSON');
  return c.type !== 'PERSON';
}

/** Whether a candidate is a knowledge-base person (by a full name or alias). */
export function isKbPerson(c: Candidate): boolean {
  return c.surfaces.some((s) => s.entry.type === 'PERSON');
}
