/**
 * The layout the English name recogniser reads: which sections are running text. The byline, the dateline,
 * related links and cited sources are not; nor is a headline in Title Case ("Port Authority Chief Resigns After
 * Audit"), where every word is capitalised and capitals say nothing. A headline in sentence case is read.
 */
import type { Sentence } from '../../../analysis/contract.js';
import type { Range } from '../../../spans.js';
import type { EnglishLayout } from './names.js';

const NOT_TEXT = new Set(['dateline', 'byline', 'related', 'sources']);

/** Whether a headline is in Title Case: no word of four letters or more starts with a small letter. */
export function isTitleCase(headline: string): boolean {
  const long = headline.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** The layout of an English document from its sentences. */
export function englishLayout(text: string, sentences: readonly Sentence[]): EnglishLayout {
  const skip: Range[] = [];
  for (const s of sentences) {
    if (NOT_TEXT.has(s.section) || (s.section === 'title' && isTitleCase(text.slice(s.start, s.end)))) skip.push({ start: s.start, end: s.end });
  }
  return { skip, sentenceStarts: new Set(sentences.map((s) => s.start)) };
}
