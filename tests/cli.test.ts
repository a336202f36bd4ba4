/**
 * The command line as a user meets it: every bad input gives one line on stderr naming the input and what to do,
 * exit 2 for usage errors and 1 for input errors, and never a stack trace.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { encodeLegacy } from './helpers/legacy-encode.js';
import { ROOT } from './helpers/shared.js';

const BIN = join(ROOT, 'dist/src/cli/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'ng-cli-'));

function cli(args: string[], input?: string | Uint8Array) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function oneLineError(r: ReturnType<typeof cli>, code: number, pattern: RegExp) {
  assert.equal(r.code, code, r.stderr);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:/);
}

test('--help, --version and command help', () => {
  assert.match(cli(['--help']).stdout, /analyze/);
  assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  assert.match(cli(['analyze', '--help']).stdout, /--published YYYY-MM-DD/);
});

test('usage errors exit 2', () => {
  oneLineError(cli([]), 2, /usage|command/);
  oneLineError(cli(['frobnicate']), 2, /unknown command "frobnicate"/);
  oneLineError(cli(['analyze', '--bogus']), 2, /--bogus/);
  oneLineError(cli(['analyze', '--format', 'xml', 'a.txt']), 2, /--format xml: expected json or pretty/);
  oneLineError(cli(['analyze', '--published', '2026-02-30', 'a.txt']), 2, /--published 2026-02-30: expected a date/);
  oneLineError(cli(['analyze', '--lang', 'xx', 'a.txt']), 2, /--lang xx/);
  oneLineError(cli(['analyze', '--max-bytes', '-5', 'a.txt']), 2, /--max-bytes/);
  oneLineError(cli(['analyze', '--max-bytes', 'lots', 'a.txt']), 2, /--max-bytes lots: expected a positive whole number/);
});

test('input errors exit 1 and name the input', () => {
  oneLineError(cli(['analyze', 'missing.txt']), 1, /missing\.txt: no such file/);
  oneLineError(cli(['analyze', '.']), 1, /\.: is a directory/);
  writeFileSync(join(dir, 'empty.txt'), '');
  oneLineError(cli(['analyze', 'empty.txt']), 1, /empty\.txt: the input is empty/);
  writeFileSync(join(dir, 'blank.txt'), ' \n\u3000\n');
  oneLineError(cli(['analyze', 'blank.txt']), 1, /blank\.txt: the input is empty/);
  writeFileSync(join(dir, 'image.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  oneLineError(cli(['analyze', 'image.png']), 1, /image\.png: looks like binary data/);
  writeFileSync(join(dir, 'junk.txt'), Uint8Array.from([0x82, 0xff, 0xfe, 0x80, 0x85, 0xfd, 0xa0, 0xff, 0x81]));
  oneLineError(cli(['analyze', 'junk.txt']), 1, /junk\.txt: bytes are not valid/);
  writeFileSync(join(dir, 'big.txt'), '政府は発表した。'.repeat(100));
  oneLineError(cli(['analyze', '--max-bytes', '100', 'big.txt']), 1, /big\.txt: larger than 100 bytes/);
  oneLineError(cli(['analyze', '--max-bytes', '100', '-'], '政府は発表した。'.repeat(100)), 1, /standard input: larger than 100 bytes/);
  oneLineError(cli(['analyze', '-'], ''), 1, /standard input: the input is empty/);
  oneLineError(cli(['analyze', '--jsonl', 'missing.jsonl']), 1, /missing\.jsonl: no such file/);
});

test('an article from a file and from standard input, as JSON and pretty', () => {
  writeFileSync(join(dir, 'sj.txt'), encodeLegacy('首相が会見\n\n2025年1月2日\n\n首相は記者会見で方針を説明した。', 'shift_jis'));
  const r = cli(['analyze', 'sj.txt']);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout) as { document: { title: string; published: string } };
  assert.deepEqual([a.document.title, a.document.published], ['首相が会見', '2025-01-02']);
  const p = cli(['analyze', '--format', 'pretty', '--published', '2025-03-04', '-'], '見出し\n\n本文である。');
  assert.equal(p.code, 0, p.stderr);
  assert.match(p.stdout, /^見出し\npublished 2025-03-04 \(caller\)/);
  assert.doesNotMatch(p.stdout, /\x1b\[/); // not a terminal: no colour
});

test('a JSONL batch keeps order, reports a bad line as a record and goes on', () => {
  const input = ['{"id":"a","text":"一つ目の記事です。"}', '{broken', '', '{"id":"c","text":"三つ目の記事です。","published":"2025-01-01"}'].join('\n');
  const r = cli(['analyze', '--jsonl', '-'], input);
  assert.equal(r.code, 0);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id?: string; error?: string; document?: { id: string; published: string } });
  assert.equal(lines.length, 3);
  assert.equal(lines[0]!.document!.id, 'a');
  assert.deepEqual(lines[1], { id: null, error: 'line 2: not valid JSON — each line must be one JSON object' });
  assert.deepEqual([lines[2]!.document!.id, lines[2]!.document!.published], ['c', '2025-01-01']);
  assert.match(r.stderr, /1 of 4 lines failed/);
});
