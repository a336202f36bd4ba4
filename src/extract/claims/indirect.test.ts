import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadTokenizer } from '../../text/tokenizer.js';
import { quotesOf, summary } from './testing.js';

before(() => loadTokenizer());

test('a clause before と発表した is indirect speech, without the speaker and the cue', () => {
  const [q] = quotesOf('経済産業省は、来年度から補助金の対象を広げると発表した。');
  assert.equal(q?.kind, 'indirect');
  assert.equal(q?.speaker_text, '経済産業省');
  assert.equal(q?.content.text, '来年度から補助金の対象を広げる');
  assert.equal(q?.cue?.text, 'と発表した');
});

test('the claim starts after について framing, connectives and time adverbials', () => {
  assert.deepEqual(summary(quotesOf('林教授は、新しい規制について、中小企業の負担が重くなると指摘した。')), ['indirect 林教授: 中小企業の負担が重くなる']);
  assert.deepEqual(summary(quotesOf('消防局は3日、火災の原因は漏電だったと発表した。')), ['indirect 消防局: 火災の原因は漏電だった']);
});

test('stance cues: との見方を示した, との考えを示した, …考えを示した', () => {
  assert.deepEqual(summary(quotesOf('日銀の幹部は、景気は緩やかに回復しているとの見方を示した。')), ['indirect 日銀の幹部: 景気は緩やかに回復している']);
  assert.deepEqual(summary(quotesOf('知事は、新しい空港の建設を急ぐべきだとの考えを示した。')), ['indirect 知事: 新しい空港の建設を急ぐべきだ']);
  assert.deepEqual(summary(quotesOf('市長は、予算案を撤回しない考えを示した。')), ['indirect 市長: 予算案を撤回しない考え']);
});

test('objects of announcing verbs: …ことを明らかにした, 自らの辞任を表明した — not a bare 支持を表明', () => {
  assert.deepEqual(summary(quotesOf('横浜市は、来月から水道料金を引き上げることを明らかにした。')), ['indirect 横浜市: 来月から水道料金を引き上げること']);
  assert.deepEqual(summary(quotesOf('首相は記者会見を開き、自らの辞任を表明した。')), ['indirect 首相: 自らの辞任']);
  assert.deepEqual(quotesOf('会長は支持を表明した。'), []);
});

test('hedged and believed claims: としている, とみている', () => {
  assert.deepEqual(summary(quotesOf('運営会社は、品質に問題はないとしている。')), ['indirect 運営会社: 品質に問題はない']);
  assert.deepEqual(summary(quotesOf('アナリストらは、株価は年末まで上昇を続けるとみている。')), ['indirect アナリストら: 株価は年末まで上昇を続ける']);
});

test('two claims of one speaker: …と述べ、…と分析した', () => {
  assert.deepEqual(summary(quotesOf('木村准教授は、政府の対応は遅すぎたと述べ、原因は情報共有の不足だと分析した。')), [
    'indirect 木村准教授: 政府の対応は遅すぎた', 'indirect 木村准教授: 原因は情報共有の不足だ',
  ]);
});

test('requests: …するよう呼びかけた', () => {
  assert.deepEqual(summary(quotesOf('気象庁は、沿岸の住民に早めに避難するよう呼びかけた。')), ['indirect 気象庁: 沿岸の住民に早めに避難する']);
});

test('a claim embedded in another is part of the outer claim', () => {
  assert.deepEqual(summary(quotesOf('大野氏は、中国は影響力を広げたいと考えていると述べた。')), ['indirect 大野氏: 中国は影響力を広げたいと考えている']);
});

test('voices raised by a group: Xからは、…との声が上がっている', () => {
  assert.deepEqual(summary(quotesOf('専門家からは、政府の説明は不十分だとの声が上がっている。')), ['indirect 専門家: 政府の説明は不十分だ']);
  assert.deepEqual(summary(quotesOf('与党からも、増税は避けるべきだとの意見が出ている。')), ['indirect 与党: 増税は避けるべきだ']);
});

test('…したことも明らかにした is an announced claim, and 同報道官 is the unnamed official heard before', () => {
  const qs = quotesOf('中国外務省の報道官は「歴史を直視すべきだ」と述べた。同報道官はまた、日本側に抗議したことも明らかにした。', [{ id: 'kb:mfa-china', type: 'ORG', forms: ['中国外務省'] }]);
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker, q.content.text]), [
    ['direct', 'kb:mfa-china', '歴史を直視すべきだ'], ['indirect', 'kb:mfa-china', '日本側に抗議したこと'],
  ]);
});

test('a belief stated as the sentence end is a claim (…とみる。), one in passing is not', () => {
  assert.deepEqual(summary(quotesOf('佐藤一郎教授は、長期化は避けられないとみる。')), ['indirect 佐藤一郎教授: 長期化は避けられない']);
  assert.deepEqual(summary(quotesOf('長期化は避けられないとみる向きもあるが、佐藤教授は楽観的だ。')), []);
});

test('a time with に before a comma is no part of the claim (2019年6月3日に、…と発言した); a place with に is', () => {
  assert.deepEqual(summary(quotesOf('青木会長は2019年6月3日に、予算は見直すべきだと発言した。')), ['indirect 青木会長: 予算は見直すべきだ']);
  assert.deepEqual(summary(quotesOf('青木会長は、札幌に、新しい支部を置くと述べた。')), ['indirect 青木会長: 札幌に、新しい支部を置く']);
});
