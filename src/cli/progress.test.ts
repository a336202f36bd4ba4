import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clock, renderBar } from './progress.js';

await test('the bar shows count, share, rate and time left', () => {
  assert.equal(renderBar('ingest', 50, 200, 10, 8), 'ingest [██░░░░░░] 50/200 25% · 5.0/s · ETA 0:30');
  assert.equal(renderBar('ingest', 0, 0, 0, 4), 'ingest [░░░░] 0/0 0% · 0.0/s · ETA --:--');
  assert.equal(clock(3725), '1:02:05');
});
