import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinBranches } from './join-branches.js';

test('an institution and the branch right after it become one organisation', () => {
  const text = '北海学園大学札幌キャンパスで講演した。';
  const out = joinBranches(text, [
    { start: 0, end: 6, label: 'ORG', score: 0.9 }, { start: 6, end: 13, label: 'FAC', score: 0.7 },
  ]);
  assert.deepEqual(out, [{ start: 0, end: 13, label: 'ORG', score: 0.7 }]);
});

test('spans apart, or not an institution and a branch, stay as they are', () => {
  const text = '東西大学の南北校と、東西商事北支店。';
  const apart = [{ start: 0, end: 4, label: 'ORG' as const, score: 0.9 }, { start: 5, end: 8, label: 'FAC' as const, score: 0.9 }];
  assert.deepEqual(joinBranches(text, apart), apart);
  const company = [{ start: 10, end: 14, label: 'ORG' as const, score: 0.9 }, { start: 14, end: 17, label: 'ORG' as const, score: 0.9 }];
  assert.deepEqual(joinBranches(text, company), company);
});
