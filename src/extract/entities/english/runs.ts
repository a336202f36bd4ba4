/**
 * Words and runs of capitalised words in English text. A run is what may be a name: capitalised words separated
 * by one space, with initials (J.), apostrophes (O'Brien), hyphens (Ching-te, al-Assad) and the connectors of
 * names and bodies between them (Bank of Japan, Tomas de la Vega). A possessive ends a run and is not part of it
 * (Doe's → Doe); stop words (The, Monday, April …) and compounds such as Beijing-based break runs.
 */
import { CONNECTORS, ORG_CONNECTORS, STOP_WORDS } from './words.js';

/** One word of the text, as a half-open span. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital (or an Arabic article before one: al-Assad). */
  cap: boolean;
  /** Followed by 's or a lone apostrophe, which are outside the span. */
  possessive: boolean;
}

/** A run of name words, connectors included. */
export interface Run {
  start: number;
  end: number;
  words: Word[];
}

const WORD = /\p{L}(?:[\p{L}\p{M}0-9'’-]|\.(?=\p{L}))*/gu;
const DOTTED_ABBREVIATIONS = new Set(['Gen', 'Sen', 'Rep', 'Gov', 'Prof', 'Lt', 'Col', 'Adm', 'Capt', 'Sgt', 'Maj', 'Cmdr', 'Pres',
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Mt', 'Jr', 'Sr', 'Corp', 'Co', 'Inc', 'Ltd', 'Bros']);
const ARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|ben)-\p{Lu}/u;
/** Compounds that describe rather than name: Beijing-based, Russian-held, US-led. */
const DESCRIPTIVE = /-(?:based|held|backed|led|owned|controlled|occupied|born|style|era|made|run|funded|friendly|linked|bound|wide|level|made|focused|listed|registered|flagged|speaking|allied|aligned|annexed)$/;

/** The words of `text[start, end)`. */
export function wordsOf(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    let s = m[0];
    let possessive = false;
    if (/['’]s$/.test(s)) {
      s = s.slice(0, -2);
      possessive = true;
    } else if (/['’]$/.test(s)) {
      s = s.slice(0, -1);
      possessive = /s$/.test(s);
    }
    s = s.replace(/-+$/, '');
    if (!s) continue;
    // a dot belongs to an initial (J.), a dotted form (U.S.) or a known abbreviation (Gen., Corp.)
    if (text[m.index + m[0].length] === '.' && !possessive && (/^\p{Lu}$/u.test(s) || s.includes('.') || DOTTED_ABBREVIATIONS.has(s))) s += '.';
    const cap = /^\p{Lu}/u.test(s) || ARTICLE_PREFIX.test(s);
    out.push({ start: m.index, end: m.index + s.length, text: s, cap, possessive });
  }
  return out;
}

/** Whether a word can be part of a name: capitalised, not a stop word, not a long all-capitals word, not descriptive. */
export function isNameWord(w: Word): boolean {
  if (!w.cap || STOP_WORDS.has(w.text) || STOP_WORDS.has(w.text.replace(/\.$/, '')) || DESCRIPTIVE.test(w.text)) return false;
  // WELLINGTON in a dateline, a shouted headline: only the knowledge base reads these
  return !(w.text.length > 5 && w.text === w.text.toUpperCase() && !w.text.includes('.'));
}

/** Whether `a` and `b` stand one space apart (no line break, no punctuation). */
function adjacent(text: string, a: Word, b: Word): boolean {
  return b.start - a.end === 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0');
}

/** The runs of name words in `words` (which are in text order). */
export function runsOf(text: string, words: readonly Word[]): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i]!)) {
      i++;
      continue;
    }
    const run: Word[] = [words[i]!];
    let j = i + 1;
    while (j < words.length && !run[run.length - 1]!.possessive) {
      const prev = run[run.length - 1]!;
      const w = words[j]!;
      if (!adjacent(text, prev, w)) break;
      if (isNameWord(w)) {
        run.push(w);
        j++;
        continue;
      }
      // connectors, one or more (de la), between two name words
      let k = j;
      while (k < words.length && !words[k]!.cap && (CONNECTORS.has(words[k]!.text) || ORG_CONNECTORS.has(words[k]!.text)) && adjacent(text, words[k - 1]!, words[k]!) && k - j < 3) k++;
      if (k === j || k >= words.length || !adjacent(text, words[k - 1]!, words[k]!) || !isNameWord(words[k]!)) break;
      run.push(...words.slice(j, k + 1));
      j = k + 1;
    }
    out.push({ start: run[0]!.start, end: run[run.length - 1]!.end, words: run });
    i = j;
  }
  return out;
}

/** A sub-run of `run` from word `a` to word `b` (exclusive), or null when it is empty. */
export function slice(run: Run, a: number, b: number): Run | null {
  if (a >= b) return null;
  const words = run.words.slice(a, b);
  return { start: words[0]!.start, end: words[words.length - 1]!.end, words };
}

/** Whether a word is a connector (lower-case glue) rather than a name word. */
export function isConnector(w: Word): boolean {
  return !w.cap && (CONNECTORS.has(w.text) || ORG_CONNECTORS.has(w.text));
}
