/**
 * Overlap resolution: the longest candidate wins (国連安全保障理事会 over 国連, タイ国立銀行 over タイ); of equal
 * spans the stronger one is kept and the others' evidence (titles, KB forms) is merged into it.
 */
import type { Candidate } from './candidate.js';
import { mark, marks } from './marks.js';

const SOURCE_RANK: Record<Candidate['source'], number> = { kb: 4, abbr: 3, cue: 2, ner: 1, doc: 0 };

/** Non-overlapping mentions in text order. */
export function selectMentions(candidates: readonly Candidate[], length: number): Candidate[] {
  const sorted = [...candidates].sort((a, b) =>
    b.end - b.start - (a.end - a.start) || b.strength - a.strength || SOURCE_RANK[b.source] - SOURCE_RANK[a.source] || a.start - b.start);
  const owner = marks(length, -1);
  const accepted: Candidate[] = [];
  for (const c of sorted) {
    let clash = -1;
    for (let i = c.start; i < c.end; i++) {
      if (owner[i]! >= 0) {
        clash = owner[i]!;
        break;
      }
    }
    if (clash < 0) {
      const copy: Candidate = { ...c, surfaces: [...c.surfaces], titles: [...c.titles] };
      mark(owner, c.start, c.end, accepted.length);
      accepted.push(copy);
    } else {
      const a = accepted[clash]!;
      if (a.start === c.start && a.end === c.end) mergeInto(a, c);
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** Folds the evidence of an equal-span candidate into the kept one. */
function mergeInto(kept: Candidate, other: Candidate): void {
  for (const t of other.titles) if (!kept.titles.some((k) => k.start === t.start && k.end === t.end)) kept.titles.push(t);
  for (const s of other.surfaces) if (!kept.surfaces.includes(s)) kept.surfaces.push(s);
  // a title only a person bears overrides a place the KB knows by the same letters (福島党首)
  if (other.type === 'PERSON' && other.rule === 'title-flip') {
    kept.type = 'PERSON';
    kept.rule = other.rule;
  }
  if (kept.source === 'ner' && other.source !== 'ner') kept.source = other.source;
}
