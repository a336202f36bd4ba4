/**
 * The store commands on the command line (SQLite): query, search, export, merge and unmerge print what the
 * query API returns, as JSON and as tables.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/store/open.js';
import { callFromBeijing, callFromBrasilia, laterCall, unrelated } from './articles.js';
import { newDocument } from './build.js';
import { cli } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-commands-'));
const db = join(dir, 'store.db');
const store = await openStore(db);
await store.write([callFromBeijing, callFromBrasilia, laterCall, unrelated].map(newDocument), null);
await store.close();

try {
  await test('query entity prints a dossier as JSON and as a readable page', async () => {
    const json = await cli('query', 'entity', '習近平', '--db', db);
    assert.equal(json.code, 0, json.stderr);
    const d = JSON.parse(json.stdout) as { entity: { key: string; documents: number; events_total: number } };
    assert.deepEqual([d.entity.key, d.entity.documents, d.entity.events_total], ['kb:xi-jinping', 3, 2]);
    const pretty = await cli('query', 'entity', 'Xi Jinping', '--db', db, '--format', 'pretty');
    assert.match(pretty.stdout, /^習近平 \(PERSON\) {2}kb:xi-jinping/);
    assert.match(pretty.stdout, /Roles \(1\)\n.*\n国家主席/);
    assert.match(pretty.stdout, /Events \(2\)/);
    assert.match(pretty.stdout, /Appears with \(\d+\)\nname.*\nルラ +PERSON +3/);
  });

  await test('query events, quotes, entities, documents, timeline, network and stats answer', async () => {
    const events = JSON.parse((await cli('query', 'events', '--db', db, '--type', 'call', '--actor', 'ルラ', '--from', '2026-03-01', '--to', '2026-03-31')).stdout) as { total: number; events: { sources: unknown[] }[] };
    assert.equal(events.total, 1);
    assert.equal(events.events[0]!.sources.length, 2);
    const table = await cli('query', 'events', '--db', db, '--format', 'pretty');
    assert.match(table.stdout, /2026-04-20 +call +participant:習近平 participant:ルラ +1/);
    const quotes = JSON.parse((await cli('query', 'quotes', '--db', db, '--speaker', '習近平')).stdout) as { total: number };
    assert.equal(quotes.total, 1);
    const entities = JSON.parse((await cli('query', 'entities', '外務', '--db', db)).stdout) as { key: string }[];
    assert.deepEqual(entities.map((e) => e.key), ['kb:mfa-china']);
    const docs = JSON.parse((await cli('query', 'documents', '--db', db, '--entity', 'ルラ')).stdout) as { total: number };
    assert.equal(docs.total, 3);
    const days = JSON.parse((await cli('query', 'timeline', '--db', db, '--from', '2026-04-01')).stdout) as { date: string }[];
    assert.deepEqual(days.map((d) => d.date), ['2026-04-20', '2026-04-21']);
    const net = JSON.parse((await cli('query', 'network', '--db', db)).stdout) as { nodes: unknown[]; edges: unknown[] };
    assert.ok(net.nodes.length >= 5 && net.edges.length > 0);
    const stats = JSON.parse((await cli('query', 'stats', '--db', db)).stdout) as { documents: number };
    assert.equal(stats.documents, 4);
    const bad = await cli('query', 'events', '--db', db, '--from', 'March');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--from March: expected YYYY-MM-DD/);
  });

  await test('search prints hits with their spans', async () => {
    const page = JSON.parse((await cli('search', '電話', '--db', db)).stdout) as { total: number; hits: { matches: { text: string }[] }[] };
    assert.equal(page.total, 3);
    assert.ok(page.hits.every((h) => h.matches.every((m) => m.text === '電話')));
    assert.match((await cli('search', '大雪', '--db', db, '--format', 'pretty')).stdout, /^1 articles contain "大雪"\n/);
  });

  await test('export writes JSONL, CSV and GraphML', async () => {
    const jsonl = (await cli('export', '--format', 'jsonl', '--db', db)).stdout.trim().split('\n').map((l) => JSON.parse(l) as { record: string });
    assert.deepEqual([...new Set(jsonl.map((r) => r.record))], ['entity', 'event', 'quote']);
    const csv = (await cli('export', '--format', 'csv', '--what', 'events', '--db', db)).stdout.split('\r\n');
    assert.equal(csv[0], 'id,type,date,precision,participants,sources,documents,evidence');
    assert.equal(csv.filter(Boolean).length, 1 + 2);
    const out = join(dir, 'net.graphml');
    assert.equal((await cli('export', '--format', 'graphml', '--db', db, '--out', out)).code, 0);
    const xml = readFileSync(out, 'utf8');
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml/);
    assert.match(xml, /<data key="label">習近平<\/data>/);
    assert.equal((await cli('export', '--format', 'csv', '--what', 'events,quotes', '--db', db)).code, 2);
  });

  await test('merge, merge --list and unmerge on the command line', async () => {
    const ambiguous = await cli('merge', '外務', 'ブラジル', '--db', db);
    assert.equal(ambiguous.code, 1);
    assert.match(ambiguous.stderr, /no entity "外務"/);
    const merged = JSON.parse((await cli('merge', 'kb:mfa-china', 'kb:prc', '--note', 'ministry reported as the state', '--db', db)).stdout) as { id: number; rule: string };
    assert.equal(merged.rule, 'manual');
    const dossier = JSON.parse((await cli('query', 'entity', 'kb:prc', '--db', db)).stdout) as { entity: { merged: { key: string }[] } };
    assert.deepEqual(dossier.entity.merged.map((m) => m.key), ['kb:mfa-china']);
    const list = await cli('merge', '--list', '--rule', 'manual', '--format', 'pretty', '--db', db);
    assert.match(list.stdout, new RegExp(`\\n${merged.id} +entity +manual`));
    const undone = JSON.parse((await cli('unmerge', String(merged.id), '--db', db)).stdout) as { undone_at: string | null };
    assert.ok(undone.undone_at);
    const again = await cli('unmerge', String(merged.id), '--db', db);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already undone/);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
