/**
 * `newsgraph ingest` end to end on SQLite: every input kind, idempotency, errors per item, and feeds and pages
 * over HTTP from a local server (timeouts, size limits, failing links).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/open.js';
import { cli, syntheticArticle } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));

function page(title: string, body: string): string {
  return `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="2026-01-20T08:00:00+09:00"></head>` +
    `<body><nav>メニュー</nav><article><h1>${title}</h1>${body.split('。').filter(Boolean).map((s) => `<p>${s}。</p>`).join('')}</article></body></html>`;
}

function rss(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>テスト</title>${items.join('')}</channel></rss>`;
}

function rssItem(title: string, link: string, content?: string): string {
  return `<item><title>${title}</title><link>${link}</link><pubDate>Tue, 20 Jan 2026 09:00:00 +0900</pubDate>` +
    `<description>短い要約。</description>${content ? `<content:encoded><![CDATA[${content}]]></content:encoded>` : ''}</item>`;
}

try {
  await test('files, folders, JSONL, HTML and feed files go in once; a second run adds nothing', async () => {
    const input = join(dir, 'in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    mkdirSync(join(input, '.hidden'));
    const a = syntheticArticle(1);
    writeFileSync(join(input, 'a.txt'), a.text);
    const b = syntheticArticle(2);
    writeFileSync(join(input, 'sub', 'b.html'), page(b.title, b.text.split('\n\n')[1]!));
    const lines = [3, 4].map((s) => JSON.stringify({ id: `batch-${s}`, ...syntheticArticle(s), published: '2026-02-01' }));
    writeFileSync(join(input, 'batch.jsonl'), `${lines[0]}\n{not json\n\n${lines[1]}\n`);
    const feedItems = [5, 6].map((s) => {
      const x = syntheticArticle(s);
      return rssItem(x.title, `https://example.invalid/${s}`, `<p>${x.text.split('\n\n')[1]}</p>`);
    });
    writeFileSync(join(input, 'sub', 'feed.rss'), rss(feedItems));
    writeFileSync(join(input, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(join(input, '.hidden', 'secret.txt'), syntheticArticle(7).text);
    const db = join(dir, 'files.db');

    const first = await cli('ingest', input, '--db', db, '--workers', '1', '--json');
    assert.equal(first.code, 0, first.stderr);
    const summary = JSON.parse(first.stdout) as { items: number; added: number; failed: number; unchanged: number };
    assert.deepEqual({ items: summary.items, added: summary.added, failed: summary.failed }, { items: 7, added: 6, failed: 1 });
    assert.match(first.stderr, /batch\.jsonl:2: line 2: not valid JSON/);

    const store = await openStore(db);
    try {
      const rows = await store.db.all<{ ext_id: string | null; source: string; title: string | null; published: string | null }>(
        'SELECT ext_id, source, title, published FROM documents ORDER BY seq');
      assert.deepEqual(rows.map((r) => r.ext_id).filter(Boolean).sort(), ['batch-3', 'batch-4']);
      assert.ok(rows.some((r) => r.source.endsWith('b.html') && r.title === b.title && r.published === '2026-01-20'));
      assert.ok(rows.some((r) => r.source === 'https://example.invalid/5' && r.published === '2026-01-20'));
      const errors = await store.db.all<{ item: string }>('SELECT item FROM ingest_errors');
      assert.deepEqual(errors.map((e) => e.item), [`${join(input, 'batch.jsonl')}:2`]);
    } finally {
      await store.close();
    }

    const second = await cli('ingest', input, '--db', db, '--workers', '1', '--json');
    const again = JSON.parse(second.stdout) as { added: number; unchanged: number; failed: number };
    assert.deepEqual({ added: again.added, unchanged: again.unchanged, failed: again.failed }, { added: 0, unchanged: 6, failed: 1 });
    const plain = await cli('ingest', join(input, 'a.txt'), '--db', db, '--workers', '0');
    assert.match(plain.stdout, /^ingested 1 item in [\d.]+ s \([\d.]+ articles\/s\): 0 added, 0 near-duplicates, 1 unchanged, 0 failed — .*files\.db, [\d.]+ [kM]B\n$/);
  });

  await test('feeds and pages over HTTP: each failing link is recorded with a clear error and the rest go in', async () => {
    const ok = syntheticArticle(11);
    const direct = syntheticArticle(12);
    const big = 'あ'.repeat(30_000);
    let base = '';
    const server: Server = createServer((req, res) => {
      const send = (type: string, body: string, status = 200) => {
        res.writeHead(status, { 'content-type': type });
        res.end(body);
      };
      if (req.url === '/feed.xml') {
        send('application/rss+xml; charset=utf-8', rss([
          rssItem(ok.title, `${base}/ok`), rssItem('消えた記事', `${base}/missing`), rssItem('遅い記事', `${base}/slow`), rssItem('巨大な記事', `${base}/big`),
        ]));
      } else if (req.url === '/ok') send('text/html; charset=utf-8', page(ok.title, ok.text.split('\n\n')[1]!));
      else if (req.url === '/direct') send('text/html; charset=utf-8', page(direct.title, direct.text.split('\n\n')[1]!));
      else if (req.url === '/big') send('text/html; charset=utf-8', page('巨大な記事', big));
      else if (req.url === '/slow') setTimeout(() => send('text/html', page('遅い記事', ok.text)), 5000).unref();
      else send('text/plain', 'not here', 404);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // A port nobody listens on: take a free one and give it back.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const db = join(dir, 'http.db');
      const run = await cli('ingest', `${base}/feed.xml`, `${base}/direct`, `http://127.0.0.1:${deadPort}/unreachable`, '--db', db, '--workers', '1',
        '--timeout', '1', '--max-bytes', '40000', '--json');
      assert.equal(run.code, 0, run.stderr);
      const summary = JSON.parse(run.stdout) as { added: number; failed: number };
      assert.deepEqual({ added: summary.added, failed: summary.failed }, { added: 2, failed: 4 });
      const store = await openStore(db);
      try {
        const errors = new Map((await store.db.all<{ item: string; error: string }>('SELECT item, error FROM ingest_errors')).map((e) => [e.item, e.error]));
        assert.match(errors.get(`${base}/missing`)!, /HTTP 404/);
        assert.match(errors.get(`${base}/slow`)!, /no complete answer within 1 s/);
        assert.match(errors.get(`${base}/big`)!, /larger than 40000 bytes/);
        assert.match(errors.get(`http://127.0.0.1:${deadPort}/unreachable`)!, /ECONNREFUSED/);
        const sources = (await store.db.all<{ source: string }>('SELECT source FROM documents ORDER BY source')).map((r) => r.source);
        assert.deepEqual(sources, [`${base}/direct`, `${base}/ok`]);
      } finally {
        await store.close();
      }
      // Nothing but a failure: the run says so with its exit code.
      const failed = await cli('ingest', `${base}/missing`, '--db', db, '--workers', '0');
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, /missing: .*HTTP 404/);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  await test('usage errors name the problem', async () => {
    assert.equal((await cli('ingest')).code, 2);
    const queue = await cli('ingest', join(dir, 'nothing'), '--db', join(dir, 'q.db'), '--queue');
    assert.equal(queue.code, 2);
    assert.match(queue.stderr, /PostgreSQL/);
    const missing = await cli('ingest', join(dir, 'no-such-file.txt'), '--db', join(dir, 'm.db'), '--workers', '0');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no such file/);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
