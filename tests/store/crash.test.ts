/**
 * Safety of an SQLite ingest: a child process killed with SIGKILL in the middle of a run leaves a consistent
 * store holding exactly the batches it committed, and the next run stores the rest.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open.js';
import { cli, exited, spawnCli, syntheticArticle } from './cli.js';

const ARTICLES = 240;
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-crash-'));

function count(path: string, sql: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 2000');
    return Number((db.prepare(sql).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

try {
  await test('an ingest killed mid-run leaves a consistent store and the next run finishes the job', async () => {
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, Array.from({ length: ARTICLES }, (_, i) => JSON.stringify({ id: `gen-${i}`, ...syntheticArticle(1000 + i, 8) })).join('\n'));
    const db = join(dir, 'crash.db');
    // Create the store first, so the poller below never races its creation.
    await (await openStore(db)).close();

    const child = spawnCli(['ingest', input, '--db', db, '--workers', '1', '--batch', '8']);
    for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 20) {
      if (count(db, 'SELECT COUNT(*) AS n FROM documents') >= 24) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    assert.equal(await exited(child), 'SIGKILL', 'the ingest finished before it could be killed');

    const raw = new Database(db);
    try {
      assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
      assert.deepEqual(raw.pragma('foreign_key_check'), []);
      raw.exec("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')");
      const docs = Number((raw.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n);
      assert.ok(docs > 0 && docs < ARTICLES, `${docs} documents survived`);
      // Whole batches only: the job's counters commit with the documents they count.
      const job = raw.prepare('SELECT status, added FROM ingest_jobs').get() as { status: string; added: number };
      assert.deepEqual(job, { status: 'running', added: docs });
      const buckets = Number((raw.prepare('SELECT COUNT(*) AS n FROM doc_buckets').get() as { n: number }).n);
      const originals = Number((raw.prepare('SELECT COUNT(*) AS n FROM documents WHERE dup_of IS NULL AND minhash IS NOT NULL').get() as { n: number }).n);
      assert.equal(buckets, originals * 16);
    } finally {
      raw.close();
    }

    const rerun = await cli('ingest', input, '--db', db, '--workers', '1', '--json');
    assert.equal(rerun.code, 0, rerun.stderr);
    const summary = JSON.parse(rerun.stdout) as { added: number; unchanged: number; duplicates: number; failed: number };
    assert.equal(summary.failed, 0);
    assert.equal(count(db, 'SELECT COUNT(*) AS n FROM documents'), ARTICLES);
    assert.equal(summary.unchanged + summary.added + summary.duplicates, ARTICLES);
    assert.ok(summary.unchanged >= 24);
    assert.equal(count(db, "SELECT COUNT(*) AS n FROM ingest_jobs WHERE status = 'interrupted'"), 1);
    assert.equal(count(db, "SELECT COUNT(*) AS n FROM ingest_jobs WHERE status = 'done'"), 1);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
