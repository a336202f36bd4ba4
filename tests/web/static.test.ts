/** The web UI's files: served from its folder with a strict CSP, never from outside it, and a clear 503 when unbuilt. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import { createApp, type Analyzer } from '../../src/server/index.js';
import { testStore, type TestStore } from './setup.js';

const noAnalyzer: Analyzer = { prepare: async () => {}, analyze: () => Promise.reject(new Error('not used')) };
let ts: TestStore;
let root: string;
let app: Hono;

before(async () => {
  ts = await testStore();
  root = join(ts.dir, 'web');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>workbench</title>');
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(ts.dir, 'secret.txt'), 'do not serve');
  app = createApp({ store: ts.store, analyzer: noAnalyzer, webRoot: root, token: 'a-long-enough-token', log: () => {} });
});
after(() => ts.dispose());

test('the UI page is served without a token, with a CSP that allows no inline script', async () => {
  const res = await app.request('/');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/);
  assert.match(await res.text(), /workbench/);
  const csp = res.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});

test('assets are served by path with their type; other paths get the page', async () => {
  const js = await app.request('/assets/app-1234.js');
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
  assert.match(js.headers.get('cache-control') ?? '', /immutable/);
  const deep = await app.request('/reader/anything');
  assert.match(await deep.text(), /workbench/);
});

test('paths that climb out of the folder get the page, never the file', async () => {
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt']) {
    const res = await app.request(path);
    assert.doesNotMatch(await res.text(), /do not serve/, path);
  }
});

test('an unbuilt UI says how to build it', async () => {
  const bare = createApp({ store: ts.store, analyzer: noAnalyzer, webRoot: join(ts.dir, 'missing'), log: () => {} });
  const res = await bare.request('/');
  assert.equal(res.status, 503);
  assert.match(await res.text(), /npm run build/);
});
