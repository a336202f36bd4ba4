/**
 * `newsgraph analyze --kb FILE`: a user's own entries extend the shipped knowledge base; a malformed file is
 * refused with file:line before any article is read.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Analysis } from '../src/analysis/contract.js';
import { ROOT } from './helpers/shared.js';

const BIN = join(ROOT, 'dist/src/cli/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'ng-kb-'));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

writeFileSync(join(dir, 'article.txt'), '北海重工の佐々木健太社長は、中国の習近平国家主席と会談した。北海重工は声明を出した。\n');
writeFileSync(join(dir, 'mine.yaml'), [
  '# my own entries',
  '- id: hokkai-heavy',
  '  type: ORG',
  '  names: {ja: 北海重工, en: Hokkai Heavy Industries}',
  '  country: japan',
  '- id: kenta-sasaki',
  '  type: PERSON',
  '  names: {ja: 佐々木健太, en: Kenta Sasaki}',
  '  roles: [{title: 社長, org: hokkai-heavy, from: 2021-06}]',
  '',
].join('\n'));

test('--kb adds a user\'s entries to the shipped knowledge base', () => {
  const r = cli(['analyze', 'article.txt', '--kb', 'mine.yaml']);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout) as Analysis;
  const firm = a.entities.find((e) => e.id === 'kb:hokkai-heavy');
  assert.deepEqual(firm?.mentions.map((m) => m.text), ['北海重工', '北海重工']);
  assert.equal(firm?.names.en, 'Hokkai Heavy Industries');
  const sasaki = a.entities.find((e) => e.id === 'kb:kenta-sasaki');
  assert.deepEqual(sasaki?.roles.map((r) => [r.title, r.org]), [['社長', 'kb:hokkai-heavy']]);
  assert.ok(a.entities.some((e) => e.id === 'kb:xi-jinping'), 'the shipped entries are still there');
  const without = JSON.parse(cli(['analyze', 'article.txt']).stdout) as Analysis;
  assert.ok(!without.entities.some((e) => e.id === 'kb:hokkai-heavy'));
});

test('a malformed --kb file is refused with file:line and exit 1', () => {
  writeFileSync(join(dir, 'bad.yaml'), '- id: ok-one\n  type: ORG\n  names: {ja: 甲社}\n- id: broken\n  type: ORG\n  names: {ja: 乙社}\n  country: atlantis\n');
  const r = cli(['analyze', 'article.txt', '--kb', 'bad.yaml']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^newsgraph: bad\.yaml:4: broken: country "atlantis" is not an id in the knowledge base\n$/);
  writeFileSync(join(dir, 'clash.yaml'), '- id: china\n  type: GPE\n  names: {ja: 別の中国}\n');
  assert.match(cli(['analyze', 'article.txt', '--kb', 'clash.yaml']).stderr, /clash\.yaml:1: id "china" is already used at .*countries\.yaml:\d+/);
  assert.match(cli(['analyze', 'article.txt', '--kb', 'missing.yaml']).stderr, /missing\.yaml: no such file/);
});
