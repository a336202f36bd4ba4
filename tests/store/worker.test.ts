/**
 * Distributed ingest on the real PostgreSQL server: two `newsgraph worker` processes share a queue; the one
 * holding a job is killed with SIGKILL mid-job; every job is still done exactly once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore } from '../../src/store/open.js';
import { contentId } from '../../src/store/keys.js';
import { enqueue, type QueueItem } from '../../src/store/queue.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, exited, spawnCli, syntheticArticle } from './cli.js';
import { dropSchemas, freshSchema, pgSkip, schemaUrl } from './pg.js';

const skip = await pgSkip();
const schema = freshSchema('ng_worker');
const queueSchema = freshSchema('ng_queue');

await test('ingest --queue queues each new article once and records the items it cannot read', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-queue-'));
  const url = schemaUrl(queueSchema);
  try {
    const lines = [21, 22, 23].map((s) => JSON.stringify({ id: `q-${s}`, ...syntheticArticle(s, 6) }));
    writeFileSync(join(dir, 'batch.jsonl'), [lines[0], '{broken', lines[1], lines[2], lines[0]].join('\n'));
    const first = await cli('ingest', join(dir, 'batch.jsonl'), '--db', url, '--queue', '--json');
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(JSON.parse(first.stdout), { job: 1, items: 5, queued: 3, skipped: 1, failed: 1 });
    const again = await cli('ingest', join(dir, 'batch.jsonl'), '--db', url, '--queue', '--json');
    assert.equal((JSON.parse(again.stdout) as { queued: number }).queued, 0);
    const store = await openStore(url);
    try {
      const rows = await store.db.all<{ item: string; status: string; payload: string }>('SELECT item, status, payload FROM queue ORDER BY id');
      assert.deepEqual(rows.map((r) => r.status), ['queued', 'queued', 'queued']);
      assert.equal((JSON.parse(rows[0]!.payload) as { article: { id: string } }).article.id, 'q-21');
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (!skip) await dropSchemas([queueSchema]);
  }
});

await test('two workers, one killed mid-job: every job is done exactly once', { skip }, async () => {
  const url = schemaUrl(schema);
  const store = await openStore(url);
  const workers: ReturnType<typeof spawnCli>[] = [];
  try {
    // The first job is long (seconds of analysis), so whoever takes it is surely still busy when killed.
    const articles = [syntheticArticle(500, 2500), ...Array.from({ length: 7 }, (_, i) => syntheticArticle(501 + i, 40))];
    const job = await store.startJob('queue', ['generated']);
    const items: QueueItem[] = articles.map((a, i) => ({
      id: contentId(a.text), label: `generated-${i}`, payload: { article: { text: a.text, id: `generated-${i}` }, options: {} },
    }));
    assert.equal(await enqueue(store, job, items), articles.length);
    assert.equal(await enqueue(store, job, items), 0, 'enqueuing again adds nothing');

    const args = ['worker', '--db', url, '--lease', '3', '--poll', '1', '--exit-when-idle', '--quiet'];
    workers.push(spawnCli(args), spawnCli(args));
    let holder: string | null = null;
    for (let waited = 0; waited < 60_000 && !holder; waited += 25) {
      const row = await store.db.get<{ worker: string }>("SELECT worker FROM queue WHERE id = 1 AND status = 'running'");
      holder = row?.worker ?? null;
      if (!holder) await new Promise((r) => setTimeout(r, 25));
    }
    assert.ok(holder, 'no worker took the first job');
    const victim = workers.find((w) => holder!.split(':')[1] === String(w.pid))!;
    const survivor = workers.find((w) => w !== victim)!;
    victim.kill('SIGKILL');
    assert.equal(await exited(victim), 'SIGKILL');
    assert.equal(await exited(survivor), 0);

    const rows = await store.db.all<{ id: number; status: string; attempts: number; worker: string }>('SELECT id, status, attempts, worker FROM queue ORDER BY id');
    assert.deepEqual(rows.map((r) => r.status), articles.map(() => 'done'));
    assert.ok(rows[0]!.attempts >= 2, 'the killed job was taken over');
    assert.ok(rows[0]!.worker.includes(`:${survivor.pid}:`));
    const counted = async (sql: string) => Number((await store.db.get<{ n: number }>(sql))!.n);
    assert.equal(await counted('SELECT COUNT(*) AS n FROM documents'), articles.length);
    assert.equal(await counted('SELECT COUNT(DISTINCT id) AS n FROM documents'), articles.length);
    // Per-document rows and the job's counter were each written once per job.
    assert.equal(await counted('SELECT COUNT(*) AS n FROM doc_buckets'), 16 * articles.length);
    assert.equal(await counted(`SELECT added AS n FROM ingest_jobs WHERE id = ${job}`), articles.length);
  } finally {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await store.close();
    if (!skip) await dropSchemas([schema]);
  }
});
