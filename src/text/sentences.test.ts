import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from './sentences.js';

const split = (text: string) => splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end));

test('。 ends a sentence, but never inside 「」『』（）', () => {
  assert.deepEqual(split('彼は「問題ない。心配するな。」と述べた。次の文だ。'), ['彼は「問題ない。心配するな。」と述べた。', '次の文だ。']);
  assert.deepEqual(split('書名は『春。夏。』である。会見（午後。）は短かった。'), ['書名は『春。夏。』である。', '会見（午後。）は短かった。']);
});

test('nested brackets close in order', () => {
  assert.deepEqual(split('「彼は『行く。』と言った。」と話した。終わり。'), ['「彼は『行く。』と言った。」と話した。', '終わり。']);
});

test('line breaks always end a sentence and reset an unclosed bracket', () => {
  assert.deepEqual(split('見出し「速報\n本文だ。続く。'), ['見出し「速報', '本文だ。', '続く。']);
});

test('an unbalanced bracket cannot swallow a long paragraph', () => {
  const text = `「${'あ'.repeat(900)}。次だ。`;
  assert.equal(split(text).length, 2);
});

test('! and ? and repeated marks', () => {
  assert.deepEqual(split('本当か？本当だ！！そうか。'), ['本当か？', '本当だ！！', 'そうか。']);
});

test('English sentences, with abbreviations kept whole', () => {
  assert.deepEqual(split('Mr. Smith met Dr. Lee in the U.S. on Monday. They talked. "Fine," he said.'), [
    'Mr. Smith met Dr. Lee in the U.S. on Monday.', 'They talked.', '"Fine," he said.',
  ]);
});

test('a half-width corner bracket closes a full-width one (「社名｣), so the paragraph still splits', () => {
  assert.deepEqual(split('会社「ミート社｣の事件だ。次の文だ。｢別｣の例だ。'), ['会社「ミート社｣の事件だ。', '次の文だ。', '｢別｣の例だ。']);
});
