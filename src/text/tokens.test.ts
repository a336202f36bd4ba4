import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { Doc } from '../doc.js';
import { loadTokenizer } from './tokenizer.js';
import { tokens } from './tokens.js';

before(() => loadTokenizer());

test('tokens cover each sentence with exact offsets into the whole text', () => {
  const text = '見出し\n\n外相は北京で会談した。𠮷野家も。';
  const doc = new Doc({ text }).set('sentences', [
    { start: 0, end: 3, section: 'title' }, { start: 5, end: 16, section: 'body' }, { start: 16, end: 22, section: 'body' },
  ]);
  const out = tokens.run(doc, {}).get('tokens');
  assert.equal(out.map((t) => text.slice(t.start, t.end)).join(''), '見出し外相は北京で会談した。𠮷野家も。');
  const kaidan = out.find((t) => text.slice(t.start, t.end) === '会談');
  assert.ok(kaidan && kaidan.pos === '名詞');
  const shita = out.find((t) => text.slice(t.start, t.end) === 'し');
  assert.equal(shita?.base, 'する');
});
