/**
 * The compiled trigger lexicon: every word of `lexicon-data.ts` tokenised once (in `prepare`, with the shared
 * tokenizer) into its sequence of base forms, indexed by the first base. Matching a sentence is then a lookup per
 * token plus a comparison of the few entries that start there, longest first.
 */
import type { EventType } from '../../analysis/contract.js';
import { tokenize } from '../../text/tokens.js';
import type { Frame } from './frames.js';
import { IMPLIED_DESTINATIONS, TRIGGER_GROUPS, type Vehicle } from './lexicon-data.js';

export interface Trigger {
  word: string;
  type: EventType | null;
  frame: Frame;
  vehicle: Vehicle | null;
  needsTarget: boolean;
  /** Names of the destination the word itself names (訪中 → 中国), else empty. */
  implied: readonly string[];
  /** The object it needs to state an event (控訴を棄却), or null. */
  objects: RegExp | null;
  /** A sentence of another domain where it states none (救援 among pitchers), or null. */
  notWith: RegExp | null;
  bases: readonly string[];
}

export interface Lexicon {
  /** Entries by their first base form, longest first. */
  byFirst: ReadonlyMap<string, readonly Trigger[]>;
  size: number;
}

let compiled: Lexicon | null = null;

/** Compiles the lexicon (once per process). Needs the tokenizer loaded. */
export function compileLexicon(): Lexicon {
  if (compiled) return compiled;
  const byFirst = new Map<string, Trigger[]>();
  let size = 0;
  for (const group of TRIGGER_GROUPS) {
    for (const word of group.words) {
      const bases = tokenize(word, 0, word.length).map((t) => t.base);
      if (!bases.length) continue;
      const entry: Trigger = {
        word,
        type: group.type,
        frame: group.frame,
        vehicle: group.vehicle ?? null,
        needsTarget: group.needsTarget ?? false,
        implied: IMPLIED_DESTINATIONS[word] ?? [],
        objects: group.objects ?? null,
        notWith: group.notWith ?? null,
        bases,
      };
      const list = byFirst.get(bases[0]!) ?? [];
      list.push(entry);
      byFirst.set(bases[0]!, list);
      size++;
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.bases.length - a.bases.length);
  compiled = { byFirst, size };
  return compiled;
}

/** The compiled lexicon. @throws Error when `compileLexicon()` has not run (a stage used before `prepare`). */
export function lexicon(): Lexicon {
  if (!compiled) throw new Error('the event lexicon was used before the events stage was prepared');
  return compiled;
}

/** The longest entry whose bases match `bases` from index `i`, or null. */
export function matchAt(lex: Lexicon, bases: readonly string[], i: number): Trigger | null {
  const list = lex.byFirst.get(bases[i]!);
  if (!list) return null;
  for (const entry of list) {
    const n = entry.bases.length;
    if (i + n > bases.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = bases[i + k] === entry.bases[k];
    if (ok) return entry;
  }
  return null;
}
