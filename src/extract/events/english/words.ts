/**
 * An English sentence as the event rules read it: words with their offsets (an entity mention stands as one word)
 * and the clauses they fall into. A clause ends at a semicolon or dash, before a subordinating word (after,
 * while, which …), before `and` that starts a new verb phrase, and where a quote's content begins or ends
 * (`China said | it had dismissed two generals`, `Xi met Putin | , the ministry said`).
 */
import type { Quote } from '../../../analysis/contract.js';
import type { MentionRef } from '../items.js';

export interface Word {
  start: number;
  end: number;
  /** Lower-cased text. */
  lower: string;
  mention: MentionRef | null;
}

export interface EnClause {
  /** Word indexes [from, to). */
  from: number;
  to: number;
  /** How it joins the clause before: `and` (shares its subject), `sub` (after, while …), `quote`, or none. */
  link: 'and' | 'sub' | 'quote' | 'none';
}

const WORD = /['’]s\b|n['’]t\b|(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:-[A-Za-z]+)*|\d+(?:[.,]\d+)*%?|\S/g;
const SUBORDINATE = new Set(['after', 'before', 'while', 'because', 'although', 'though', 'whereas', 'which', 'who', 'where', 'when', 'but', 'amid', 'despite', 'since', 'until']);
const BREAK = new Set([';', '—', '–', ':']);
/** Verb forms that start a new predicate after `and` (besides trigger words and -ed forms). */
const VERBISH = /^(?:also|then|later|has|have|had|will|would|is|was|were|are|said|says|told|made|took|gave|sent|held|met|spoke|won|lost|left|went|came|began|plans|planned|pledged|vowed|may|could|did|does)$/;

/** The words of `text[start, end)`, each mention of `mentions` as one word. */
export function englishWords(text: string, start: number, end: number, mentions: readonly MentionRef[]): Word[] {
  const out: Word[] = [];
  const own = mentions.filter((m) => m.start >= start && m.end <= end);
  let at = start;
  const gap = (to: number) => {
    for (const m of text.slice(at, to).matchAll(WORD)) out.push({ start: at + m.index, end: at + m.index + m[0].length, lower: m[0].toLowerCase().replace('’', "'"), mention: null });
  };
  for (const m of own) {
    gap(m.start);
    out.push({ start: m.start, end: m.end, lower: text.slice(m.start, m.end).toLowerCase(), mention: m });
    at = m.end;
  }
  gap(end);
  return out;
}

/**
 * Whether `as` (or `, and`) at word k opens a clause with a subject of its own (… as Beijing purges generals): a
 * predicate follows within four words, after a subject. `as well as`, `such as China`, `as president` open none.
 */
function asClause(words: readonly Word[], k: number, isVerb: (k: number) => boolean): boolean {
  if (words[k - 1]?.lower === 'such' || words[k + 1]?.lower === 'well' || isVerb(k + 1)) return false;
  for (let j = k + 2; j < Math.min(words.length, k + 6); j++) {
    if (isVerb(j)) return true;
    if (BREAK.has(words[j]!.lower) || words[j]!.lower === ',') return false;
  }
  return false;
}

/** The clauses of a sentence's `words`; `isVerb` says whether a word starts a predicate. */
export function englishClauses(words: readonly Word[], quotes: readonly Quote[], isVerb: (k: number) => boolean): EnClause[] {
  const out: EnClause[] = [];
  let from = 0;
  let link: EnClause['link'] = 'none';
  const cut = (k: number, next: EnClause['link']) => {
    if (k > from) out.push({ from, to: k, link });
    from = k;
    link = next;
  };
  const bounds = new Set<number>();
  for (const q of quotes) bounds.add(q.content.start).add(q.content.end);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const prevEnd = k > 0 ? words[k - 1]!.end : -1;
    if (bounds.has(w.start) || (prevEnd >= 0 && bounds.has(prevEnd) && k > from)) {
      cut(k, 'quote');
      continue;
    }
    if (BREAK.has(w.lower)) cut(k + 1, 'none');
    else if (w.mention === null && SUBORDINATE.has(w.lower) && k > from) cut(k, 'sub');
    else if (w.lower === 'as' && k > from && asClause(words, k, isVerb)) cut(k, 'sub');
    // …, and Chinese officials held talks: after a comma, "and" with a subject and a verb of its own opens a clause
    else if (w.lower === 'and' && k > from && words[k - 1]!.lower === ',' && asClause(words, k, isVerb)) cut(k, 'and');
    else if (w.lower === 'and' && k > from && k + 1 < words.length && (isVerb(k + 1) || VERBISH.test(words[k + 1]!.lower))) cut(k, 'and');
  }
  cut(words.length, 'none');
  return out;
}
