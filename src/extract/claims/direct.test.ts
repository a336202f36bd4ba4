import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadTokenizer } from '../../text/tokenizer.js';
import { quotesOf, summary } from './testing.js';

before(() => loadTokenizer());

test('a bracketed quotation before a speech cue is direct speech by the topic', () => {
  const [q, ...rest] = quotesOf('外務省の田中一郎報道官は「両国の対話は続く」と述べた。');
  assert.equal(rest.length, 0);
  assert.equal(q?.kind, 'direct');
  assert.equal(q?.speaker_text, '田中一郎報道官');
  assert.equal(q?.content.text, '両国の対話は続く');
  assert.equal(q?.cue?.text, 'と述べた');
});

test('speech cues in every inflection and continuation', () => {
  const cues: [string, string][] = [
    ['と述べ、会場を後にした', 'と述べ'], ['と語り、会場を後にした', 'と語り'], ['とも述べた', 'とも述べた'],
    ['と述べたという', 'と述べた'], ['と話している', 'と話している'], ['と強調した', 'と強調した'], ['と記した', 'と記した'],
    ['と明らかにした', 'と明らかにした'], ['とした', 'とした'], ['と答えた', 'と答えた'], ['と指摘しており、', 'と指摘しており'],
    ['と批判。', 'と批判'], ['と説明しました', 'と説明しました'], ['と分析している', 'と分析している'],
    ['と述べるにとどめた', 'と述べる'], ['と述べつつ、', 'と述べ'],
  ];
  for (const [tail, cue] of cues) {
    const qs = quotesOf(`山本氏は「準備は整った」${tail}${tail.endsWith('。') ? '' : '。'}`);
    assert.deepEqual(summary(qs), ['direct 山本氏: 準備は整った'], tail);
    assert.equal(qs[0]!.cue?.text, cue, tail);
  }
});

test('several quotations of one speaker, each with its cue, and brackets chained before one cue', () => {
  assert.deepEqual(summary(quotesOf('鈴木社長は自身のブログで新製品を紹介し、「開発に三年かかった」と説明し、売れ行きは「想定以上だ」と記した。')), [
    'direct 鈴木社長: 開発に三年かかった', 'direct 鈴木社長: 想定以上だ',
  ]);
  assert.deepEqual(summary(quotesOf('鈴木社長は「感謝している」「来年も挑戦する」と語った。')), [
    'direct 鈴木社長: 感謝している', 'direct 鈴木社長: 来年も挑戦する',
  ]);
});

test('the speaker named after the quotation', () => {
  const [q] = quotesOf('「交渉は最終段階にある」と外相は記者団に語った。');
  assert.equal(q?.speaker_text, '外相');
  assert.equal(q?.cue?.text, '語った');
  assert.deepEqual(summary(quotesOf('「期限は守る」と、会見に臨んだ運輸省の木下次官が強調した。')), ['direct 木下次官: 期限は守る']);
});

test('a quotation standing in its own sentence after 次のように述べた', () => {
  assert.deepEqual(summary(quotesOf('佐藤教授は講演で次のように述べた。「技術は社会を映す鏡だ」。')), ['direct 佐藤教授: 技術は社会を映す鏡だ']);
});

test('a quotation nested in another belongs to the inner speaker when one is named', () => {
  assert.deepEqual(summary(quotesOf('高橋氏は「部下の村井氏は『もう限界だ』と漏らしていた」と語った。')), [
    'direct 高橋氏: 部下の村井氏は『もう限界だ』と漏らしていた', 'direct 村井氏: もう限界だ',
  ]);
  assert.deepEqual(summary(quotesOf('高橋氏は「『もう限界だ』と何度も聞いた」と語った。')), ['direct 高橋氏: 『もう限界だ』と何度も聞いた']);
});

test('a partial quotation inside an indirect claim and a quoted label before として', () => {
  assert.deepEqual(summary(quotesOf('委員長は、今回の判断を「苦渋の決断」であるとして理解を求めた。')), ['direct 委員長: 苦渋の決断']);
  assert.deepEqual(summary(quotesOf('大川氏は記者会見で、「地域の再生」のために働きたいと述べた。')), ['indirect 大川氏: 「地域の再生」のために働きたい']);
});

test('「…」などと批判を強めている: the quotation ends before など, and 批判を強める is a cue', () => {
  assert.deepEqual(summary(quotesOf('野党は「説明が足りない」などと批判を強めている。')), ['direct 野党: 説明が足りない']);
});

test('「…」と応じた answers in words', () => {
  assert.deepEqual(summary(quotesOf('習氏は「前向きに検討する」と応じた。')), ['direct 習氏: 前向きに検討する']);
});

test('apologies and thanks report a bracketed quotation (と陳謝した, とおわびした, と謝意を示した)', () => {
  assert.deepEqual(summary(quotesOf('山田社長は「ご迷惑をおかけした」と陳謝した。')), ['direct 山田社長: ご迷惑をおかけした']);
  assert.deepEqual(summary(quotesOf('山田社長は会見で陳謝した。')), [], 'an apology with no words quoted is no quote');
});
