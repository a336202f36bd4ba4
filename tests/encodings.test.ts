/**
 * The same article saved as UTF-8, Shift_JIS (CP932) and EUC-JP gives the identical analysis; a text with a
 * character Shift_JIS lacks cannot be saved so, and a file in the wrong encoding never turns into mojibake.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Analysis } from '../src/analysis/contract.js';
import { analyze } from '../src/analyze.js';
import { readArticle } from '../src/ingest/read.js';
import { encodeLegacy } from './helpers/legacy-encode.js';
import { DEV, needsShared } from './helpers/shared.js';

/** The analysis without what legitimately differs: the source path and the note of the encoding. */
function comparable(a: Analysis) {
  return { ...a, document: { ...a.document, source: null }, warnings: a.warnings.filter((w) => w.rule !== 'ingest/encoding') };
}

test('wikinews-1454 as Shift_JIS and as EUC-JP analyses exactly as its UTF-8 original', { skip: needsShared() }, async () => {
  const original = join(DEV, 'wikinews-1454.txt');
  const text = readFileSync(original, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'ng-enc-'));
  const base = comparable(await analyze(await readArticle(original)));
  for (const encoding of ['shift_jis', 'euc-jp'] as const) {
    const path = join(dir, `wikinews-1454.${encoding}.txt`);
    writeFileSync(path, encodeLegacy(text, encoding));
    const article = await readArticle(path);
    assert.deepEqual(article.warnings, [{ message: `decoded from ${encoding}`, rule: 'ingest/encoding' }]);
    assert.deepEqual(comparable(await analyze(article)), base, encoding);
  }
});

test('the founding article cannot be written in Shift_JIS (俠 and the no-break space have no code)', { skip: needsShared() }, () => {
  const text = readFileSync(join(DEV, 'xi-calls-2026-02.txt'), 'utf8');
  assert.throws(() => encodeLegacy(text, 'shift_jis'), /has no code/);
});

test('a Shift_JIS file read as UTF-8 by force is refused, not turned into mojibake', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-enc-'));
  const path = join(dir, 'a.txt');
  writeFileSync(path, encodeLegacy('政府は会見で発表した。', 'shift_jis'));
  await assert.rejects(readArticle(path, { encoding: 'utf-8' }), /not valid UTF-8/);
  assert.equal((await readArticle(path)).text, '政府は会見で発表した。');
});
