import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKbDir, SHIPPED_KB_DIR } from '../../../kb/load.js';
import { DEMONYMS, demonymEndingAt, demonymEntry } from './demonyms.js';
import { wordsOf } from './runs.js';

test('every demonym names a country (or the EU) of the shipped knowledge base', () => {
  const kb = loadKbDir(SHIPPED_KB_DIR);
  for (const [word, id] of DEMONYMS) {
    if (!id) continue;
    const e = kb.get(id);
    assert.ok(e, `${word} → ${id}`);
    assert.ok(e.type === 'GPE' || id === 'eu', `${word} → ${id} is a ${e.type}`);
  }
});

test('demonyms of one and two words; regional adjectives name no entry', () => {
  assert.equal(demonymEntry('Chinese'), 'china');
  assert.equal(demonymEntry('South  Korean'), 'south-korea');
  assert.equal(demonymEntry('Western'), null);
  assert.equal(demonymEntry('China'), null);
  const text = 'the South Korean and Western leaders';
  const words = wordsOf(text);
  const span = demonymEndingAt(words, 2)!;
  assert.equal(text.slice(span.start, span.end), 'South Korean');
  assert.equal(demonymEndingAt(words, 4), null);
});
