import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NewsgraphError } from '../errors.js';
import { BatchLineError, parseBatchLine } from './jsonl.js';

test('a batch line gives an article, its id and its options', () => {
  const item = parseBatchLine('{"id":7,"text":"本文","published":"2025-01-02","lang":"ja","title":"T"}', 1);
  assert.equal(item?.id, '7');
  assert.equal(item?.article.text, '本文');
  assert.equal(item?.article.hints?.title, 'T');
  assert.deepEqual(item?.options, { published: '2025-01-02', lang: 'ja' });
  assert.equal(parseBatchLine('   ', 2), null);
});

test('bad lines are catalogued errors naming the line, keeping the id where there is one', () => {
  assert.throws(() => parseBatchLine('{oops', 3), (e: unknown) => e instanceof NewsgraphError && e.message === 'line 3: not valid JSON — each line must be one JSON object');
  assert.throws(() => parseBatchLine('[1,2]', 4), /line 4: not a JSON object/);
  assert.throws(() => parseBatchLine('{"id":"x","text":5}', 5), (e: unknown) => e instanceof BatchLineError && e.id === 'x' && /"text" is missing/.test(e.message));
  assert.throws(() => parseBatchLine('{"id":"y","text":" "}', 6), /"text" is empty/);
  assert.throws(() => parseBatchLine('{"id":"z","text":"a","published":20250101}', 7), /"published" must be a string/);
});
