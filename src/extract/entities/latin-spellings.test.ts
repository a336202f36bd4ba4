import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../analyze.js';
import { katakanaKey, latinKeys, latinWords } from './latin-spellings.js';

test('Latin words of a run, glued capitals and initials split off', () => {
  assert.deepEqual(latinWords('JohnG.RobertsJr.'), ['John', 'Roberts']);
  assert.deepEqual(latinWords('TheNation'), ['Nation']);
  assert.deepEqual(latinWords('Angela Merkel'), ['Angela', 'Merkel']);
});

test('Latin and katakana spellings of a name reduce to the same key', () => {
  for (const [latin, kana] of [
    ['Roberts', 'ロバーツ'], ['Nation', 'ネーション'], ['Clinton', 'クリントン'], ['Thaksin', 'タクシン'], ['Putin', 'プーチン'],
    ['Saakashvili', 'サアカシュビリ'], ['Merkel', 'メルケル'], ['Guardian', 'ガーディアン'], ['John', 'ジョン'],
  ]) assert.ok(latinKeys(latin!).includes(katakanaKey(kana!)), `${latin} / ${kana}`);
  assert.ok(!latinKeys('Roberts').includes(katakanaKey('ロイター')));
  assert.ok(!latinKeys('Nation').includes(katakanaKey('ナイロビ')));
});

test('a Latin spelling elsewhere in the article joins the katakana entity, and only that', async () => {
  const text = '英紙ガーディアンは10日、メルケル首相が辞意を固めたと報じた。メルケル首相は会見に応じなかった。'
    + '参考:TheGuardian『MerkelToStepDown』。2021年1月10日。Johnson氏のコメントはない。';
  const a = await analyze({ text });
  const owner = (s: string) => a.entities.find((e) => e.mentions.some((m) => m.text === s));
  assert.equal(owner('TheGuardian'), owner('ガーディアン'));
  assert.ok(owner('TheGuardian'));
  assert.notEqual(owner('Johnson'), owner('ガーディアン'));
});

test('a Latin name the tagger found on its own joins its katakana spelling', async () => {
  const text = '米紙ニューヨーク・タイムズによると、交渉は難航している。出典:TheNewYorkTimes『TalksStall』。2021年2月3日。';
  const a = await analyze({ text });
  const owner = (s: string) => a.entities.find((e) => e.mentions.some((m) => m.text.includes(s)));
  assert.ok(owner('ニューヨーク・タイムズ'));
  assert.equal(owner('NewYorkTimes'), owner('ニューヨーク・タイムズ'));
});
