/**
 * A run of capitalised words cut into the names it holds, typed by their heads where they have one:
 *
 * - a body's, facility's or place's head word types the name (Kestrel Capital → ORG, Harbour Hall → FAC,
 *   Hebei Province → GPE, Bank of Japan → ORG: a head before "of" counts too);
 * - "and", "for", "of" … join two parts only inside such a name (Ministry of Trade and Industry; Jane Doe and
 *   John Smith are two, as are Jane Doe | of | Acme Corp);
 * - a knowledge-base name inside the run wins over a local name that would contain it, unless the local name's
 *   head lies outside it (Beijing Capital International Airport is a facility; in US State Department the KB's
 *   State Department is kept and US is the KB's too); what the KB leaves over stands as a name of its own.
 */
import type { EntityType } from '../../../analysis/contract.js';
import type { Range } from '../../../spans.js';
import { isConnector, type Run, type Word } from './runs.js';
import { isDemonymWord } from './demonyms.js';
import { FAC_HEADS, GIVEN_NAMES, GPE_HEADS, LOC_HEADS, NAME_PARTICLES, ORG_HEADS } from './words.js';

/** A part of a run that may be a name; `type` is null when its words do not say what it names. */
export interface Piece extends Range {
  words: Word[];
  type: EntityType | null;
}

/** Facility heads that are common surnames as well: Jane Hall, Peter Church. */
const SURNAME_HEADS = new Set(['Hall', 'Church', 'Temple', 'Castle', 'Tower', 'Bridge', 'Camp', 'Port', 'Dock', 'Chambers']);

/** The type a head word gives a name: Ministry → ORG, Airport → FAC, Province → GPE, River → LOC. */
export function headType(word: string): EntityType | null {
  const w = word.replace(/\.$/, '');
  if (ORG_HEADS.has(w)) return 'ORG';
  if (FAC_HEADS.has(w)) return 'FAC';
  if (GPE_HEADS.has(w)) return 'GPE';
  if (LOC_HEADS.has(w)) return 'LOC';
  return null;
}

/** The head of a name of two or more words, with the type it gives, or null. */
export function headOf(words: readonly Word[]): { at: number; type: EntityType } | null {
  const names = words.filter((w) => !isConnector(w));
  if (names.length < 2) return null;
  const last = words[words.length - 1]!;
  const t = headType(last.text);
  if (t && !(SURNAME_HEADS.has(last.text) && names.length === 2 && GIVEN_NAMES.has(names[0]!.text))) return { at: words.length - 1, type: t };
  const first = headType(words[0]!.text);
  if (first && words[1]?.text === 'of') return { at: 0, type: first };
  return null;
}

/** Whether `words` name a body, facility or place by their head, or are such a head (Motors of General Motors). */
export const isHeaded = (words: readonly Word[]): boolean => headOf(words) !== null || (words.length > 0 && headType(words[words.length - 1]!.text) !== null);

function piece(words: Word[], type: EntityType | null): Piece {
  return { start: words[0]!.start, end: words[words.length - 1]!.end, words, type };
}

/** Trims connectors and leading country adjectives (Chinese, Western) off an unheaded part. */
function trim(words: Word[]): Word[] {
  let a = 0;
  let b = words.length;
  while (a < b && (isConnector(words[a]!) || isDemonymWord(words[a]!.text))) a++;
  while (b > a && isConnector(words[b - 1]!)) b--;
  return words.slice(a, b);
}

/** Parts of a run joined by connectors only where the part before the connector has a head (see the top). */
export function connected(words: readonly Word[]): Word[][] {
  const parts: Word[][] = [];
  let cur: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const glue = isConnector(w) && !NAME_PARTICLES.has(w.text);
    // of/for continue a name whose head stands before them (Bank of Japan, Center for …); and/the/& only one
    // whose head began it (Ministry of Trade and Industry), not two names (Acme Ltd and the Beta Group)
    let headAt = cur.length - 1;
    while (headAt >= 0 && headType(cur[headAt]!.text) === null) headAt--;
    const joins = w.text === 'of' || w.text === 'for' ? headAt >= 0 : headAt >= 0 && headAt < cur.length - 1;
    if (glue && !isConnector(words[i - 1]!) && !joins) {
      parts.push(cur);
      cur = [];
      while (i + 1 < words.length && isConnector(words[i + 1]!)) i++;
      continue;
    }
    cur.push(w);
  }
  parts.push(cur);
  return parts.filter((p) => p.length);
}

/** The pieces of `run`, given the knowledge base's full-name candidates (`kb`, any order). */
export function segment(run: Run, kb: readonly Range[]): Piece[] {
  const out: Piece[] = [];
  for (const part of connected(run.words)) {
    const inside = kb.filter((k) => k.start >= part[0]!.start && k.end <= part[part.length - 1]!.end);
    const head = headOf(part);
    if (head) {
      const h = part[head.at]!;
      const owner = inside.find((k) => k.start <= h.start && k.end >= h.end);
      if (!owner) {
        out.push(piece(part, head.type));
        continue;
      }
    }
    // what the knowledge base leaves over, in maximal stretches of words
    let cur: Word[] = [];
    const flush = () => {
      const t = trim(cur);
      if (t.length) out.push(piece(t, null));
      cur = [];
    };
    for (const w of part) {
      if (inside.some((k) => k.start < w.end && k.end > w.start)) flush();
      else cur.push(w);
    }
    flush();
  }
  return out;
}
