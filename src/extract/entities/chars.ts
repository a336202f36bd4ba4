/**
 * Character classes for Japanese name boundaries (UTF-16 code units; names outside the BMP are rare enough
 * that a surrogate simply counts as "other").
 */

/** CJK ideographs, including 々 and 〆 which continue a kanji word. */
export function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x3006;
}

/** Katakana, the prolonged sound mark and half-width katakana (not the middle dot, see isNameGlue). */
export function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f);
}

export function isHiragana(c: number): boolean {
  return c >= 0x3041 && c <= 0x309f;
}

/** ASCII and full-width Latin letters. */
export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** The glue inside foreign names written in katakana: ・ (and its variants) and =. */
export function isNameGlue(c: number): boolean {
  return c === 0x30fb || c === 0xff65 || c === 0x00b7 || c === 0x3d || c === 0xff1d || c === 0x30a0;
}

/** Thai, Hangul, Cyrillic, Arabic and other scripts a name may be given in, in parentheses. */
export function isForeignScript(c: number): boolean {
  return (c >= 0x0e00 && c <= 0x0e7f) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x0400 && c <= 0x04ff) || (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0590 && c <= 0x05ff) || (c >= 0x0900 && c <= 0x097f);
}

/** Whether `s` is written in katakana (with name glue) only. */
export function allKatakana(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isKatakana(c) && !isNameGlue(c)) return false;
  }
  return true;
}

/** Whether `s` is written in kanji only. */
export function allKanji(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) if (!isKanji(s.charCodeAt(i))) return false;
  return true;
}
