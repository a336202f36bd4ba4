import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadTokenizer } from '../../text/tokenizer.js';
import { quotesOf, summary } from './testing.js';

before(() => loadTokenizer());

test('names and titles in brackets are no speech', () => {
  for (const text of [
    '彼女は番組「未来への扉」で司会を務めた。', '首相はSNS「ミライ」で写真を公開した。', '作家の森氏は『海辺の町』を出版した。',
    'いわゆる「隠れ債務」の問題が注目されている。', '政党「新しい風」が結成された。',
  ]) assert.deepEqual(quotesOf(text), [], text);
});

test('brackets followed by naming words are no speech: と呼ばれる, という名の, と題する', () => {
  for (const text of ['この現象は「沈黙の危機」と呼ばれる。', '「青い鳥」という名の船が入港した。', '協会は「明日への道」と題する報告書を公表した。']) {
    assert.deepEqual(quotesOf(text), [], text);
  }
});

test('impersonal, negated and conditional cues are no speech', () => {
  for (const text of [
    '経済は回復に向かうとみられる。', '計画は中止されたと伝えられる。', '首相は辞任するとされている。',
    '大臣は「問題はない」とは述べなかった。', '警察は容疑者を窃盗犯とした。', '政府は、五年で完了するとした計画を見直した。',
    '男はナイフで警官に襲いかかろうとした。',
  ]) assert.deepEqual(quotesOf(text), [], text);
});

test('としても is a concession inside the claim, not a cue', () => {
  assert.deepEqual(summary(quotesOf('山下氏は、合意したとしても効果は限られると述べた。')), ['indirect 山下氏: 合意したとしても効果は限られる']);
});

test('…によると思われる, …によるとみられる give a supposed cause, not a cited source', () => {
  for (const text of ['倉庫の火事はたばこの不始末によると思われる。', '停電は落雷によるとみられる。', '事故は整備不良によると考えられている。']) {
    assert.deepEqual(quotesOf(text), [], text);
  }
  assert.deepEqual(summary(quotesOf('東都新聞によると、停電は落雷によるとみられる。')), ['reported 東都新聞: 停電は落雷によるとみられる']);
});
