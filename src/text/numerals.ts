/**
 * Numerals as Japanese news writes them: Arabic (ASCII or full-width, with thousands commas and a decimal point),
 * kanji (二千五百, 十六, 二〇二六) and the two mixed (2千万, 3万5000, 1.5兆, 2,500万). Finding where a numeral
 * stands is the caller's job (its own regex); this module only reads one.
 */

const KANJI_DIGITS: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

/** Characters a numeral may contain (the decimal point `・` only where the caller's pattern allows it). */
export const NUMERAL_CHARS = '0-9０-９〇零一二三四五六七八九十百千万億兆';

/** Converts full-width digits to ASCII, leaving everything else as it is. */
export function asciiDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 0x30) : s[i];
  }
  return out;
}

/**
 * The value of one numeral, or null when `s` is not a well-formed one (a big unit out of order, two decimal points,
 * a unit with nothing to multiply).
 * @example parseNumeral('2千万') === 20000000; parseNumeral('二千五百万') === 25000000; parseNumeral('3万5000') === 35000
 */
export function parseNumeral(s: string): number | null {
  let total = 0;
  let section = 0;
  let digits = '';
  let lastBig = Infinity;
  let seen = false;
  // 75九 or 一7 is two things side by side, not one numeral.
  let arabic = false;
  let kanji = false;
  const flush = (): number | null => {
    if (digits === '') return 0;
    const n = Number(digits);
    digits = '';
    return Number.isFinite(n) ? n : null;
  };
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39) {
      if (kanji && digits !== '') return null;
      [digits, arabic, kanji] = [digits + ch, true, false];
    } else if (code >= 0xff10 && code <= 0xff19) {
      if (kanji && digits !== '') return null;
      [digits, arabic, kanji] = [digits + String.fromCharCode(code - 0xff10 + 0x30), true, false];
    } else if (KANJI_DIGITS[ch] !== undefined) {
      if (arabic && digits !== '') return null;
      [digits, arabic, kanji] = [digits + KANJI_DIGITS[ch], false, true];
    }
    else if (ch === '.' || ch === '．' || ch === '・') {
      if (digits === '' || digits.includes('.')) return null;
      digits += '.';
    } else if (ch === ',' || ch === '，') {
      if (digits === '' || digits.includes('.')) return null;
    } else if (SMALL_UNITS[ch] !== undefined) {
      const n = digits === '' ? 1 : flush();
      if (n === null) return null;
      section += n * SMALL_UNITS[ch];
    } else if (BIG_UNITS[ch] !== undefined) {
      const big = BIG_UNITS[ch];
      if (big >= lastBig) return null;
      const n = flush();
      if (n === null) return null;
      const amount = section + n;
      if (amount === 0) return null;
      total += amount * big;
      section = 0;
      lastBig = big;
    } else return null;
    seen = true;
  }
  if (!seen || digits.endsWith('.')) return null;
  const rest = flush();
  if (rest === null) return null;
  // 1.1万 is 11000, not 11000.000000000002.
  return Number((total + section + rest).toPrecision(15));
}

/** Whether `s` holds any kanji numeral character (those need the token check that Arabic digits do not). */
export function hasKanjiNumeral(s: string): boolean {
  for (const ch of s) if (KANJI_DIGITS[ch] !== undefined || SMALL_UNITS[ch] !== undefined) return true;
  return false;
}
