import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayRange, rangesOverlap, reportedWindow, within } from './date-range.js';

await test('date values become ranges of days', () => {
  assert.deepEqual(dayRange('2026-02-04'), { from: '2026-02-04', to: '2026-02-04' });
  assert.deepEqual(dayRange('2024-02'), { from: '2024-02-01', to: '2024-02-29' });
  assert.deepEqual(dayRange('2026-Q4'), { from: '2026-10-01', to: '2026-12-31' });
  assert.deepEqual(dayRange('2025'), { from: '2025-01-01', to: '2025-12-31' });
  assert.deepEqual(dayRange('FY2025'), { from: '2025-04-01', to: '2026-03-31' });
  assert.equal(dayRange('2026-13'), null);
  assert.equal(dayRange('soon'), null);
});

await test('a stated date is a day wider each side; an undated report is the week up to publication', () => {
  assert.deepEqual(reportedWindow('2026-03-01', null), { from: '2026-02-28', to: '2026-03-02' });
  assert.deepEqual(reportedWindow(null, '2026-03-10'), { from: '2026-03-03', to: '2026-03-10' });
  assert.equal(reportedWindow(null, null), null);
});

await test('overlap and containment', () => {
  const feb = dayRange('2026-02')!;
  assert.ok(rangesOverlap(reportedWindow('2026-03-01', null)!, feb));
  assert.ok(!rangesOverlap(dayRange('2026-03-02')!, feb));
  assert.ok(within(dayRange('2026-02-10')!, feb));
  assert.ok(!within(feb, dayRange('2026-02-10')!));
});
