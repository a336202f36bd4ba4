/**
 * A capital acting stands for its government: "Beijing vowed to respond", "Washington imposed tariffs", "urged
 * Moscow to withdraw" are China, the United States and Russia acting or acted upon. Only in English, where the
 * usage is the rule (in Japanese 東京は… is as often the city's own government). A capital stays itself where
 * it is a place: where someone goes (visited Beijing) or where something happens (talks in Moscow).
 */
import type { Participant } from '../../../analysis/contract.js';
import { governmentOf } from '../../../kb/capitals.js';

/** Frames whose target is a destination, not a party. */
const PLACE_TARGETS = new Set(['motion']);

/**
 * Rewrites, in place, the capitals among `parts` that act or are acted upon to the countries they stand for —
 * when that country is an entity of the article (`known`), so every participant still names one of its entities.
 */
export function governmentsForCapitals(parts: Participant[], frame: string, known: ReadonlySet<string>): void {
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k]!;
    if (!p.entity || p.role === 'location' || p.role === 'item' || (p.role === 'target' && PLACE_TARGETS.has(frame))) continue;
    const country = governmentOf(p.entity);
    if (!country || !known.has(country)) continue;
    if (parts.some((q) => q.entity === country)) parts.splice(k, 1);
    else p.entity = country;
  }
}
