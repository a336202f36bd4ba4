/**
 * The noun phrases around an English trigger and the case each stands in: the subject before the verb, the
 * direct object after it, and phrases after a preposition (with → comitative, on/against → target, to →
 * dative, in/at → place, by → agent, from → source, of → object of a trigger noun). The roles themselves
 * come from the shared case frames (`../frames.ts`), so both languages give one event the same roles.
 */
import type { Entity } from '../../../analysis/contract.js';
import type { Case } from '../frames.js';
import type { Word } from './words.js';

/** One argument: the entity it names (or null for an unnamed body or group) and its words. */
export interface EnArg {
  case: Case;
  entity: Entity | null;
  text: string;
  start: number;
  end: number;
}

const PREP: Readonly<Record<string, Case | 'stop'>> = {
  with: 'com', between: 'com', among: 'com', alongside: 'com', to: 'dat', into: 'tgt', on: 'tgt', against: 'tgt',
  upon: 'tgt', toward: 'tgt', towards: 'tgt', at: 'loc', in: 'loc', near: 'loc', across: 'loc', outside: 'loc',
  from: 'abl', by: 'agt', of: 'acc', for: 'stop', over: 'stop', about: 'stop', during: 'stop', as: 'stop', than: 'stop',
  under: 'stop', through: 'stop', after: 'stop', before: 'stop', amid: 'stop', that: 'stop', if: 'stop', since: 'stop',
};

/** Heads that name people or a body: a phrase without an entity is a participant only with one of them. */
export const PEOPLE = new Set([
  'police', 'officers', 'troops', 'soldiers', 'forces', 'army', 'military', 'navy', 'militants', 'rebels', 'protesters',
  'demonstrators', 'students', 'workers', 'journalists', 'activists', 'officials', 'authorities', 'government',
  'ministry', 'prosecutors', 'court', 'judge', 'generals', 'general', 'commanders', 'lawmakers', 'legislators',
  'parliament', 'congress', 'senators', 'diplomats', 'ministers', 'leaders', 'civilians', 'suspects', 'suspect', 'man',
  'woman', 'men', 'women', 'citizens', 'nationals', 'opposition', 'regime', 'administration', 'delegation', 'cabinet',
  'council', 'committee', 'agency', 'companies', 'firms', 'entities', 'individuals', 'executives', 'crew', 'fishermen',
  'separatists', 'insurgents', 'gunmen', 'hackers', 'spies', 'dissidents', 'lawyers', 'people', 'residents', 'villagers',
]);

const LEADING = /^(?:and|but|also|then|later|earlier|meanwhile|however|separately|on|in|at|last|this|next|,|the|as|while|because|although|though|whereas|when|until|after|before|since)$/;
const PREPOSITIONS = new Set(Object.keys(PREP));

/** What the reading needs to know about the sentence beyond its words. */
export interface ArgEnv {
  words: readonly Word[];
  text: string;
  /** Whether word k is part of a time expression. */
  isTime: (k: number) => boolean;
  /** Entities a pronoun or `the two leaders` at word k refers to. */
  refer: (k: number) => Entity[];
  /** Whether word k is a verb (a trigger or support verb, or an -ed form). */
  isVerb: (k: number) => boolean;
}

/** The entities of words [from, to): mentions (an owner before 's only when nothing named follows). */
function named(env: ArgEnv, from: number, to: number): Entity[] {
  const out: Entity[] = [];
  for (let k = from; k < to; k++) {
    const w = env.words[k]!;
    if (!w.mention) {
      if (/^(?:he|she|it|they|we|two|both)$/.test(w.lower)) for (const e of env.refer(k)) if (!out.includes(e)) out.push(e);
      continue;
    }
    const owner = env.words[k + 1]?.lower === "'s";
    if (owner && env.words.slice(k + 2, to).some((x) => x.mention)) continue;
    // the country or body of a title (U.S. President Donald Trump) is the titled person's, no side of its own
    const id = w.mention.entity.id;
    if (env.words.slice(k + 1, to).some((x) => x.mention?.entity.roles.some((r) => r.org === id && !!r.evidence && r.evidence.start <= w.start && r.evidence.end >= x.end))) continue;
    if (!out.includes(w.mention.entity)) out.push(w.mention.entity);
  }
  return out;
}

