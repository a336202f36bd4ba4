import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentId, entityKey, normName } from './keys.js';

await test('names compare without width, case, spaces, middle dots or honorifics', () => {
  assert.equal(normName('ドナルド・トランプ氏'), normName('ドナルドトランプ'));
  assert.equal(normName('Ｘｉ　Ｊｉｎｐｉｎｇ'), 'xijinping');
  assert.equal(normName('氏'), '氏');
});

await test('entity keys: the KB id, else the type and normalised name', () => {
  assert.equal(entityKey({ id: 'kb:xi-jinping', name: '習近平', type: 'PERSON' }), 'kb:xi-jinping');
  assert.equal(entityKey({ id: 'local:3', name: 'ルラ氏', type: 'PERSON' }), 'local:PERSON:ルラ');
  assert.notEqual(entityKey({ id: 'local:1', name: 'ジョージア', type: 'GPE' }), entityKey({ id: 'local:2', name: 'ジョージア', type: 'PERSON' }));
});

await test('content ids are the sha256 of the text', () => {
  assert.equal(contentId('abc'), 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});
