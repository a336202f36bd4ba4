import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quantity } from '../../analysis/contract.js';
import { analyzeNumeric, type GivenEntity } from '../testing.js';
import { quantitiesWithin } from './lookup.js';

/** [surface, value, unit, extra fields?] of every quantity the text must yield, in order — nothing else. */
type Expected = [string, number, string, Partial<Pick<Quantity, 'approx' | 'bound' | 'value_max'>>?];

const FEB_10 = '2026-02-10';

const ROWS: [string, string, Expected[]][] = [
  ['mixed numeral', '米国産大豆2千万トンを購入する。', [['2千万トン', 20_000_000, 't']]],
  ['thousands comma', '2,500万トンを輸入した。', [['2,500万トン', 25_000_000, 't']]],
  ['kanji numeral', '二千五百万トンを輸入した。', [['二千五百万トン', 25_000_000, 't']]],
  ['decimal with 兆', '総額は1.5兆円に上る。', [['1.5兆円', 1.5e12, 'jpy']]],
  ['万 then digits', '3万5000人が集まった。', [['3万5000人', 35_000, 'person']]],
  ['full-width digits', '１５ヶ国が参加した。', [['１５ヶ国', 15, 'country']]],
  ['dollars, approximate', '約1500万ドルを拠出する。', [['1500万ドル', 15_000_000, 'usd', { approx: true }]]],
  ['US dollars', '50億米ドルの融資', [['50億米ドル', 5e9, 'usd']]],
  ['yuan', '5億元を投じた。', [['5億元', 5e8, 'cny']]],
  ['renminbi', '3億人民元の契約', [['3億人民元', 3e8, 'cny']]],
  ['euro', '10億ユーロの支援', [['10億ユーロ', 1e9, 'eur']]],
  ['rouble', '100万ルーブルの罰金', [['100万ルーブル', 1e6, 'rub']]],
  ['won', '1兆ウォンの投資', [['1兆ウォン', 1e12, 'krw']]],
  ['percent sign', '支持が約84%だった。', [['84%', 84, 'percent', { approx: true }]]],
  ['パーセント', '５パーセント増えた。', [['５パーセント', 5, 'percent']]],
  ['割', 'シェアは5割に達した。', [['5割', 50, 'percent']]],
  ['fraction', '議席の3分の2を占めた。', [['3分の2', 66.6666666666667, 'percent']]],
  ['at least', '10人以上が死亡した。', [['10人', 10, 'person', { bound: 'min' }]]],
  ['more than', '1万人超が参加した。', [['1万人', 10_000, 'person', { bound: 'over' }]]],
  ['less than', '100人未満の集会', [['100人', 100, 'person', { bound: 'under' }]]],
  ['nearly', '1000人近くが避難した。', [['1000人', 1000, 'person', { approx: true, bound: 'under' }]]],
  ['a little over', '300人余りが参加した。', [['300人', 300, 'person', { approx: true, bound: 'over' }]]],
  ['about (程度)', '50人程度が集まった。', [['50人', 50, 'person', { approx: true }]]],
  ['about (およそ)', 'およそ500人が集まった。', [['500人', 500, 'person', { approx: true }]]],
  ['about (前後)', '500人前後が集まった。', [['500人', 500, 'person', { approx: true }]]],
  ['names', '幹部3名を解任した。', [['3名', 3, 'person']]],
  ['kanji person count', '二人続けて辞任した。', [['二人', 2, 'person']]],
  ['cases', '5件の事故があった。', [['5件', 5, 'case']]],
  ['votes', '賛成120票で可決した。', [['120票', 120, 'vote']]],
  ['aircraft', '戦闘機30機が飛来した。', [['30機', 30, 'aircraft']]],
  ['ships', '艦艇5隻が通過した。', [['5隻', 5, 'ship']]],
  ['rounds', 'ミサイル2発を発射した。', [['2発', 2, 'round']]],
  ['か国', '6か国協議が開かれた。', [['6か国', 6, 'country']]],
  ['カ国', '加盟する27カ国の首脳', [['27カ国', 27, 'country']]],
  ['times', '3回にわたり協議した。', [['3回', 3, 'times']]],
  ['barrels', '日量100万バレルを減産する。', [['100万バレル', 1e6, 'bbl']]],
  ['vehicles', '戦車150両が侵入した。', [['150両', 150, 'vehicle']]],
  ['kilo as weight', '覚醒剤5キロを押収した。', [['5キロ', 5, 'kg']]],
  ['kilo as distance', '震源は北東約40キロの沖合だった。', [['40キロ', 40, 'km', { approx: true }]]],
  ['kilo as speed', '時速100キロで走行した。', [['100キロ', 100, 'km/h']]],
  ['kilogram', '5キログラムの荷物', [['5キログラム', 5, 'kg']]],
  ['kilometre', '10キロメートル先の集落', [['10キロメートル', 10, 'km']]],
  ['years', '任期は5年間となる。', [['5年間', 5, 'year']]],
  ['years in office', '在任1年で辞任した。', [['1年', 1, 'year']]],
  ['days', '6日間の日程で訪問する。', [['6日間', 6, 'day']]],
  ['days within', '30日以内に回答する。', [['30日', 30, 'day', { bound: 'max' }]]],
  ['months', '改造後1ヶ月で辞任した。', [['1ヶ月', 1, 'month']]],
  ['hours', '約1時間にわたり会談した。', [['1時間', 1, 'hour', { approx: true }]]],
  ['age', '男性(50歳)が逮捕された。', [['50歳', 50, 'age']]],
  ['age bracket', '60歳代の男性', [['60歳代', 60, 'age', { value_max: 69 }]]],
  ['range', '5～6人が負傷した。', [['5～6人', 5, 'person', { value_max: 6 }]]],
  ['negative', '気温はマイナス3度まで下がった。', [['マイナス3度', -3, 'celsius']]],
  ['negative after a particle', '上空に-36℃の寒気が入る。', [['-36℃', -36, 'celsius']]],
  ['a dash is no sign', '大会記念-1000kgの部', [['1000kg', 1000, 'kg']]],
  ['angles', '震源は北緯37.8度、東経143.1度。', [['37.8度', 37.8, 'degree'], ['143.1度', 143.1, 'degree']]],
  ['arc minutes are no minutes', '北緯7度30分で発生した。', [['7度', 7, 'degree']]],
];

