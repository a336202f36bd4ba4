import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEnglishTimes } from './english.js';
import { placeMonth, placeWeekday } from './english-tense.js';

const THURSDAY = { y: 2026, m: 3, d: 12 };
const values = (text: string) => findEnglishTimes(text, THURSDAY).map((t) => [t.text, t.value]);

test('a bare weekday is the last such day, or the next when the clause looks ahead', () => {
  assert.deepEqual(values('Washington imposed new tariffs on Friday.'), [['Friday', '2026-03-06']]);
  assert.deepEqual(values('The minister stepped down on Sunday, officials said.'), [['Sunday', '2026-03-08']]);
  assert.deepEqual(values('The two leaders will meet on Friday.'), [['Friday', '2026-03-13']]);
  assert.deepEqual(values('Talks are scheduled for Monday in Geneva.'), [['Monday', '2026-03-16']]);
  assert.deepEqual(values('He said he would travel to Seoul on Tuesday.'), [['Tuesday', '2026-03-17']]);
  // the reference day itself, either way
  assert.deepEqual(values('Lee arrived on Thursday.'), [['Thursday', '2026-03-12']]);
  assert.deepEqual(values('Lee will leave on Thursday.'), [['Thursday', '2026-03-12']]);
});

test('a month without a year is the last such month, or the next when the clause looks ahead', () => {
  assert.deepEqual(values('The envoy resigned in September.'), [['September', '2025-09']]);
  assert.deepEqual(values('Exports fell in February.'), [['February', '2026-02']]);
  assert.deepEqual(values('The talks will resume in September.'), [['September', '2026-09']]);
  assert.deepEqual(values('An election is expected to be held in January.'), [['January', '2027-01']]);
  assert.deepEqual(values('Prices rose in March.'), [['March', '2026-03']]);
});

test('a written year or modifier is kept as written; one clause does not set the tense of the next', () => {
  assert.deepEqual(values('The treaty was signed in September 2027.'), [['September 2027', '2027-09']]);
  assert.deepEqual(values('They met last Friday.').map((v) => v[1]), ['2026-03-06']);
  assert.deepEqual(values('They meet next Monday.').map((v) => v[1]), ['2026-03-16']);
  assert.deepEqual(values('They meet next Thursday.').map((v) => v[1]), ['2026-03-19']);
  assert.deepEqual(values('They met last Thursday.').map((v) => v[1]), ['2026-03-05']);
  assert.deepEqual(values('The vote is this Friday.').map((v) => v[1]), ['2026-03-13']);
  assert.deepEqual(values('Exports fell last September.').map((v) => v[1]), ['2025-09']);
  assert.deepEqual(values('Exports fell last March.').map((v) => v[1]), ['2025-03']);
  assert.deepEqual(values('Exports will recover next February.').map((v) => v[1]), ['2027-02']);
  assert.deepEqual(values('Seoul will respond. Pyongyang fired a missile on Saturday.'), [['Saturday', '2026-03-07']]);
});

test('placing by calendar arithmetic', () => {
  assert.deepEqual(placeWeekday(0, { y: 2026, m: 1, d: 1 }, false), { y: 2025, m: 12, d: 28 });
  assert.deepEqual(placeWeekday(0, { y: 2026, m: 1, d: 1 }, true), { y: 2026, m: 1, d: 4 });
  assert.equal(placeMonth(12, { y: 2026, m: 1, d: 10 }, false), 2025);
  assert.equal(placeMonth(1, { y: 2026, m: 12, d: 10 }, true), 2027);
});
