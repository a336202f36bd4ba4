/**
 * Character classes for the tagger's features: script changes (katakana → kanji, Latin → kana) are the
 * strongest boundary cues Japanese names have, and they hold for words no training sentence contained.
 */

export const enum CharClass {
  Edge = 0,
  Hiragana = 1,
  Katakana = 2,
  Kanji = 3,
  Upper = 4,
  Lower = 5,
  Digit = 6,
  Space = 7,
  Open = 8,
  Close = 9,
  Punct = 10,
  Dot = 11,
  Symbol = 12,
  KanjiNumeral = 13,
  Long = 14,
  Other = 15,
}

const KANJI_NUMERALS = new Set('〇一二三四五六七八九十百千万億兆'.split('').map((c) => c.charCodeAt(0)));
const OPEN = new Set('「『（(【〈《“［[｛<＜‘'.split('').map((c) => c.charCodeAt(0)));
const CLOSE = new Set('」』）)】〉》”］]｝>＞’'.split('').map((c) => c.charCodeAt(0)));
const PUNCT = new Set('、。，．,.!?！？：:；;'.split('').map((c) => c.charCodeAt(0)));

/** Class of one UTF-16 code unit. */
export function charClass(c: number): CharClass {
  if (c >= 0x3041 && c <= 0x309f) return CharClass.Hiragana;
  if (c === 0x30fc) return CharClass.Long;
  if (c === 0x30fb || c === 0xff65 || c === 0xb7) return CharClass.Dot;
  if ((c >= 0x30a0 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f) || (c >= 0x31f0 && c <= 0x31ff)) return CharClass.Katakana;
  if (KANJI_NUMERALS.has(c)) return CharClass.KanjiNumeral;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005 || c === 0x3006 || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdbff)) return CharClass.Kanji;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xc0 && c <= 0xde)) return CharClass.Upper;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0xff41 && c <= 0xff5a) || (c >= 0xdf && c <= 0x24f)) return CharClass.Lower;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return CharClass.Digit;
  if (c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09) return CharClass.Space;
  if (OPEN.has(c)) return CharClass.Open;
  if (CLOSE.has(c)) return CharClass.Close;
  if (PUNCT.has(c)) return CharClass.Punct;
  if (c < 0x80 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) return CharClass.Symbol;
  return CharClass.Other;
}

/** A lookup table over the Basic Multilingual Plane, built once, so the hot loop does one array read. */
let table: Uint8Array | null = null;

/** Class of `c` through the table. */
export function classOf(c: number): number {
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let i = 0; i < 0x10000; i++) table[i] = charClass(i);
  }
  return table[c]!;
}
