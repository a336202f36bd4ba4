import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadTokenizer } from '../../text/tokenizer.js';
import { quotesOf, runQuotes, summary } from './testing.js';

before(() => loadTokenizer());

test('同氏 and 同報道官 resolve to the name they refer to', () => {
  assert.deepEqual(summary(quotesOf('経済学者の青木和夫氏は、物価上昇は続くと述べた。同氏はまた、「賃金の伸びが鍵だ」と語った。')), [
    'indirect 青木和夫氏: 物価上昇は続く', 'direct 青木和夫氏: 賃金の伸びが鍵だ',
  ]);
  const qs = quotesOf('国防省の中村報道官は会見で、演習は予定どおり行うと述べた。同報道官は「周辺国への通知は済んでいる」とも述べた。');
  assert.deepEqual(summary(qs).at(-1), 'direct 中村報道官: 周辺国への通知は済んでいる');
});

test('a cue with no speaker of its own carries the speaker over from the sentence before', () => {
  assert.deepEqual(summary(quotesOf('青木氏は、物価上昇は続くと述べた。また、「賃金の伸びが鍵だ」と語った。')), [
    'indirect 青木氏: 物価上昇は続く', 'direct 青木氏: 賃金の伸びが鍵だ',
  ]);
});

test('the head name of a speaker in apposition links to its entity, not to the institute', () => {
  const [q] = quotesOf('東京の国際問題研究所の石井真一研究員は、両国の関係は改善に向かうと述べた。', [
    { id: 'local:ishii', forms: ['石井真一'] }, { id: 'local:institute', type: 'ORG', forms: ['国際問題研究所'] },
  ]);
  assert.equal(q?.speaker_text, '石井真一研究員');
  assert.equal(q?.speaker, 'local:ishii');
});

test('an organisation speaks, and `about` lists the entities its claim mentions', () => {
  const [q] = quotesOf('中国外務省は、習主席がロシアの大統領と電話で協議したと発表した。', [
    { id: 'kb:mfa-china', type: 'ORG', forms: ['中国外務省'] }, { id: 'kb:xi-jinping', forms: ['習主席'] },
    { id: 'kb:russia', type: 'GPE', forms: ['ロシア'] },
  ]);
  assert.equal(q?.speaker, 'kb:mfa-china');
  assert.deepEqual(q?.about, ['kb:xi-jinping', 'kb:russia']);
});

test('unnamed sources have no speaker and keep their words', () => {
  for (const who of ['複数のアナリスト', 'アナリストら', '関係者', '消息筋', '専門家', '米政府筋', '外交筋']) {
    const [q] = quotesOf(`${who}は、交渉は難航するとみている。`, [{ id: 'kb:us', type: 'GPE', forms: ['米'] }]);
    assert.equal(q?.speaker, null, who);
    assert.equal(q?.speaker_text, who, who);
  }
});

test('a bare title refers to the titled name mentioned before it', () => {
  const [q] = quotesOf('ラーマ国王は演説を行った。国王は、議会を解散すると述べた。', [{ id: 'local:rama', forms: ['ラーマ国王'] }]);
  assert.equal(q?.speaker, 'local:rama');
  assert.equal(q?.speaker_text, 'ラーマ国王');
});

test('an outer topic speaks for a claim that has its own topic; a clause ending in が、 closes a topic', () => {
  assert.deepEqual(summary(quotesOf('村田氏は、政府は対応を急ぐべきだと述べた。')), ['indirect 村田氏: 政府は対応を急ぐべきだ']);
  assert.deepEqual(summary(quotesOf('野党は反発したが、山口首相は「方針は変えない」と述べた。')), ['direct 山口首相: 方針は変えない']);
  assert.deepEqual(summary(quotesOf('水野氏は、地元紙は慎重だったが、「支持は広がっている」とも述べた。')), ['direct 水野氏: 支持は広がっている']);
});

test('a cue whose speaker cannot be found gives no quote and a warning', () => {
  const doc = runQuotes('「計画は順調だ」と述べた。');
  assert.deepEqual(doc.get('quotes'), []);
  assert.deepEqual(doc.warnings.map((w) => [w.rule, w.start, w.end]), [['quotes/no-speaker', 8, 12]]);
});
