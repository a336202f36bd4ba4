/**
 * Knowledge-base candidates indexed by where they start and end, so that cues can ask "is there a country right
 * before this title?" in constant time.
 */
import type { Candidate } from './candidate.js';

/** Candidates at one offset; sorted longest first when asked for, and again only after an addition. */
interface Bucket {
  list: Candidate[];
  sorted: boolean;
}

const NONE: readonly Candidate[] = Object.freeze([]);

export class CandidateIndex {
  private readonly byEnd = new Map<number, Bucket>();
  private readonly byStart = new Map<number, Bucket>();

  constructor(candidates: readonly Candidate[]) {
    for (const c of candidates) this.add(c);
  }

  add(c: Candidate): void {
    push(this.byEnd, c.end, c);
    push(this.byStart, c.start, c);
  }

  /** Candidates ending exactly at `end`, longest first (equal lengths in the order added). */
  endingAt(end: number): readonly Candidate[] {
    return sortedAt(this.byEnd, end);
  }

  /** Candidates starting exactly at `start`, longest first (equal lengths in the order added). */
  startingAt(start: number): readonly Candidate[] {
    return sortedAt(this.byStart, start);
  }
}

function push(map: Map<number, Bucket>, key: number, c: Candidate): void {
  const bucket = map.get(key);
  if (!bucket) map.set(key, { list: [c], sorted: true });
  else {
    bucket.list.push(c);
    bucket.sorted = false;
  }
}

// The cues ask about the same offsets many times, so a bucket is sorted once in place rather than copied per
// question; the sort is stable and additions go to the end, so the order is that of sorting the added order.
function sortedAt(map: Map<number, Bucket>, key: number): readonly Candidate[] {
  const bucket = map.get(key);
  if (!bucket) return NONE;
  if (!bucket.sorted) {
    bucket.list.sort((a, b) => b.end - b.start - (a.end - a.start));
    bucket.sorted = true;
  }
  return bucket.list;
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
