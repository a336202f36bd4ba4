import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeNumeric } from '../testing.js';
import { timeForRange, timesWithin } from './lookup.js';

test('timeForRange prefers an adverbial date over one that modifies a noun', async () => {
  const text = '1月末の会議を経て、政府は2月4日、新方針を発表した。';
  const doc = await analyzeNumeric(text, { published: '2026-02-10' });
  const times = doc.get('times');
  assert.deepEqual(times.map((t) => t.text), ['1月末', '2月4日']);
  assert.equal(timeForRange(text, times, { start: 0, end: text.length })?.text, '2月4日');
  assert.equal(timeForRange(text, times, { start: 0, end: text.indexOf('会議') })?.text, '1月末');
  assert.equal(timeForRange(text, times, { start: text.indexOf('新方針'), end: text.length }), null);
});

test('timesWithin gives the expressions wholly inside a range', async () => {
  const text = '2月4日と5日に会談し、4月に再訪する。';
  const doc = await analyzeNumeric(text, { published: '2026-02-10' });
  const times = doc.get('times');
  assert.deepEqual(timesWithin(times, { start: 0, end: text.indexOf('、') }).map((t) => t.value), ['2026-02-04', '2026-02-05']);
  assert.deepEqual(timesWithin(times, { start: 1, end: text.length }).map((t) => t.text), ['5日', '4月']);
});
