import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitCalibration } from './calibrate.js';

test('calibration learns that wider margins are more often right', () => {
  const points: { margin: number; correct: boolean }[] = [];
  // Margin m is right with chance m / 10 (m = 0..10), twenty spans each.
  for (let m = 0; m <= 10; m++) for (let k = 0; k < 20; k++) points.push({ margin: m, correct: k < 2 * m });
  const [a, b] = fitCalibration(points);
  const p = (m: number) => 1 / (1 + Math.exp(-(a * m + b)));
  assert.ok(a > 0);
  assert.ok(p(1) < 0.25 && p(9) > 0.75, `p(1)=${p(1)}, p(9)=${p(9)}`);
  assert.ok(Math.abs(p(5) - 0.5) < 0.1);
});

test('calibration without data is the identity logistic', () => {
  assert.deepEqual(fitCalibration([]), [1, 0]);
});
