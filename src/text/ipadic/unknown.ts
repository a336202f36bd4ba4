/**
 * Unknown-word handling as kuromoji 0.1.2 does it: the character class of a position, and the extent of the
 * unknown word proposed there (one character, or — for grouping classes — the whole run of the same class to
 * the end of the run, never the shorter prefixes MeCab would add).
 */
import type { IpadicData } from './dictionary.js';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** UTF-16 units of the character at `text[i]` (2 for a surrogate pair). */
export function charWidth(text: string, i: number, to: number): number {
  return isHigh(text.charCodeAt(i)) && i + 1 < to && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Class id of the character at `text[i]`: characters outside the BMP are DEFAULT, as char.def cannot name them. */
export function classAt(dictionary: IpadicData, text: string, i: number): number {
  const c = text.charCodeAt(i);
  return isHigh(c) ? dictionary.defaultClass : dictionary.charClasses[c]!;
}

/** End (UTF-16 index) of the run of characters of class `cls` that starts at `text[i]`, within `to`. */
export function runEnd(dictionary: IpadicData, text: string, i: number, to: number, cls: number): number {
  let j = i + charWidth(text, i, to);
  while (j < to && classAt(dictionary, text, j) === cls) j += charWidth(text, j, to);
  return j;
}

/**
 * kuromoji's lattice length of an unknown word of `units` UTF-16 units and `chars` characters: a single
 * character counts as 1, a grouped run by its UTF-16 length — so a run of two or more astral characters ends
 * past its real end in kuromoji's character-indexed lattice. Reproduced on purpose, to choose the same paths.
 */
export function latticeLength(units: number, chars: number): number {
  return chars === 1 ? 1 : units;
}
