/**
 * From a speaker's words to an entity id, and from a claim's words to the entities it is about, through the
 * mentions of the `entities` layer: the entity whose mention overlaps the speaker's name most (沈明室 in
 * 沈明室研究員) — a person named there before a place or body (山崎福岡市長) —, never for an unnamed source.
 */
import type { Entity } from '../../analysis/contract.js';
import type { Range } from '../../spans.js';
import type { SpeakerRef } from './discourse.js';

interface Placed extends Range {
  id: string;
  person: boolean;
}

/** Entity mentions in text order, searched by position. */
export class MentionIndex {
  private readonly mentions: Placed[];

  constructor(entities: readonly Entity[]) {
    this.mentions = entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id, person: e.type === 'PERSON' })))
      .sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** The entity a speaker is, or null for an unnamed source or a name no entity covers. */
  speaker(ref: SpeakerRef): string | null {
    if (ref.kind === 'generic' || !ref.span) return null;
    let best: Placed | null = null;
    let bestOverlap = 0;
    for (const m of this.within(ref.span.start - 64, ref.span.end)) {
      const overlap = Math.min(m.end, ref.span.end) - Math.max(m.start, ref.span.start);
      if (overlap <= 0) continue;
      // a named person is the speaker before the place or body named with them (山崎|福岡市|長: 山崎, not 福岡市)
      const personFirst = best !== null && m.person !== best.person && Math.min(overlap, bestOverlap) >= 2;
      const better = personFirst ? m.person : overlap > bestOverlap || (overlap === bestOverlap && best !== null && ((m.person && !best.person) || m.end > best.end));
      if (better) {
        best = m;
        bestOverlap = overlap;
      }
    }
    return best?.id ?? null;
  }

  /** Ids of the entities mentioned inside `r`, in order of first mention. */
  about(r: Range): string[] {
    const ids: string[] = [];
    for (const m of this.within(r.start, r.end)) if (m.start >= r.start && m.end <= r.end && !ids.includes(m.id)) ids.push(m.id);
    return ids;
  }

  /** Mentions starting in [from, to). */
  private *within(from: number, to: number): Generator<Placed> {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.mentions.length && this.mentions[i]!.start < to; i++) yield this.mentions[i]!;
  }
}
