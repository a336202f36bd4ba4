/**
 * Stage `sentences`: splits every region of the article into sentences. Line breaks always end a sentence (a
 * headline or dateline never runs into the body); 。！？ end one only outside brackets, so 「…。…」 stays whole.
 */
import type { Sentence } from '../analysis/contract.js';
import type { Stage } from '../pipeline/pipeline.js';
import { trimRange } from '../spans.js';

const OPEN = '「『（(【〈《“［[｛｢';
const CLOSE = '」』）)】〉》”］]｝｣';
/** Half-width and full-width corner brackets close each other (「ミートホープ｣): one typo must not keep a bracket open. */
const TWIN: Readonly<Record<string, string>> = { '」': '｣', '｣': '」' };
/** A bracket left open this long is taken as unbalanced, so one stray 「 cannot swallow a whole paragraph. */
const MAX_OPEN = 800;
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|No|U\.S|U\.K|U\.N|a\.m|p\.m|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])$/;

/** Sentence ranges within `[start, end)` of `text`. */
export function splitSentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const stack: { ch: string; at: number }[] = [];
  let from = start;
  const push = (to: number) => {
    const r = trimRange(text, from, to);
    if (r.end > r.start) out.push(r);
    from = to;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      stack.length = 0;
      push(i);
      continue;
    }
    const open = OPEN.indexOf(ch);
    if (open >= 0) {
      stack.push({ ch: CLOSE[open]!, at: i });
      continue;
    }
    if (CLOSE.includes(ch)) {
      const chars = stack.map((s) => s.ch);
      const twin = TWIN[ch];
      const k = Math.max(chars.lastIndexOf(ch), twin ? chars.lastIndexOf(twin) : -1);
      if (k >= 0) stack.length = k;
      continue;
    }
    if (stack.length && i - stack[0]!.at > MAX_OPEN) stack.length = 0;
    if (stack.length) continue;
    if (ch === '。' || ch === '！' || ch === '？' || ch === '．') {
      let j = i + 1;
      while (j < end && (text[j] === '。' || text[j] === '！' || text[j] === '？')) j++;
      push(j);
      i = j - 1;
    } else if ((ch === '.' || ch === '!' || ch === '?') && isLatinBoundary(text, i, end)) {
      let j = i + 1;
      while (j < end && /["'”’)]/.test(text[j]!)) j++;
      push(j);
      i = j - 1;
    }
  }
  push(end);
  return out;
}

/** A Latin full stop ends a sentence when a space and a capital (or a quote or digit) follow and no abbreviation precedes. */
function isLatinBoundary(text: string, i: number, end: number): boolean {
  let j = i + 1;
  while (j < end && /["'”’)]/.test(text[j]!)) j++;
  if (j >= end) return true;
  if (!/\s/.test(text[j]!)) return false;
  while (j < end && /\s/.test(text[j]!)) j++;
  if (j < end && !/[A-Z0-9"“'‘(]/.test(text[j]!)) return false;
  return text[i] !== '.' || !ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i));
}

export const sentences: Stage = {
  name: 'sentences',
  requires: ['regions'],
  assigns: ['sentences'],
  run(doc) {
    const out: Sentence[] = [];
    for (const region of doc.get('regions')) {
      for (const r of splitSentences(doc.text, region.start, region.end)) out.push({ ...r, section: region.section });
    }
    return doc.set('sentences', out);
  },
};
