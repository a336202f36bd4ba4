/**
 * Short forms of the names an English article establishes: a person's surname alone (Jane Okonkwo … Okonkwo said,
 * Ms Okonkwo; Tomas de la Vega … de la Vega), or a first word that is no given name (Zhang Wei … Zhang), and
 * acronyms in parentheses (National Accounts Office (NAO) … the NAO). Each becomes a candidate with a link to the
 * full name, which the linker turns into one entity; a short form shared by two people goes to the nearest one
 * named before it (or, in a headline, after it).
 */
import type { Range } from '../../../spans.js';
import { candidate, type Candidate } from '../candidate.js';
import { isSubsequence } from '../parens.js';
import type { Word } from './runs.js';
import { GIVEN_NAMES } from './words.js';

/** Short-form candidates and the (short, full) pairs they belong to. */
export interface ShortForms {
  candidates: Candidate[];
  links: [Range, Range][];
}

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** The short forms of a person's name given by its words: ["de la Vega", "Vega"], ["Zhang"]. */
export function personShortForms(words: readonly Word[], text: string): string[] {
  const names = words.filter((w) => w.cap && !SUFFIX.test(w.text) && !/^\p{Lu}\.$/u.test(w.text));
  if (names.length < 2) return [];
  const out: string[] = [];
  const last = names[names.length - 1]!;
  const k = words.indexOf(last);
  let s = k;
  while (s > 1 && !words[s - 1]!.cap) s--;
  if (s < k) out.push(text.slice(words[s]!.start, last.end));
  out.push(last.text);
  if (names.length <= 3 && !GIVEN_NAMES.has(names[0]!.text) && names[0] !== last) out.push(names[0]!.text);
  return out;
}

/**
 * Finds the short forms of the local `persons` among `words` (outside every span in `taken`), and the
 * parenthesised acronyms after any of `named`.
 */
export function shortForms(text: string, words: readonly Word[], persons: readonly Candidate[], named: readonly Candidate[], taken: (s: number, e: number) => boolean): ShortForms {
  const out: ShortForms = { candidates: [], links: [] };
  const forms = new Map<string, Candidate[]>();
  for (const p of persons) {
    for (const f of personShortForms(words.filter((w) => w.start >= p.start && w.end <= p.end), text)) {
      const list = forms.get(f) ?? [];
      if (!list.some((q) => text.slice(q.start, q.end) === text.slice(p.start, p.end))) list.push(p);
      forms.set(f, list);
    }
  }
  for (const w of words) {
    if (!w.cap || !forms.size) continue;
    // the longest form ending at this word: "de la Vega" before "Vega"
    const hits = [...forms.keys()].filter((f) => text.startsWith(f, w.end - f.length) && (w.end - f.length === 0 || !/[\p{L}\p{N}]/u.test(text[w.end - f.length - 1]!)));
    const form = hits.sort((a, b) => b.length - a.length)[0];
    if (!form || /[\p{L}\p{N}]/u.test(text[w.end] ?? '')) continue;
    const start = w.end - form.length;
    if (taken(start, w.end)) continue;
    const owners = forms.get(form)!;
    const before = owners.filter((o) => o.end <= start);
    const full = before.length ? before[before.length - 1]! : owners.find((o) => o.start >= w.end);
    if (!full) continue;
    out.candidates.push(candidate({ start, end: w.end, type: 'PERSON', source: 'cue', rule: 'en-short-form', strength: 2 }));
    out.links.push([{ start, end: w.end }, { start: full.start, end: full.end }]);
  }
  for (const n of named) {
    const m = /^ \(([A-Z][A-Z0-9&]{1,9})\)/.exec(text.slice(n.end, n.end + 14));
    if (!m || !isSubsequence(m[1]!, text.slice(n.start, n.end))) continue;
    const start = n.end + 2;
    out.candidates.push(candidate({ start, end: start + m[1]!.length, type: n.type, source: 'cue', rule: 'paren-alias', strength: 3 }));
    out.links.push([{ start: n.start, end: n.end }, { start, end: start + m[1]!.length }]);
  }
  return out;
}
