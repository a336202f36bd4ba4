/**
 * Two articles from different outlets about the same phone call (examples/, written for this project) go through
 * the real pipeline into a store and come out as one call event reported by both.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/open.js';
import { ingest } from '../../src/store/ingest/run.js';
import { events } from '../../src/store/query/index.js';
import { ROOT } from '../helpers/shared.js';

test('the same call reported by two outlets is one event with two sources', async () => {
  const store = await openStore(join(mkdtempSync(join(tmpdir(), 'ng-call-')), 'calls.db'));
  try {
    const files = ['soybean-call.txt', 'soybean-call-beijing.txt'].map((f) => join(ROOT, 'examples', f));
    const summary = await ingest(store, files, { workers: 0 });
    assert.equal(summary.added, 2);
    const calls = await events(store, { type: 'call' });
    assert.equal(calls.total, 1, JSON.stringify(calls.events.map((e) => e.participants.map((p) => p.text))));
    const call = calls.events[0]!;
    assert.equal(new Set(call.sources.map((s) => s.document)).size, 2);
    assert.deepEqual(call.participants.map((p) => p.entity?.name).sort(), ['ドナルド・トランプ', '習近平']);
  } finally {
    await store.close();
  }
});
