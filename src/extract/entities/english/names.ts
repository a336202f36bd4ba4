/**
 * Names the knowledge base does not know, in English text, found by rule: runs of capitalised words (runs.ts)
 * cut into names and typed by their heads (segments.ts), titles before them (titles.ts), the words around them
 * (cues.ts), and short forms and acronyms of the names so found (short-forms.ts). A run with none of these cues
 * is left alone: a capitalised word is no name by itself. Sections that are not running text (the byline, the
 * dateline, a headline in Title Case, where every word is capitalised) are not read for names; the names found
 * in the body are found there again by the linker.
 */
import type { Range } from '../../../spans.js';
import { candidate, type Candidate, type TitleHit } from '../candidate.js';
import type { LinkContext } from '../context.js';
import { contextCue } from './cues.js';
import { runsOf, slice, wordsOf, type Run, type Word } from './runs.js';
import { isHeaded, segment, type Piece } from './segments.js';
import { shortForms } from './short-forms.js';
import { titleBefore, titleInRun } from './titles.js';

/** What the recogniser needs to know of the article's layout. */
export interface EnglishLayout {
  /** Stretches not read for names (byline, dateline, a Title Case headline). */
  skip: readonly Range[];
  /** Offsets where sentences start. */
  sentenceStarts: ReadonlySet<number>;
}

/** Candidates for the linker, and pairs of spans that name one entity. */
export interface EnglishNames {
  candidates: Candidate[];
  links: [Range, Range][];
}

const ACRONYM_AFTER = /^ \([A-Z][A-Z0-9&]{1,9}\)/;

/** The local name candidates of an English text, given the knowledge-base candidates `kb`. */
export function englishNames(ctx: LinkContext, kb: readonly Candidate[], layout: EnglishLayout): EnglishNames {
  const { text } = ctx;
  const words = wordsOf(text);
  const full = kb.filter((c) => c.rule === 'kb');
  const gpeStarts = new Set(full.filter((c) => c.type === 'GPE').map((c) => c.start));
  const skipped = (w: Range) => layout.skip.some((s) => w.start >= s.start && w.end <= s.end);
  const runs = runsOf(text, words).filter((r) => !skipped(r));
  const runEnds = new Map<number, Range>([...full, ...runs].map((r): [number, Range] => [r.end, { start: r.start, end: r.end }]));
  const indexOf = new Map(words.map((w, i) => [w.start, i]));
  const out: Candidate[] = [];
  const initial = (w: Word) => isInitial(text, w, layout.sentenceStarts);

  const add = (p: Range, type: Candidate['type'], rule: string, strength: number, titles: TitleHit[] = []) => {
    // the knowledge base names this span itself: its entry wins, the cue only adds a title
    const known = full.find((k) => k.start === p.start && k.end === p.end);
    if (known && (type !== 'PERSON' || known.type !== 'PERSON') && !titles.length) return;
    out.push(candidate({ start: p.start, end: p.end, type, source: 'cue', rule, strength, titles }));
  };
  const pieces = (run: Run) => {
    for (const p of segment(run, full)) typePiece(p, p.start === run.start);
  };
  const typePiece = (p: Piece, leads: boolean) => {
    if (p.type) return add(p, p.type, 'en-head', 3);
    const first = indexOf.get(p.start)!;
    const title = leads ? titleBefore(text, words, first, p.end, (e) => runEnds.get(e) ?? null) : null;
    if (title) return add(p, 'PERSON', title.honorific ? 'en-honorific' : 'en-title', title.honorific ? 2 : 3, [title]);
    const cue = contextCue(text, p, initial(words[first]!), (at) => gpeStarts.has(at));
    if (cue) return add(p, cue.type, cue.rule, cue.strength, cue.title ? [cue.title] : []);
    if (ACRONYM_AFTER.test(text.slice(p.end, p.end + 14)) && p.words.length >= 2) add(p, 'ORG', 'en-acronym', 2);
  };

  for (let run of runs) {
    // a sentence opened by an adverb or participle: Separately, Following …
    if (initial(run.words[0]!) && /^\p{Lu}\p{Ll}{3,}(?:ly|ing)$/u.test(run.words[0]!.text)) {
      const rest = slice(run, 1, run.words.length);
      if (!rest || !rest.words[0]!.cap) continue;
      run = rest;
    }
    readRun(run);
  }

  /** A run and its titled names, the last first: the words before a title may hold another (… and Korean President Lee). */
  function readRun(run: Run): void {
    const t = titleInRun(run, isHeaded);
    if (!t) {
      pieces(run);
      return;
    }
    const before = slice(run, 0, t.before);
    if (before) readRun(before);
    // South Korea's President Lee …: the possessive run before this one is the role's country or body
    if (t.before === 0 && !t.title.org) {
      const k = indexOf.get(run.words[0]!.start);
      const prev = k === undefined ? undefined : words[k - 1];
      if (prev?.possessive && /^['’]s?\s$/.test(text.slice(prev.end, run.words[0]!.start))) {
        t.title.org = runEnds.get(prev.end) ?? { start: prev.start, end: prev.end };
        t.title.evidence.start = t.title.org.start;
      }
    }
    const name = slice(run, t.nameAt, t.nameEnd)!;
    add(name, 'PERSON', 'en-title', 3, [t.title]);
    // what follows the name: Analyst Rachel Beaumont of | Kestrel Capital
    let k = t.nameEnd;
    while (k < run.words.length && !run.words[k]!.cap) k++;
    const after = slice(run, k, run.words.length);
    if (after) pieces(after);
  }
  // a title before a name the knowledge base knows (spokesperson Lin Jian, Mr Putin)
  for (const k of kb) {
    if (!k.surfaces.some((s) => s.entry.type === 'PERSON') || skipped(k)) continue;
    const at = indexOf.get(k.start);
    const title = at === undefined ? null : titleBefore(text, words, at, k.end, (e) => runEnds.get(e) ?? null);
    const surfaces = k.surfaces.filter((s) => s.entry.type === 'PERSON');
    if (title) out.push(candidate({ start: k.start, end: k.end, type: 'PERSON', source: 'cue', rule: 'en-title', strength: 3, titles: [title], surfaces }));
  }

  const persons = out.filter((c) => c.type === 'PERSON').sort((a, b) => a.start - b.start);
  const spans = [...out, ...full];
  const taken = (s: number, e: number) => spans.some((c) => c.start < e && c.end > s && c.end - c.start > e - s);
  const short = shortForms(text, words, persons, spans.filter((c) => c.end - c.start >= 4), taken);
  return { candidates: [...out, ...short.candidates], links: short.links };
}

/** Whether `w` opens a sentence, a quotation or what follows a colon. */
function isInitial(text: string, w: Word, starts: ReadonlySet<number>): boolean {
  let i = w.start;
  while (i > 0 && /[\s"“‘'(]/.test(text[i - 1]!)) {
    if (starts.has(i)) return true;
    i--;
  }
  return starts.has(i) || i === 0 || /["“‘:\n]/.test(text[w.start - 1] ?? '\n') || /[:—–]\s*$/.test(text.slice(Math.max(0, w.start - 3), w.start));
}
