/**
 * Where an English sentence states events: trigger words read as verbs or nouns, a trigger noun only where a
 * support verb performs it (held talks, imposed tariffs), a verb says it took place (talks were held) or in a
 * headline. A support verb a noun uses is no trigger of its own (struck a deal is no strike); what a pledge or a
 * warning promises (pledged to buy soybeans) and what an accusation charges (accused X of attacking Y) belong to
 * that event, not to events of their own.
 */
import type { EnglishLexicon, EnglishTrigger } from './lexicon.js';
import { HAPPENED, UNDOING } from './lexicon-data.js';
import type { Word } from './words.js';

/** A trigger occurrence: the entry, its words [at, end), and the verb that carries its tense and voice. */
export interface Site {
  trigger: EnglishTrigger;
  at: number;
  end: number;
  /** The verb performing a noun (held in held talks), or the trigger itself; -1 for a noun that takes place. */
  verb: number;
  noun: boolean;
  /** A trigger noun whose taking place follows it (talks were held): the words after that phrase. */
  happenedEnd: number;
  /** The support verb cancels it (called off the talks). */
  undone: boolean;
}

const DETERMINER = /^(?:a|an|the|his|her|its|their|our|this|that|these|those|'s|new|fresh|further|more|additional|any|joint|first|second|wide-ranging|sweeping|\d.*|%|\$)$/;
const VERB_BEFORE = /^(?:to|will|would|'ll|not|n't|has|have|had|did|does|do|may|might|could|can|should|also|then|later|jointly|reportedly|allegedly|formally|officially|was|were|is|are|been|be|being|who|which|and)$/;
const NOUN_AFTER = /^(?:on|against|of|by|in|between|with|to|from|into|over|near|at|was|were|took|began|has|have|had|is|are)$/;
const CHARGE = /^(?:of|for|over)$/;

/** The lexicon's entry matching at word k (longest first), with how many words it spans. */
function entryAt(lex: EnglishLexicon, words: readonly Word[], k: number): EnglishTrigger[] {
  const w = words[k]!;
  if (w.mention) return [];
  const list = lex.byFirst.get(w.lower) ?? [];
  return list.filter((t) => t.words.every((x, i) => words[k + i] && !words[k + i]!.mention && words[k + i]!.lower === x));
}

/** The support verb at word k (one or two words), if any. */
export function supportAt(lex: EnglishLexicon, words: readonly Word[], k: number): { base: string; end: number } | null {
  const w = words[k];
  if (!w || w.mention) return null;
  const two = words[k + 1] ? lex.support.get(`${w.lower} ${words[k + 1]!.lower}`) : undefined;
  if (two) return { base: two.base, end: k + 2 };
  const one = lex.support.get(w.lower);
  return one ? { base: one.base, end: k + 1 } : null;
}

/** The support verb performing the noun at word k: within five words before it, over determiners and modifiers. */
function supportBefore(lex: EnglishLexicon, words: readonly Word[], k: number, from: number): { verb: number; base: string } | null {
  for (let v = k - 1; v >= Math.max(from, k - 6); v--) {
    const s = supportAt(lex, words, v);
    if (s && s.end <= k) return { verb: v, base: s.base };
    const w = words[v]!.lower;
    if (w === ',' || (/^(?:on|against|for|to|with|in|at|by|from|over|about|after|before|during)$/.test(w))) return null;
  }
  return null;
}

/**
 * Every trigger site of a sentence's `words`. `clauseFrom(k)` is where word k's clause starts (support verbs are
 * not looked for beyond it); `reach(k)` is where what a verb at word k governs ends (its clause, or the quoted
 * words right after it).
 */
export function triggerSites(lex: EnglishLexicon, text: string, words: readonly Word[], title: boolean, clauseFrom: (k: number) => number, reach: (k: number) => number): Site[] {
  const out: Site[] = [];
  const supports = new Set<number>();
  for (let k = 0; k < words.length; k++) {
    const entries = entryAt(lex, words, k);
    // by phone, by telephone: a means, not a verb.
    if (!entries.length || words[k - 1]?.lower === 'by') continue;
    const prev = words[k - 1]?.lower ?? '';
    const next = words[k + (entries.find((t) => t.form === 'noun') ?? entries[0]!).words.length]?.lower ?? '';
    const nounOk = entries.some((t) => t.form === 'noun');
    const verbOk = entries.some((t) => t.form !== 'noun');
    let noun: boolean;
    if (!verbOk || !nounOk) noun = nounOk;
    else if (DETERMINER.test(prev)) noun = true;
    else if (VERB_BEFORE.test(prev)) noun = false;
    // Russia attacks Ukraine (a verb) / Russia attacks on Ukraine (a noun).
    else if (words[k - 1]?.mention) noun = NOUN_AFTER.test(next);
    else noun = true;
    const trigger = entries.find((t) => (t.form === 'noun') === noun)!;
    const end = k + trigger.words.length;
    if (!noun) {
      out.push({ trigger, at: k, end, verb: k, noun: false, happenedEnd: -1, undone: false });
      k = end - 1;
      continue;
    }
    const support = supportBefore(lex, words, k, clauseFrom(k));
    const rest = text.slice(words[end - 1]!.end).replace(/^\s+/, '');
    const happened = HAPPENED.exec(rest);
    if (support) {
      supports.add(support.verb);
      out.push({ trigger, at: k, end, verb: support.verb, noun: true, happenedEnd: -1, undone: UNDOING.has(support.base) });
    } else if (happened || title) {
      // The words of `were held` / `struck` are part of the noun's event, not triggers of their own.
      const to = happened ? words[end - 1]!.end + (text.length - words[end - 1]!.end - rest.length) + happened[0].length : -1;
      let h = end;
      while (h < words.length && words[h]!.end <= to) h++;
      for (let x = end; x < h; x++) supports.add(x);
      out.push({ trigger, at: k, end, verb: -1, noun: true, happenedEnd: h, undone: happened !== null && /cancel|called off|scrapped/.test(happened[0]) });
    }
    k = end - 1;
  }
  // A support verb that is itself a trigger word (struck a deal, fired two missiles) performs the noun only.
  const kept = out.filter((s) => !(s.verb === s.at && !s.noun && supports.has(s.at)));
  // What a pledge or warning promises, what an accusation charges: no events of their own.
  const absorbed = new Set<Site>();
  for (const s of kept) {
    if (s.noun) continue;
    const vehicle = s.trigger.vehicle === 'pledge' || s.trigger.vehicle === 'warn';
    const end = reach(s.at);
    for (const o of kept) {
      if (o === s || o.at <= s.at || o.at >= end) continue;
      if (vehicle) absorbed.add(o);
      if (s.trigger.type === 'accusation' && words.slice(s.end, o.at).some((w) => CHARGE.test(w.lower))) absorbed.add(o);
    }
  }
  return kept.filter((s) => !absorbed.has(s));
}
