import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadTokenizer } from '../../text/tokenizer.js';
import { quotesOf, summary } from './testing.js';

before(() => loadTokenizer());

test('…によると: the cited source reports the rest of the sentence', () => {
  const [q] = quotesOf('共同通信によると、東京の株価は三日連続で下落した。');
  assert.equal(q?.kind, 'reported');
  assert.equal(q?.speaker_text, '共同通信');
  assert.equal(q?.cue?.text, 'によると');
  assert.equal(q?.content.text, '東京の株価は三日連続で下落した');
});

test('every marker: によれば, に拠ると, の発表では, の調べでは, が報じたところによると', () => {
  assert.deepEqual(summary(quotesOf('時事通信によれば、選挙は来月行われる。')), ['reported 時事通信: 選挙は来月行われる']);
  assert.deepEqual(summary(quotesOf('地元紙に拠ると、橋は年内に開通する。')), ['reported 地元紙: 橋は年内に開通する']);
  assert.deepEqual(summary(quotesOf('消防庁の発表では、けが人は五人にのぼった。')), ['reported 消防庁: けが人は五人にのぼった']);
  assert.deepEqual(summary(quotesOf('県警の調べでは、男は容疑を認めている。')), ['reported 県警: 男は容疑を認めている']);
  assert.deepEqual(summary(quotesOf('中央テレビが報じたところによると、両国は共同声明を出す。')), ['reported 中央テレビ: 両国は共同声明を出す']);
});

test('a source cited through its document: Xの投稿によると, Xによる会見内容によると, X発表によると', () => {
  assert.deepEqual(summary(quotesOf('山田大臣の投稿によると、会談は予定どおり開かれた。')), ['reported 山田大臣: 会談は予定どおり開かれた']);
  assert.deepEqual(summary(quotesOf('官邸による会見内容によると、首相は復興を最優先にする。')), ['reported 官邸: 首相は復興を最優先にする']);
  assert.deepEqual(summary(quotesOf('警察発表によると、逮捕されたのは二人だ。')), ['reported 警察: 逮捕されたのは二人だ']);
  assert.deepEqual(summary(quotesOf('東都新聞の別の記事によると、橋は来年完成する。')), ['reported 東都新聞: 橋は来年完成する']);
  assert.deepEqual(summary(quotesOf('乗客の山口さんが記者に語った話によると、車内は混乱していた。')), ['reported 山口さん: 車内は混乱していた']);
  assert.deepEqual(summary(quotesOf('気象庁の14日の発表(第4報)によると、余震は続く。')), ['reported 気象庁: 余震は続く']);
  assert.deepEqual(summary(quotesOf('ソースウォッチの調べによると、その団体は政権に近い。')), ['reported ソースウォッチ: その団体は政権に近い']);
});

test('coordinated sources each report the content', () => {
  assert.deepEqual(summary(quotesOf('東都新聞や北海日報によると、知事は再選を目指す。')), [
    'reported 東都新聞: 知事は再選を目指す', 'reported 北海日報: 知事は再選を目指す',
  ]);
});

test('unnamed sources: 関係者によると keeps the words and has no speaker', () => {
  const [q] = quotesOf('関係者によると、交渉は来週再開される。', [{ id: 'local:x', forms: ['関係者'] }]);
  assert.equal(q?.speaker, null);
  assert.equal(q?.speaker_text, '関係者');
});

test('a source and the speaker it quotes are two records', () => {
  assert.deepEqual(summary(quotesOf('共同通信によると、小池知事は「感染対策を続ける」と述べた。')), [
    'reported 共同通信: 小池知事は「感染対策を続ける」と述べた', 'direct 小池知事: 感染対策を続ける',
  ]);
});

test('それによると points back to the speaker of the sentence before and adds no source', () => {
  assert.deepEqual(summary(quotesOf('野党の党首は声明を出した。それによると、「政府の説明は不十分だ」と批判している。')), [
    'direct 野党の党首: 政府の説明は不十分だ',
  ]);
});

test('によるとして is not a citation of the sentence', () => {
  assert.deepEqual(summary(quotesOf('東都新聞は、通信社によるとしてこれを伝えた。')), []);
});
