import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../../doc.js';
import type { DocumentInfo } from '../../analysis/contract.js';
import { monthForDay, parseIsoDate, referenceDate, yearForMonth, yearForMonthDay, yearForQuarter } from './reference.js';

const ref = parseIsoDate('2026-02-10')!;

test('parseIsoDate reads YYYY-MM-DD and refuses impossible days', () => {
  assert.deepEqual(parseIsoDate('2026-02-10'), { y: 2026, m: 2, d: 10 });
  assert.equal(parseIsoDate('2026-02-30'), null);
  assert.equal(parseIsoDate(null), null);
});

test('referenceDate is document.published', () => {
  const doc = new Doc({ text: 'x' });
  doc.set('document', { published: '2008-09-02' } as DocumentInfo);
  assert.deepEqual(referenceDate(doc), { y: 2008, m: 9, d: 2 });
  doc.set('document', { published: null } as DocumentInfo);
  assert.equal(referenceDate(doc), null);
});

const MONTHS: [number, number][] = [[1, 2026], [4, 2026], [8, 2026], [9, 2025], [12, 2025]];
for (const [month, year] of MONTHS) {
  test(`yearForMonth: ${month}月 in an article of 2026-02-10 is in ${year}`, () => assert.equal(yearForMonth(month, ref), year));
}

const MONTH_DAYS: [number, number, number | null][] = [[1, 24, 2026], [12, 25, 2025], [7, 1, 2026], [8, 20, 2025], [2, 29, null]];
for (const [month, day, year] of MONTH_DAYS) {
  test(`yearForMonthDay: ${month}月${day}日 in an article of 2026-02-10 is in ${year}`, () => {
    // 2月29日: none of 2025–2027 has one.
    assert.equal(yearForMonthDay(month, day, ref), year);
  });
}

const DAYS: [string, number, string | null][] = [
  ['2008-09-02', 1, '2008-09'], ['2008-09-02', 30, '2008-08'], ['2026-02-10', 25, '2026-02'], ['2026-02-10', 28, '2026-01'],
  ['2026-03-01', 30, '2026-03'],
];
for (const [r, day, month] of DAYS) {
  test(`monthForDay: ${day}日 in an article of ${r} is in ${month}`, () => {
    const got = monthForDay(day, parseIsoDate(r)!);
    assert.equal(got ? `${got.y}-${String(got.m).padStart(2, '0')}` : null, month);
  });
}

test('yearForQuarter picks the nearest year', () => {
  assert.equal(yearForQuarter(4, ref), 2025);
  assert.equal(yearForQuarter(2, ref), 2026);
});
