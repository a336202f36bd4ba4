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

test('a title refers back only to a name bearing that whole title; an official of a named body speaks for it', () => {
  const specs = [{ id: 'local:ito', forms: ['伊藤商務長官'] }, { id: 'kb:mofcom', type: 'ORG' as const, forms: ['中国商務省'] }];
  const qs = quotesOf('伊藤商務長官は「交渉は続く」と述べた。中国商務省の報道官は「断固反対する」と述べた。報道官は「対抗措置を取る」と語った。長官は「譲歩はない」と語った。', specs);
  assert.deepEqual(qs.map((q) => q.speaker), ['local:ito', 'kb:mofcom', null, 'local:ito']);
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

test('an official named only by title speaks for the organisation before it', () => {
  const [q] = quotesOf('米国防総省の報道官は声明で「挑発的な行動だ」と批判した。', [{ id: 'kb:dod', type: 'ORG', forms: ['米国防総省'] }]);
  assert.equal(q?.speaker_text, '米国防総省の報道官');
  assert.equal(q?.speaker, 'kb:dod');
});

test('a part of a group speaks as the group: 市場関係者の多く', () => {
  const [q] = quotesOf('市場関係者の多くは、年内の利下げは難しいとみている。');
  assert.equal(q?.speaker_text, '市場関係者の多く');
  assert.equal(q?.speaker, null);
});

test('Xも after an earlier cue is one more speaker', () => {
  assert.deepEqual(summary(quotesOf('兵務庁は通知を出すことを明らかにし、チェ選手も入隊することを明らかにしている。')), [
    'indirect 兵務庁: 通知を出すこと', 'indirect チェ選手: 入隊すること',
  ]);
});

test('a subject inside a conditional clause does not speak; the topic before it does', () => {
  assert.deepEqual(summary(quotesOf('竹原氏は「よいことだ」と述べたが、失職が決まると「残念さはない」と話した。')), [
    'direct 竹原氏: よいことだ', 'direct 竹原氏: 残念さはない',
  ]);
});

test('a name in brackets can be the speaker, and 同紙 refers back to a newspaper', () => {
  assert.deepEqual(summary(quotesOf('「東洋タイムズ」紙は、交渉は決裂したと報じた。')), ['indirect 「東洋タイムズ」紙: 交渉は決裂した']);
  const qs = quotesOf('韓国メディアより先に東西新聞が報じた。同紙は、証言の真偽は確認できないと伝えていた。');
  assert.deepEqual(summary(qs), ['indirect 東西新聞: 証言の真偽は確認できない']);
});

test('a loanword in katakana is no speaker; the speaker carries over instead', () => {
  assert.deepEqual(summary(quotesOf('軍の司令官は会見を開いた。今回のクーデターは、秩序回復のためだとしている。')), [
    'indirect 軍の司令官: 今回のクーデターは、秩序回復のためだ',
  ]);
});

test('a place or a facility the entities layer knows is no speaker', () => {
  const text = '運営会社は会見を開いた。ミライ・タワーは、来月から営業を再開するとしている。';
  assert.deepEqual(summary(quotesOf(text)), ['indirect ミライ・タワー: 来月から営業を再開する']);
  assert.deepEqual(summary(quotesOf(text, [{ id: 'local:tower', type: 'FAC', forms: ['ミライ・タワー'] }])), [
    'indirect 運営会社: ミライ・タワーは、来月から営業を再開する',
  ]);
});

test('after 一方、 a new topic is a new speaker; a subject between object and verb speaks', () => {
  assert.deepEqual(summary(quotesOf('日本の外務省は漁船が領海内にいたと主張する一方、ロシア当局は領海外だったとしている。')), [
    'indirect 外務省: 漁船が領海内にいた', 'indirect ロシア当局: 領海外だった',
  ]);
  assert.deepEqual(summary(quotesOf('東都新聞によれば、密漁だった可能性を日本政府が認めた。')).at(-1), 'indirect 日本政府: 密漁だった可能性');
});

test('a parenthesised aside names no speaker', () => {
  assert.deepEqual(summary(quotesOf('福岡県は、旅客機(東都新聞では123便)の運航に問題はなかったと発表した。')), [
    'indirect 福岡県: 旅客機(東都新聞では123便)の運航に問題はなかった',
  ]);
});

test('the owner of a website speaks through it: Xのウェブサイトでは', () => {
  assert.deepEqual(summary(quotesOf('なお、北東ファルコンズのウェブサイトでは、早めに払い戻しをするよう呼びかけている。')), [
    'indirect 北東ファルコンズ: 早めに払い戻しをする',
  ]);
});

test('a speaker named after the quotation: …とX報知は報じた, …とX研究所では分析している', () => {
  assert.deepEqual(summary(quotesOf('市は来年度に新しい橋を架ける方針だと北陸報知は報じている。')), ['indirect 北陸報知: 市は来年度に新しい橋を架ける方針だ']);
  assert.deepEqual(summary(quotesOf('物価の上昇は年内に収まると東洋経済研究所では分析している。')), ['indirect 東洋経済研究所: 物価の上昇は年内に収まる']);
});

test('a person named before a place and a title is the speaker, not the place (山崎福岡市長)', () => {
  const [q] = quotesOf('「全力を尽くす」と山崎福岡市長が述べた。', [
    { id: 'local:yamazaki', forms: ['山崎'] }, { id: 'kb:fukuoka', type: 'GPE', forms: ['福岡市'] },
  ]);
  assert.equal(q?.speaker, 'local:yamazaki');
  const [body] = quotesOf('福岡市は「予算を増やす」と発表した。', [{ id: 'kb:fukuoka', type: 'GPE', forms: ['福岡市'] }]);
  assert.equal(body?.speaker, 'kb:fukuoka', 'with no person named, the place speaks');
});

test('同庁 is the last body whose name ends in 庁, not the outlet cited since', () => {
  const qs = quotesOf('文化庁は経緯を調べている。毎日新聞によれば、同庁は、「保持を強制することは難しい」としている。', [
    { id: 'local:bunkacho', type: 'ORG', forms: ['文化庁'] }, { id: 'kb:mainichi-shimbun', type: 'ORG', forms: ['毎日新聞'] },
  ]);
  assert.equal(qs.find((q) => q.kind === 'direct')?.speaker, 'local:bunkacho');
});

test('Aが、Bは…と明らかにした: the subject set off by a comma tells, the topic after it is what is told about', () => {
  assert.deepEqual(summary(quotesOf('鈴木次郎氏が、山田太郎監督は辞任する意向だと明らかにした。')), ['indirect 鈴木次郎氏: 山田太郎監督は辞任する意向だ']);
  assert.deepEqual(summary(quotesOf('朝日新聞が、山田太郎監督は「優勝を目指す」と発言したと報じた。')).at(-1), 'indirect 朝日新聞: 山田太郎監督は「優勝を目指す」と発言した');
  // a topic first keeps the floor: the ministry tells what both forces will do
  assert.deepEqual(summary(quotesOf('防衛省は、陸上自衛隊が、物資を運ぶこと、航空自衛隊は、部隊を輸送することを発表した。')).map((q) => q.split(':')[0]), ['indirect 防衛省']);
  assert.deepEqual(summary(quotesOf('山田太郎監督は、辞任する意向だと明らかにした。')), ['indirect 山田太郎監督: 辞任する意向だ']);
});