/** Words that hold no amount: nothing may be found in them. */
const NOT_QUANTITIES = [
  '四半期ごとに見直す。', '対応が不十分だった。', '一部の議員が反対した。', '一方で懸念もある。', '意見が一致した。', '第一に安全を考える。',
  '一時停止した。', '一体となって取り組む。', '一層の努力が必要だ。', '唯一の候補だ。', '万一に備える。', '改革の一環として行う。',
  '第3回会合が開かれた。', '3回目の会合', '2026年に開かれる。', '2月4日に会談した。', '一発勝負に臨む。', '数千人が集まった。',
  '十数年前の出来事', '窓口を一本化した。', '高校3年生の選手', '21時30分に会見した。', '札幌一7年ぶりの優勝', '掛端選手(3年)が打った。',
  '警戒レベルは6段階ある。', '2つめの台風',
];

test('quantities: a time phrase left unplaced (no reference date) is still no quantity', async () => {
  const doc = await analyzeNumeric('2月8日午後5時37分に死去した。', { published: null });
  assert.deepEqual(doc.get('times'), []);
  assert.deepEqual(doc.get('quantities'), []);
});

for (const [form, text, want] of ROWS) {
  test(`quantities: ${form} — ${text}`, async () => {
    const doc = await analyzeNumeric(text, { published: FEB_10 });
    const got = doc.get('quantities').map((q): Expected => {
      assert.equal(doc.text.slice(q.start, q.end), q.text);
      const extra: NonNullable<Expected[3]> = {};
      if (q.approx) extra.approx = q.approx;
      if (q.bound) extra.bound = q.bound;
      if (q.value_max !== undefined) extra.value_max = q.value_max;
      return Object.keys(extra).length ? [q.text, q.value, q.unit, extra] : [q.text, q.value, q.unit];
    });
    assert.deepEqual(got, want);
  });
}

for (const text of NOT_QUANTITIES) {
  test(`quantities: nothing in ${text}`, async () => {
    const doc = await analyzeNumeric(text, { published: FEB_10 });
    assert.deepEqual(doc.get('quantities').map((q) => q.text), []);
  });
}

const SOYBEANS: GivenEntity = { id: 'kb:soybeans', type: 'COMMODITY', surface: '大豆' };
const USA: GivenEntity = { id: 'kb:usa', type: 'GPE', surface: '米国' };

/** [sentence, entities, [surface, item, period] of each quantity]. */
const ATTACH: [string, GivenEntity[], [string, string | null, string | null][]][] = [
  ['習主席は今四半期に米国産大豆2千万トン、次の四半期にさらに2500万トンを購入すると約束した。', [SOYBEANS, USA],
    [['2千万トン', 'kb:soybeans', '2026-Q1'], ['2500万トン', 'kb:soybeans', '2026-Q2']]],
  ['中国は2千万トンの大豆を今年中に輸入する。', [SOYBEANS], [['2千万トン', 'kb:soybeans', '2026']]],
  ['中国は大豆を今年中に2千万トン輸入する。', [SOYBEANS], [['2千万トン', 'kb:soybeans', '2026']]],
  ['中国は2千万トンを今年中に購入する。', [SOYBEANS], [['2千万トン', null, '2026']]],
  ['これは昨年合意された年間2500万トンを上回る。', [SOYBEANS], [['2500万トン', null, null]]],
  ['米国産大豆2千万トンを購入する。', [USA], [['2千万トン', null, null]]],
  ['米国産大豆2千万トンを購入する。', [], [['2千万トン', null, null]]],
  ['中国は大豆を2千万トン購入した。これは昨年の1500万トンを上回る。', [SOYBEANS],
    [['2千万トン', 'kb:soybeans', null], ['1500万トン', 'kb:soybeans', '2025']]],
  ['大豆を2千万トン購入し、3人を派遣した。', [SOYBEANS], [['2千万トン', 'kb:soybeans', null], ['3人', null, null]]],
];

for (const [text, entities, want] of ATTACH) {
  test(`quantities: item and period in ${text} (${entities.map((e) => e.id).join(', ') || 'no entities'})`, async () => {
    const doc = await analyzeNumeric(text, { published: FEB_10, entities });
    assert.deepEqual(doc.get('quantities').map((q) => [q.text, q.item, q.period]), want);
  });
}

test('quantitiesWithin gives the indexes of the quantities inside a range', async () => {
  const doc = await analyzeNumeric('3人が死亡し、5人が負傷した。戦車10両が出動した。', { published: FEB_10 });
  const qs = doc.get('quantities');
  assert.deepEqual(qs.map((q) => q.text), ['3人', '5人', '10両']);
  assert.deepEqual(quantitiesWithin(qs, { start: 0, end: doc.text.indexOf('。') + 1 }), [0, 1]);
  assert.deepEqual(quantitiesWithin(qs, { start: doc.text.indexOf('戦車'), end: doc.text.length }), [2]);
  assert.deepEqual(quantitiesWithin(qs, { start: 1, end: 3 }), []);
});