function chunkArgs(env: ArgEnv, c: Case, from: number, to: number, out: EnArg[]): void {
  const { words, text } = env;
  while (to > from && /^[^\w$%]/.test(words[to - 1]!.lower)) to--;
  if (to <= from) return;
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  const entities = named(env, from, to);
  const single = words.slice(from, to).filter((w) => w.mention).length === 1;
  for (const e of entities) {
    // The phrase up to its name (U.S. President Donald Trump), or the name alone in a list.
    const i = words.findIndex((w, k) => k >= from && k < to && w.mention?.entity === e);
    const m = i >= 0 ? words[i]! : null;
    const owner = words[i + 1]?.lower === "'s";
    const t = m && single ? { start, end: owner ? end : m.end } : m ?? { start, end };
    out.push({ case: c, entity: e, text: text.slice(t.start, t.end), start: t.start, end: t.end });
  }
  if (entities.length) return;
  // An unnamed body or group (police, two generals, the defence ministry) stays a participant without an entity.
  const head = words[to - 1]!.lower;
  if (PEOPLE.has(head) && !env.isTime(to - 1)) out.push({ case: c, entity: null, text: text.slice(start, end), start, end });
}

/**
 * The subject before the verb group at word `to` (reading back from it to `from`): the last comma segment, with
 * the bare names listed before it (`Xi, Trump hold call`); a prepositional phrase after it names a place.
 */
export function subjectArgs(env: ArgEnv, from: number, to: number): EnArg[] {
  const { words } = env;
  let s = to;
  while (s > from && words[s - 1]!.lower !== ',') s--;
  // Xi, Trump hold talks: bare names before the last segment are more of the subject.
  while (s - 1 > from && words[s - 2]!.mention && (s - 2 === from || words[s - 3]!.lower === ',' || words[s - 3]!.lower === 'and')) s -= 2;
  while (s < to && (LEADING.test(words[s]!.lower) || env.isTime(s))) s++;
  const out: EnArg[] = [];
  let k = s;
  // The leaders of China and Russia, thousands of protesters: `of` after a group or a count is still the subject.
  const through = (w: string) => PEOPLE.has(w) || /^(?:thousands|hundreds|dozens|millions|some|many|\d.*)$/.test(w);
  while (k < to && !(PREPOSITIONS.has(words[k]!.lower) && !(words[k]!.lower === 'of' && through(words[k - 1]?.lower ?? '')))) k++;
  chunkArgs(env, 'subj', s, k, out);
  // Police in Moscow arrested …: the place where the subject acts.
  while (k < to) {
    const c = PREP[words[k]!.lower];
    let e = k + 1;
    while (e < to && !PREPOSITIONS.has(words[e]!.lower)) e++;
    if (c === 'loc') chunkArgs(env, 'loc', k + 1, e, out);
    k = e;
  }
  return out;
}

/**
 * The phrases after the trigger, words [from, to): the first in case `first` (the direct object of a verb, or
 * none after a noun), the rest by their preposition, until a stop word or (unless `through`) another verb.
 * `ofCase` is the case of an `of` phrase (the object of a noun: the arrest of X; none after a verb's object).
 */
export function objectArgs(env: ArgEnv, from: number, to: number, first: Case | null, ofCase: Case | null, through: boolean): EnArg[] {
  const { words } = env;
  const out: EnArg[] = [];
  let c: Case | null = first;
  let k = from;
  while (k < to) {
    const w = words[k]!;
    const p = w.mention ? undefined : PREP[w.lower];
    if (p === 'stop' && !(through && w.lower === 'that')) break;
    if (!through && k > from && w.lower === 'to' && env.isVerb(k + 1)) break;
    if (!through && k > from && env.isVerb(k) && !w.mention) break;
    if (p !== undefined && p !== 'stop') {
      c = w.lower === 'of' ? ofCase : p;
      k++;
      continue;
    }
    let e = k;
    while (e < to && !PREPOSITIONS.has(words[e]!.lower) && !(e > k && env.isVerb(e) && !words[e]!.mention) && words[e]!.lower !== ',') e++;
    if (c) chunkArgs(env, c, k, e, out);
    // `, and` or `, including` keeps the case for the rest of a list; any other comma ends the phrase.
    if (words[e]?.lower === ',' && !/^(?:and|including)$/.test(words[e + 1]?.lower ?? '') && !words[e + 1]?.mention) break;
    k = e === k ? k + 1 : e;
  }
  return out;
}
