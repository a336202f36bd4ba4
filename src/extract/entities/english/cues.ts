/**
 * What the words around a name say it names, when its own words (a head, a title) do not:
 *
 * - a place: "the port city of X", "Russian-held X", "X, Ukraine" (a KB country after a comma), and — weaker —
 *   "in/near/outside/across X";
 * - a person: a common given name (Rachel Beaumont), an apposition after the name ("X, who", "X, 52,",
 *   "X, a senior analyst at …" — the title becomes a role), a title noun and a comma before it ("her lawyer,
 *   X,"), or a two- or three-word name that says or is told something ("X said", "said X").
 */
import type { EntityType } from '../../../analysis/contract.js';
import type { TitleHit } from '../candidate.js';
import type { Piece } from './segments.js';
import { roleTitle } from './titles.js';
import { wordsOf } from './runs.js';
import { GIVEN_NAMES, TITLE_HEADS, TITLE_MODIFIERS } from './words.js';

/** A type the context gives a piece, how sure it is (1–3), and a role where an apposition names one. */
export interface ContextCue {
  type: EntityType;
  rule: string;
  strength: number;
  title?: TitleHit;
}

const SPEECH = /^ (?:said|says|told|added|stated|warned|argued|noted|explained|insisted|stressed|wrote|announced|replied|urged|acknowledged)\b/;
const PLACE_NOUN = /\bthe (?:[a-z]+ |[A-Z][a-z]+ ){0,2}(?:city|town|village|port|capital|province|region|county|district|prefecture|island|area|oblast|settlement|enclave) of $/;
const PLACE_PREPOSITION = /(?:^|[\s(])(?:in|near|outside|across|into|throughout|around|towards?) $/;
const HELD = /\b[A-Z][a-z]+-(?:held|controlled|occupied|annexed) $/;
const APPOSITION = /^, (?:a|an|the|its|his|her|their|[A-Z][\w.]*['’]s)((?: [a-z-]+){1,4})(?=[,.;]| (?:at|of|for|with|in)\b)/;

/** The role an apposition after a name gives ("X, the deputy mayor of …" → Deputy Mayor), or null. */
function appositionTitle(text: string, p: Piece): TitleHit | null {
  const m = APPOSITION.exec(text.slice(p.end, p.end + 100));
  if (!m) return null;
  const at = p.end + m.index + m[0].length - m[1]!.length;
  const words = wordsOf(text, at, at + m[1]!.length);
  const head = words[words.length - 1];
  if (!head || !TITLE_HEADS.has(head.text)) return null;
  let s = words.length - 1;
  while (s > 0 && (TITLE_MODIFIERS.has(words[s - 1]!.text) || TITLE_HEADS.has(words[s - 1]!.text))) s--;
  const former = s > 0 && /^(?:former|ex)$/.test(words[s - 1]!.text);
  const titleWords = words.slice(s);
  return {
    start: titleWords[0]!.start, end: head.end, title: roleTitle(titleWords), honorific: false, personOnly: true,
    former, org: null, evidence: { start: p.start, end: head.end },
  };
}

/**
 * The cue the context gives `p` (a piece without a head or title), or null. `gpeAt` says whether a knowledge-base
 * country or place starts at an offset; `initial` whether the piece opens a sentence.
 */
export function contextCue(text: string, p: Piece, initial: boolean, gpeAt: (at: number) => boolean): ContextCue | null {
  const before = text.slice(Math.max(0, p.start - 60), p.start);
  const after = text.slice(p.end, p.end + 40);
  const names = p.words.filter((w) => w.cap).length;
  const possessive = p.words[p.words.length - 1]!.possessive;
  if (PLACE_NOUN.test(before) || HELD.test(before)) return { type: 'GPE', rule: 'en-place-noun', strength: 3 };
  const title = appositionTitle(text, p);
  if (title) return { type: 'PERSON', rule: 'en-apposition', strength: 3, title };
  if (/^, (?:who|whose)\b|^, (?:aged )?\d{1,3},/.test(after)) return { type: 'PERSON', rule: 'en-apposition', strength: 2 };
  const prevWord = /([a-z]+), $/.exec(before);
  if (prevWord && TITLE_HEADS.has(prevWord[1]!) && /^[,.]/.test(after)) return { type: 'PERSON', rule: 'en-apposition', strength: 2 };
  if (names >= 2 && GIVEN_NAMES.has(p.words[0]!.text)) return { type: 'PERSON', rule: 'en-given-name', strength: 2 };
  // an initial before a surname: J. K. Rowling, John F. Kennedy
  if (names >= 2 && p.words.slice(0, -1).some((w) => /^\p{Lu}\.$/u.test(w.text))) return { type: 'PERSON', rule: 'en-initials', strength: 2 };
  if (!possessive && /^, /.test(after) && gpeAt(p.end + 2) && names <= 3) return { type: 'GPE', rule: 'en-place-country', strength: 2 };
  if (names >= 2 && names <= 3 && !possessive && (SPEECH.test(after) || /\bsaid $/.test(before))) return { type: 'PERSON', rule: 'en-speaker', strength: 2 };
  if (!initial && !possessive && names <= 3 && PLACE_PREPOSITION.test(before) && !/^ (?:of|and)\b/.test(after)) return { type: 'GPE', rule: 'en-place-preposition', strength: 1 };
  return null;
}
