import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNumeral } from './numerals.js';

const ROWS: [string, number | null][] = [
  ['2500', 2500],
  ['２５００', 2500],
  ['2,500', 2500],
  ['2千万', 20_000_000],
  ['2,500万', 25_000_000],
  ['二千五百万', 25_000_000],
  ['1.5兆', 1_500_000_000_000],
  ['3万5000', 35_000],
  ['6万8600', 68_600],
  ['1億2000万', 120_000_000],
  ['十六', 16],
  ['三十一', 31],
  ['千', 1000],
  ['二〇二六', 2026],
  ['1.1万', 11_000],
  ['66・0', 66],
  // Not one numeral: units out of order, a digit run glued to a kanji digit, a unit with nothing to multiply.
  ['万億', null],
  ['75九', null],
  ['一7', null],
  ['万', null],
  ['1.2.3', null],
  ['', null],
];

for (const [written, value] of ROWS) {
  test(`parseNumeral(${JSON.stringify(written)}) is ${value}`, () => {
    assert.equal(parseNumeral(written), value);
  });
}
