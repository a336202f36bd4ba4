import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trailingNavigation } from './nav-box.js';

const cut = (text: string): string | null => {
  const at = trailingNavigation(text, 0, text.length);
  return at === null ? null : text.slice(at);
};

test('a box begins at its category label: after a sentence, or right after the date of a cited source', () => {
  assert.equal(cut('本文だ。『見出し』。某紙、2020年1月2日。大会情報最近の記事決勝は雨で順延。'), '大会情報最近の記事決勝は雨で順延。');
  assert.equal(cut('本文だ。"見出し"。某紙、2020年1月2日大会情報最近の記事決勝は雨で順延。'), '大会情報最近の記事決勝は雨で順延。');
  assert.equal(cut('本文だ。某地震地震のデータ震源深さ:10km規模M6.0最近の記事余震が続く'), '某地震地震のデータ震源深さ:10km規模M6.0最近の記事余震が続く');
});

test('no box when prose follows the title, or when the label holds a sentence', () => {
  assert.equal(cut('本文だ。大会情報最近の記事決勝は順延。その後、試合が行われた。'), null);
  assert.equal(cut('最近の記事によると値上げが続いている。'), null);
});

test('sister-project notices count only after cited sources or at the start', () => {
  assert.equal(cut('『見出し』。某紙、2020年1月2日。ウィキペディアに某橋に関する記事があります。'), 'ウィキペディアに某橋に関する記事があります。');
  assert.equal(cut('ウィキメディア・コモンズに某橋に関するカテゴリがあります。'), 'ウィキメディア・コモンズに某橋に関するカテゴリがあります。');
  assert.equal(cut('橋が開通した。ウィキペディアに某橋に関する記事があります。'), null);
});
