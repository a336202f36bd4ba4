import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isNamePart, nameParts } from './cluster.js';
import { isSubsequence } from './parens.js';
import { editDistance, misspells } from './typo.js';

test('edit distance stops early past its bound', () => {
  assert.equal(editDistance('ロバート', 'ロバーツ'), 1);
  assert.equal(editDistance('トゥスク', 'トランプ', 2), 3);
  assert.equal(editDistance('abc', 'abcdef', 1), 2);
});

test('misspellings: one edit keeping the first letter, or a stray fragment next to an intact part', () => {
  assert.ok(misspells('ロバート', 'ロバーツ'));
  assert.ok(misspells('ドナルド・v', 'ドナルド・トランプ'));
  assert.ok(misspells('アレクサンドル・ルカシェンク', 'アレクサンドル・ルカシェンコ'));
  assert.ok(!misspells('モリソン', 'ハリソン'), 'another first sound is another name');
  assert.ok(!misspells('ドナルド・トゥスク', 'ドナルド・トランプ'));
  assert.ok(!misspells('ミハイル・ペトロワ', 'ミハイル・ペトロフ'), 'a four-letter part changed by one letter is another name');
  assert.ok(!misspells('ドナルド', 'ドナルド・トランプ'), 'a part is not a typo');
  assert.ok(!misspells('イ・x', 'イ・ミョンバク'), 'the intact part must be long enough to identify');
});

test('name parts and parenthesised abbreviations', () => {
  assert.deepEqual(nameParts('モームラーチャウォン=プリーディヤートーン・テーワクン'), ['モームラーチャウォン', 'プリーディヤートーン', 'テーワクン']);
  assert.ok(isNamePart('プリーディヤートーン・テーワクン', 'モームラーチャウォン=プリーディヤートーン・テーワクン'));
  assert.ok(isNamePart('ソンティ', 'ソンティ・ブーンヤラッガリン'));
  assert.ok(!isNamePart('ソン', 'ソンティ・ブーンヤラッガリン'));
  assert.ok(isSubsequence('中共', '中国共産党'));
  assert.ok(isSubsequence('毛派', 'ネパール共産党毛沢東主義派'));
  assert.ok(!isSubsequence('北朝鮮軍隊', '軍隊'));
});
