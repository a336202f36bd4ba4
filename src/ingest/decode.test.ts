import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeLegacy } from '../../tests/helpers/legacy-encode.js';
import { NewsgraphError } from '../errors.js';
import { decode } from './decode.js';

const TEXT = '防衛省は12日、北朝鮮が弾道ミサイルを発射したと発表した。「断じて容認できない」と述べた。';

test('UTF-8 with and without a BOM', () => {
  const bytes = Buffer.from(TEXT, 'utf8');
  assert.deepEqual(decode(bytes, 'a'), { text: TEXT, encoding: 'utf-8' });
  assert.deepEqual(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), 'a'), { text: TEXT, encoding: 'utf-8' });
});

test('UTF-16 with a BOM, little and big endian', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
  assert.deepEqual(decode(le, 'a'), { text: TEXT, encoding: 'utf-16le' });
  const be = Buffer.from(TEXT, 'utf16le').swap16();
  assert.deepEqual(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a'), { text: TEXT, encoding: 'utf-16be' });
});

test('Shift_JIS and EUC-JP are detected and decoded', () => {
  assert.deepEqual(decode(encodeLegacy(TEXT, 'shift_jis'), 'a'), { text: TEXT, encoding: 'shift_jis' });
  assert.deepEqual(decode(encodeLegacy(TEXT, 'euc-jp'), 'a'), { text: TEXT, encoding: 'euc-jp' });
});

test('a forced encoding is used as given', () => {
  assert.equal(decode(encodeLegacy(TEXT, 'euc-jp'), 'a', 'euc-jp').text, TEXT);
  assert.throws(() => decode(encodeLegacy(TEXT, 'euc-jp'), 'a', 'utf-8'), (e: unknown) => e instanceof NewsgraphError && e.code === 'undecodable');
});

test('binary data and undecodable bytes are refused with catalogued errors', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1]);
  assert.throws(() => decode(png, 'x.png'), (e: unknown) => e instanceof NewsgraphError && e.code === 'binary-input' && /x\.png/.test(e.message));
  const junk = Uint8Array.from([0x82, 0xff, 0xfe, 0x80, 0x85, 0xfd, 0xa0, 0xff]);
  assert.throws(() => decode(junk, 'junk'), (e: unknown) => e instanceof NewsgraphError && e.code === 'undecodable');
});
