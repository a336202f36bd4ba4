/**
 * The modality an English event's own words give it, read from the words of its clause before the trigger (the
 * verb group: did not, will, plans to, may) and right after it (was cancelled): `negated`, `hypothetical`,
 * or `planned`; `requested` tells an act only asked for (urged X to impose sanctions), which is no event at all.
 * Reported speech is decided by the caller from the quotes layer.
 */
import type { Modality } from '../../../analysis/contract.js';

const NEGATED = /(?:\bnot|n't|\bnever|\bno longer|\brefused to|\bdeclined to|\bfailed to|\bdenied|\bdenies|\bdeny|\bwithout)\s+(?:\w+\s+){0,3}$/;
const HYPOTHETICAL = /\b(?:may|might|could|would be|if|unless|whether|possible|possibly|likely to|threat of|risk of)\b/;
const PLANNED = /\b(?:will|'ll|shall|would|plans? to|planned to|planning to|is to|are to|was to|were to|set to|expected to|intends? to|intended to|aims? to|aimed to|due to|scheduled to|going to|preparing to|prepares? to|seeks? to|sought to|hopes? to|wants? to|ready to|upcoming|proposed|planned)\b/;
const REQUEST = /\b(?:urged?|urges|urging|called on|calls on|call on|asked|asks|demanded|demands|pressed|pressured|appealed to|called for|calls for|pushed for|requested)\b/;
const UNDONE = /^\s*(?:was|were|has been|had been|have been)\s+(?:cancelled|canceled|called off|scrapped|postponed|suspended)\b/;

/** Whether an act told as an infinitive after `sentenceBefore` (the sentence up to it) is only asked for. */
export function requested(sentenceBefore: string): boolean {
  return REQUEST.test(` ${sentenceBefore.toLowerCase()} `);
}

/**
 * The mood of a trigger from `before` (its clause's words from the subject to the trigger, lower-cased) and
 * `after` (the text right after the trigger). `title`: a headline's present is past, its `to` a plan.
 */
export function englishMood(before: string, after: string, title: boolean, infinitive: boolean): Modality {
  const b = ` ${before.replace(/’/g, "'")} `;
  if (UNDONE.test(after) || NEGATED.test(b)) return 'negated';
  if (/\b(?:if|unless|whether)\b/.test(b) || /\b(?:may|might|could)\b/.test(b) || HYPOTHETICAL.test(b.slice(-25))) return 'hypothetical';
  if (PLANNED.test(b)) return 'planned';
  if (title && infinitive) return 'planned';
  return 'asserted';
}
