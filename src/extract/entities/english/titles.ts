/**
 * Titles and honorifics before an English name, which make it a person and (titles, not honorifics) a role:
 * President Jane Doe, Deputy Foreign Minister Tomas de la Vega, Gen. Ali Reza, spokesperson Lin Jian,
 * China's foreign minister Wang Yi, Mr Doe. The body or country right before the title (Taiwan President …,
 * Acme Corp Chief Executive …, China's …, a demonym: Chinese President …) is the role's organisation, as a span.
 */
import type { Range } from '../../../spans.js';
import type { TitleHit } from '../candidate.js';
import { demonymEndingAt } from './demonyms.js';
import type { Run, Word } from './runs.js';
import { FORMER_WORDS, HONORIFICS, NAME_PARTICLES, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from './words.js';

/** What a title names after "of": Secretary of State, Chief of Staff, Minister of Defence. */
const OF_TITLES = new Set(['State', 'Defense', 'Defence', 'Commerce', 'Treasury', 'Staff', 'Health', 'Energy', 'Agriculture', 'Labor', 'Justice', 'Education', 'Finance', 'Trade', 'Transport', 'Transportation', 'Interior']);

const bare = (w: Word) => w.text.toLowerCase().replace(/\.$/, '');

/** Whether `w` ends a title phrase: President, minister, Gen., Secretary-General. */
export function isTitleHead(w: Word): boolean {
  return TITLE_HEADS.has(bare(w)) || TITLE_ABBREVIATIONS.has(w.text) || /^(?:secretary|attorney|director|surgeon)-general$/i.test(w.text);
}

const isModifier = (w: Word) => TITLE_MODIFIERS.has(bare(w)) || TITLE_HEADS.has(bare(w));

/** The title as a role: abbreviations spelled out, each word capitalised (foreign minister → Foreign Minister). */
export function roleTitle(words: readonly Word[]): string {
  return words.map((w) => TITLE_ABBREVIATIONS.get(w.text) ?? (w.text === 'of' ? w.text : w.text.replace(/(^|-)(\p{Ll})/gu, (_, a: string, c: string) => a + c.toUpperCase()))).join(' ');
}

function hit(words: readonly Word[], former: boolean, org: Range | null, nameEnd: number): TitleHit {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const honorific = words.length === 1 && HONORIFICS.has(first.text);
  return {
    start: first.start,
    end: last.end,
    title: honorific ? first.text.replace(/\.$/, '') : roleTitle(words),
    honorific,
    personOnly: true,
    former,
    org,
    evidence: { start: org?.start ?? first.start, end: nameEnd },
  };
}

/** A title phrase inside a run, and what stands on either side of it. */
export interface TitleInRun {
  /** Words before the title (its organisation), possibly none. */
  before: number;
  /** Index of the first word of the name. */
  nameAt: number;
  /** Index after its last word (a person's name holds no "of", "and": Analyst Rachel Beaumont | of Kestrel Capital). */
  nameEnd: number;
  title: TitleHit;
}

/**
 * The last title in `run` that has a name after it (Taiwan President Lai Ching-te → Taiwan | President |
 * Lai Ching-te), or null. `isHeaded` says whether the rest is a body's name instead (General Motors, Justice
 * Department), which the title then does not precede.
 */
export function titleInRun(run: Run, isHeaded: (words: readonly Word[]) => boolean): TitleInRun | null {
  const ws = run.words;
  for (let t = ws.length - 2; t >= 0; t--) {
    if (!isTitleHead(ws[t]!)) continue;
    // Secretary of State, Chief of Staff: the title goes on past "of"
    const of = ws[t + 1]!.text === 'of' && OF_TITLES.has(ws[t + 2]?.text ?? '') && ws[t + 3]?.cap ? 2 : 0;
    if (!ws[t + 1 + of]!.cap) continue;
    let e = t + 1 + of;
    while (e < ws.length && (ws[e]!.cap || NAME_PARTICLES.has(ws[e]!.text))) e++;
    const rest = ws.slice(t + 1 + of, e);
    if (isHeaded(rest) || rest.length > 6) continue;
    let s = t;
    while (s > 0 && isModifier(ws[s - 1]!)) s--;
    let former = false;
    if (s > 0 && FORMER_WORDS.has(bare(ws[s - 1]!))) {
      former = true;
      s--;
    }
    const titleWords = ws.slice(former ? s + 1 : s, t + 1 + of);
    // after "and", only a demonym is the organisation: … and South Korean President Lee Jae-myung
    const demonym = s > 0 ? demonymEndingAt(ws, s - 1) : null;
    const d = demonym ? ws.findIndex((w) => w.start === demonym.start) : -1;
    const org = demonym && d > 0 && !ws[d - 1]!.cap ? demonym : s > 0 ? { start: ws[0]!.start, end: ws[s - 1]!.end } : null;
    return { before: s, nameAt: t + 1 + of, nameEnd: e, title: hit(titleWords, former, org, ws[e - 1]!.end) };
  }
  return null;
}

/**
 * The title or honorific written right before the word `at` of `words`, outside a run: Mr Doe, spokesperson Lin
 * Jian, former prime minister Jane Doe, China's foreign minister Wang Yi. `orgEndingAt` gives the span of a name
 * that ends at an offset (the organisation before a lower-case title).
 */
export function titleBefore(text: string, words: readonly Word[], at: number, nameEnd: number, orgEndingAt: (end: number) => Range | null): TitleHit | null {
  const prev = words[at - 1];
  const first = words[at]!;
  if (!prev || first.start - prev.end !== 1 || !/\s/.test(text[prev.end]!)) return null;
  if (HONORIFICS.has(prev.text)) return hit([prev], false, null, nameEnd);
  if (prev.cap || !isTitleHead(prev)) return null;
  let s = at - 1;
  const near = (k: number) => /^(?:['’]s?)?\s$/.test(text.slice(words[k]!.end, words[k + 1]!.start));
  while (s > 0 && near(s - 1) && !words[s - 1]!.cap && isModifier(words[s - 1]!) && at - s < 4) s--;
  const former = s > 0 && near(s - 1) && FORMER_WORDS.has(bare(words[s - 1]!));
  const lead = former ? s - 1 : s;
  const before = words[lead - 1];
  let org: Range | null = null;
  // the body or country before the title: China's, Acme Corp, or a demonym (Chinese foreign minister Wang Yi)
  if (before && near(lead - 1)) org = before.possessive ? { start: before.start, end: before.end } : (orgEndingAt(before.end) ?? demonymEndingAt(words, lead - 1));
  // China's foreign ministry spokesperson …: past a lower-case body, the possessive that owns it
  for (let j = lead - 1; !org && j >= Math.max(0, lead - 4) && near(j); j--) {
    const w = words[j]!;
    if (w.possessive) org = orgEndingAt(w.end) ?? { start: w.start, end: w.end };
    else if (w.cap) break;
  }
  return hit(words.slice(s, at), former, org, nameEnd);
}
