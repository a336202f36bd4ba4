/**
 * `newsgraph serve` as a user runs it: unsafe or malformed options are refused before anything opens; with
 * `--seed` an empty store is filled from the examples, the URL is printed, the API answers, and SIGTERM stops it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isLoopback } from '../../src/server/index.js';
import { ROOT } from '../helpers/shared.js';
import { cli, exited, spawnCli } from '../store/cli.js';

delete process.env.NEWSGRAPH_TOKEN;

test('binding beyond this machine needs a token', async () => {
  const { code, stderr } = await cli('serve', '--host', '0.0.0.0', '--db', ':memory:');
  assert.equal(code, 2);
  assert.match(stderr, /--host 0\.0\.0\.0 accepts connections from other machines: give --token/);
});

test('bad ports, short tokens and stray arguments are usage errors', async () => {
  for (const [args, message] of [
    [['--port', '70000'], /--port 70000: expected a port number/],
    [['--port', '-1'], /--port/],
    [['--token', 'short'], /--token: use at least 8/],
    [['examples'], /serve takes no arguments/],
  ] as const) {
    const { code, stderr } = await cli('serve', '--db', ':memory:', ...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, message);
  }
});

test('loopback addresses are recognised', () => {
  for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1']) assert.ok(isLoopback(host), host);
  for (const host of ['0.0.0.0', '192.168.1.10', '::', 'example.org']) assert.ok(!isLoopback(host), host);
});

test('seeds an empty store with the examples, prints its URL, serves the API and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
  const child = spawnCli(['serve', '--port', '0', '--db', join(dir, 'store.db'), '--seed', join(ROOT, 'examples')]);
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /newsgraph workbench: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early (${code})`)));
    });
    const stats = (await (await fetch(`${url}api/stats`)).json()) as { documents: number };
    const examples = readdirSync(join(ROOT, 'examples')).filter((f) => /\.(txt|html)$/.test(f)).length;
    assert.equal(stats.documents, examples);
    child.kill('SIGTERM');
    assert.equal(await exited(child), 0);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
