/**
 * Every fixture's output validates against the repository's JSON Schema of the contract, and the shared contract
 * checker (../shared/tools/check-contract.mjs) accepts it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { analyseFixture, fixtureInputs } from './helpers/fixtures.js';
import { ROOT, SHARED, needsShared } from './helpers/shared.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema/analysis.schema.json'), 'utf8')) as object;

test('every fixture output validates against schema/analysis.schema.json', async () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  for (const name of fixtureInputs()) {
    for (const a of [await analyseFixture(name)].flat()) {
      if (!('text' in a)) continue;
      assert.ok(validate(a), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  }
});

test('the schema rejects a broken analysis', () => {
  const validate = new Ajv2020({ strict: false }).compile(schema);
  assert.equal(validate({ schema: 'newsgraph.analysis/v1', text: 'x' }), false);
  const bad = {
    schema: 'newsgraph.analysis/v1', text: 'x', sentences: [], entities: [{ id: 'kb:a', name: 'a', type: 'PEOPLE', mentions: [] }],
    quotes: [], events: [], times: [], quantities: [], warnings: [],
    document: { id: 'a', lang: 'ja', title: null, published: '2026/02/10', author: null, source: null, body: [], captions: [], sources: [] },
  };
  assert.equal(validate(bad), false);
});

test('the shared contract checker accepts every fixture output', { skip: needsShared() }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-contract-'));
  for (const name of fixtureInputs()) {
    const out = join(dir, `${name}.jsonl`);
    writeFileSync(out, [await analyseFixture(name)].flat().map((a) => JSON.stringify(a)).join('\n'));
    const r = spawnSync(process.execPath, [join(SHARED, 'tools/check-contract.mjs'), out], { encoding: 'utf8' });
    assert.equal(r.status, 0, `${name}: ${r.stdout}`);
  }
});
