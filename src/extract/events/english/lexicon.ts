/**
 * The English trigger vocabulary compiled once into word sequences: every inflection of each verb (meets, met,
 * meeting; imposes, imposed), singular and plural of each noun, and the support verbs that perform a noun.
 * Matching is on lower-cased words, longest entry first.
 */
import type { EventType } from '../../../analysis/contract.js';
import type { Frame } from '../frames.js';
import type { Vehicle } from '../lexicon-data.js';
import { ENGLISH_GROUPS, SUPPORT } from './lexicon-data.js';

/** Which form of a verb a word is: base (meet), -s, -ing, past (met), participle (met, been met). */
export type Form = 'base' | 's' | 'ing' | 'past' | 'pp' | 'noun';

export interface EnglishTrigger {
  type: EventType;
  frame: Frame;
  vehicle: Vehicle | null;
  needsTarget: boolean;
  /** The dictionary form (`meet with`, `sanctions`). */
  word: string;
  words: readonly string[];
  form: Form;
  /** Past and participle look alike for regular verbs: both are possible. */
  alsoPast: boolean;
}

export interface EnglishLexicon {
  /** Entries by their first word, longest first. */
  byFirst: ReadonlyMap<string, readonly EnglishTrigger[]>;
  /** Support verbs: every form → base form (`held` → `hold`). */
  support: ReadonlyMap<string, { base: string; form: Form }>;
}

const DOUBLE = /^(?:ban|plan|stop|slap|scrap|ship)$/;

/** The forms of a verb written `base` or `base/past/participle`; a particle after the verb stays as written. */
export function inflect(spec: string): { words: string[]; form: Form; alsoPast: boolean }[] {
  const [base, pastSpec, ppSpec] = spec.split('/') as [string, string?, string?];
  const [verb, ...rest] = base.split(' ') as [string, ...string[]];
  const head = (w: string | undefined) => (w ? w.split(' ')[0]! : undefined);
  const stem = verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : DOUBLE.test(verb) ? verb + verb.at(-1) : verb;
  const regular = /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'ied' : verb.endsWith('e') ? verb + 'd' : stem + 'ed';
  const past = head(pastSpec) ?? regular;
  const pp = head(ppSpec) ?? past;
  const third = /(?:s|sh|ch|x|z)$/.test(verb) ? verb + 'es' : /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'ies' : verb + 's';
  const ing = (verb.endsWith('ie') ? verb.slice(0, -2) + 'y' : stem) + 'ing';
  const out: { words: string[]; form: Form; alsoPast: boolean }[] = [
    { words: [verb, ...rest], form: 'base', alsoPast: false },
    { words: [third, ...rest], form: 's', alsoPast: false },
    { words: [ing, ...rest], form: 'ing', alsoPast: false },
  ];
  if (past === pp) out.push({ words: [past, ...rest], form: 'pp', alsoPast: true });
  else out.push({ words: [past, ...rest], form: 'past', alsoPast: false }, { words: [pp, ...rest], form: 'pp', alsoPast: false });
  return out;
}

function plural(noun: string): string[] {
  if (noun.endsWith('s') || / (?:law|aid|support|assistance|fighting|shelling|flooding|legislation)$/.test(` ${noun}`)) return [noun];
  const words = noun.split(' ');
  const last = words.pop()!;
  const many = /[^aeiou]y$/.test(last) ? last.slice(0, -1) + 'ies' : /(?:s|sh|ch|x)$/.test(last) ? last + 'es' : last + 's';
  return [noun, [...words, many].join(' ')];
}

let compiled: EnglishLexicon | null = null;

/** The compiled English lexicon (built on first use). */
export function englishLexicon(): EnglishLexicon {
  if (compiled) return compiled;
  const byFirst = new Map<string, EnglishTrigger[]>();
  const add = (t: EnglishTrigger) => {
    const list = byFirst.get(t.words[0]!) ?? [];
    if (!list.some((o) => o.words.join(' ') === t.words.join(' ') && o.form === t.form)) list.push(t);
    byFirst.set(t.words[0]!, list);
  };
  for (const g of ENGLISH_GROUPS) {
    const common = { type: g.type, frame: g.frame, vehicle: g.vehicle ?? null, needsTarget: g.needsTarget ?? false };
    for (const v of g.verbs ?? []) {
      const word = v.split('/')[0]!;
      for (const f of inflect(v)) add({ ...common, word, words: f.words, form: f.form, alsoPast: f.alsoPast });
    }
    for (const n of g.nouns ?? []) for (const form of plural(n)) add({ ...common, word: n, words: form.split(' '), form: 'noun', alsoPast: false });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const support = new Map<string, { base: string; form: Form }>();
  for (const s of SUPPORT) for (const f of inflect(s)) if (!support.has(f.words.join(' '))) support.set(f.words.join(' '), { base: s.split('/')[0]!, form: f.form });
  compiled = { byFirst, support };
  return compiled;
}
