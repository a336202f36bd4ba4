/**
 * Golden tests: each fixture's analysis must equal its reviewed `fixtures/NAME.json`. After an intended change,
 * regenerate with `UPDATE=1 npm test` and review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyseFixture, FIXTURES, fixtureInputs } from './helpers/fixtures.js';

const update = process.env.UPDATE === '1';

test('there are golden fixtures of every shape the issue names', () => {
  const names = fixtureInputs();
  assert.ok(names.length >= 6, names.join(', '));
  for (const ext of ['.txt', '.html', '.jsonl']) assert.ok(names.some((n) => n.endsWith(ext)), ext);
});

for (const name of fixtureInputs()) {
  test(`golden: ${name}`, async () => {
    const out = `${JSON.stringify(await analyseFixture(name), null, 1)}\n`;
    const golden = join(FIXTURES, name.replace(/\.[^.]+$/, '.json'));
    if (update || !existsSync(golden)) {
      writeFileSync(golden, out);
      if (!update) assert.fail(`${golden} did not exist: written, review it and rerun`);
      return;
    }
    assert.equal(out, readFileSync(golden, 'utf8'), `${name}: analysis differs from its golden file (UPDATE=1 to regenerate)`);
  });
}
