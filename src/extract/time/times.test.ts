import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimeExpression } from '../../analysis/contract.js';
import { analyzeNumeric } from '../testing.js';

/** [surface, value, precision, value_end?] of every expression the text must yield, in order — nothing else. */
type Expected = [string, string, TimeExpression['precision'], string?];

interface Row {
  form: string;
  text: string;
  ref: string | null;
  want: Expected[];
}

const FEB_10 = '2026-02-10';

const ROWS: Row[] = [
  { form: 'full date', text: '会談は2018年6月13日に開かれた。', ref: FEB_10, want: [['2018年6月13日', '2018-06-13', 'day']] },
  { form: 'month and day', text: '首脳は2月4日、電話で会談した。', ref: FEB_10, want: [['2月4日', '2026-02-04', 'day']] },
  { form: 'month and day, earlier month', text: '国防省は1月24日に発表した。', ref: FEB_10, want: [['1月24日', '2026-01-24', 'day']] },
  { form: 'month and day, last year', text: '式典は12月25日にあった。', ref: FEB_10, want: [['12月25日', '2025-12-25', 'day']] },
  { form: 'full-width digits', text: '外務省は２月４日に発表した。', ref: FEB_10, want: [['２月４日', '2026-02-04', 'day']] },
  { form: 'kanji numerals', text: '政府は二月四日に発表した。', ref: FEB_10, want: [['二月四日', '2026-02-04', 'day']] },
  { form: 'kanji year', text: '条約は二〇一八年に結ばれた。', ref: FEB_10, want: [['二〇一八年', '2018', 'year']] },
  { form: 'slash date', text: '2026/02/03 配信', ref: FEB_10, want: [['2026/02/03', '2026-02-03', 'day']] },
  { form: 'update stamp not repeated', text: '2026/02/10 更新: 2026/02/10', ref: FEB_10, want: [['2026/02/10', '2026-02-10', 'day']] },
  { form: 'month only, ahead', text: '大統領は4月に訪中する予定だ。', ref: FEB_10, want: [['4月', '2026-04', 'month']] },
  { form: 'month only, across the year', text: '両国は12月に合意した。', ref: FEB_10, want: [['12月', '2025-12', 'month']] },
  { form: 'month only, six months either way', text: '選挙は8月に行われる。', ref: FEB_10, want: [['8月', '2026-08', 'month']] },
  { form: 'month end keeps the month', text: '1月末の会議で決まった。', ref: FEB_10, want: [['1月末', '2026-01', 'month']] },
  { form: 'early month', text: '来月初めに発表する。', ref: FEB_10, want: [['来月初め', '2026-03', 'month']] },
  { form: '上旬', text: '3月上旬に公表する。', ref: FEB_10, want: [['3月上旬', '2026-03', 'month']] },
  { form: '中旬', text: '昨年12月中旬に始まった。', ref: FEB_10, want: [['昨年12月中旬', '2025-12', 'month']] },
  { form: '下旬', text: '交渉は10月下旬に再開した。', ref: FEB_10, want: [['10月下旬', '2025-10', 'month']] },
  { form: 'this year and its month', text: '今年の2月から協議が続く。', ref: '2026-10-20', want: [['今年の2月', '2026-02', 'month']] },
  { form: '今年 / 昨年 / 一昨年 / 来年', text: '今年は好調だが、昨年と一昨年は不調で、来年も見通せない。', ref: FEB_10,
    want: [['今年', '2026', 'year'], ['昨年', '2025', 'year'], ['一昨年', '2024', 'year'], ['来年', '2027', 'year']] },
  { form: '去年', text: '去年の水準を上回った。', ref: FEB_10, want: [['去年', '2025', 'year']] },
  { form: 'relative year with a date', text: '今年8月2日に改造した。', ref: '2008-09-02', want: [['今年8月2日', '2008-08-02', 'day']] },
  { form: '今月 / 先月 / 来月', text: '今月2日に署名し、先月の会合を受けて、来月に発効する。', ref: FEB_10,
    want: [['今月2日', '2026-02-02', 'day'], ['先月', '2026-01', 'month'], ['来月', '2026-03', 'month']] },
  { form: 'this week (Monday to Sunday)', text: '今週中に回答する。', ref: FEB_10, want: [['今週中', '2026-02-09', 'day', '2026-02-15']] },
  { form: 'last week with a weekday', text: '先週水曜日に発表した。', ref: FEB_10, want: [['先週水曜日', '2026-02-04', 'day']] },
  { form: 'this, next and previous quarter', text: '今四半期に加え、次の四半期と前四半期も見込む。', ref: FEB_10,
    want: [['今四半期', '2026-Q1', 'quarter'], ['次の四半期', '2026-Q2', 'quarter'], ['前四半期', '2025-Q4', 'quarter']] },
  { form: 'numbered quarter with its year', text: '2025年第4四半期の成長率', ref: FEB_10, want: [['2025年第4四半期', '2025-Q4', 'quarter']] },
  { form: 'numbered quarter, nearest year', text: '第4四半期の売上が伸びた。', ref: FEB_10, want: [['第4四半期', '2025-Q4', 'quarter']] },
  { form: 'fiscal quarter', text: '2026年度第1四半期の決算', ref: FEB_10, want: [['2026年度第1四半期', '2026-Q2', 'quarter']] },
  { form: 'months of a quarter', text: '1～3月期の国内総生産は伸びた。', ref: '2026-05-20', want: [['1～3月期', '2026-Q1', 'quarter']] },
  { form: 'months of a quarter with the year', text: '2025年10～12月期の実績', ref: FEB_10, want: [['2025年10～12月期', '2025-Q4', 'quarter']] },
  { form: 'fiscal year', text: '2026年度予算が成立した。', ref: FEB_10, want: [['2026年度', '2026', 'fiscal_year']] },
  { form: 'this and next fiscal year', text: '今年度と来年度の計画', ref: FEB_10,
    want: [['今年度', '2025', 'fiscal_year'], ['来年度', '2026', 'fiscal_year']] },
  { form: 'era fiscal year', text: '令和8年度の概算要求', ref: FEB_10, want: [['令和8年度', '2026', 'fiscal_year']] },
  { form: 'period named by its closing month', text: '2011年3月期の決算', ref: FEB_10, want: [['2011年3月期', '2010', 'fiscal_year']] },
  { form: 'era year', text: '令和8年に改正された。', ref: FEB_10, want: [['令和8年', '2026', 'year']] },
  { form: 'era date', text: '平成17年4月1日に施行された。', ref: FEB_10, want: [['平成17年4月1日', '2005-04-01', 'day']] },
  { form: '昭和', text: '昭和64年1月7日に崩御した。', ref: FEB_10, want: [['昭和64年1月7日', '1989-01-07', 'day']] },
  { form: 'first year of an era', text: '平成元年に開業した。', ref: FEB_10, want: [['平成元年', '1989', 'year']] },
  { form: 'day with night', text: '19日夜、陸軍が動いた。', ref: '2006-09-20', want: [['19日夜', '2006-09-19', 'day']] },
  { form: 'day with afternoon', text: '首相は20日午後に到着する。', ref: '2006-09-20', want: [['20日午後', '2006-09-20', 'day']] },
  { form: 'day of the previous month', text: '社長は30日に辞任した。', ref: '2008-09-02', want: [['30日', '2008-08-30', 'day']] },
  { form: 'day with weekday note', text: '首脳は4日(水)に会談する。', ref: '2026-02-02', want: [['4日(水)', '2026-02-04', 'day']] },
  { form: 'day range', text: '会合は2月4〜5日に開かれる。', ref: FEB_10, want: [['2月4〜5日', '2026-02-04', 'day', '2026-02-05']] },
  { form: 'day range with a hyphen', text: '期間は10-22日とされた。', ref: FEB_10, want: [['10-22日', '2026-02-10', 'day', '2026-02-22']] },
  { form: 'day range with から', text: '会合は4日から5日にかけて開かれた。', ref: FEB_10, want: [['4日から5日', '2026-02-04', 'day', '2026-02-05']] },
  { form: 'range across months', text: '2月27日から3月2日まで休む。', ref: FEB_10, want: [['2月27日から3月2日', '2026-02-27', 'day', '2026-03-02']] },
  { form: 'range ending on a weekday', text: '16日月曜日から金曜日まで出演する。', ref: FEB_10, want: [['16日月曜日から金曜日', '2026-02-16', 'day', '2026-02-20']] },
  { form: 'time of day kept with its date', text: '10日午後3時に会見した。', ref: FEB_10, want: [['10日午後3時', '2026-02-10', 'day']] },
  { form: 'time zone between day and clock', text: '19日東部時間午後0時35分に指名した。', ref: '2005-07-20', want: [['19日東部時間午後0時35分', '2005-07-19', 'day']] },
  { form: 'same day, next day', text: '首相は2月4日に会談した。同日夜、声明を出し、翌日には帰国した。', ref: FEB_10,
    want: [['2月4日', '2026-02-04', 'day'], ['同日夜', '2026-02-04', 'day'], ['翌日', '2026-02-05', 'day']] },
  { form: 'day before', text: '式典は3月1日だった。前日に到着した。', ref: FEB_10, want: [['3月1日', '2026-03-01', 'day'], ['前日', '2026-02-28', 'day']] },
  { form: 'same month, next month, same year', text: '2019年5月に就任し、同月20日に初登庁した。翌月には訪米し、同年に退任した。', ref: FEB_10,
    want: [['2019年5月', '2019-05', 'month'], ['同月20日', '2019-05-20', 'day'], ['翌月', '2019-06', 'month'], ['同年', '2019', 'year']] },
  { form: 'relative day against the last date, not the publication date', text: '2018年6月13日に到着し、翌日に会談した。', ref: FEB_10,
    want: [['2018年6月13日', '2018-06-13', 'day'], ['翌日', '2018-06-14', 'day']] },
  { form: '翌日の22日 is one expression', text: '21日に退位し、翌日の22日にも抗議が続いた。', ref: '2006-04-23',
    want: [['21日', '2006-04-21', 'day'], ['翌日の22日', '2006-04-22', 'day']] },
  { form: 'same day after a month has no day', text: '1月末の会議の後、同日に発表した。', ref: FEB_10, want: [['1月末', '2026-01', 'month']] },
  { form: 'same day after a target date', text: '両社は27日、来年3月を目処に合併することで合意し、同日午後に協定を結んだ。', ref: FEB_10,
    want: [['27日', '2026-01-27', 'day'], ['来年3月', '2027-03', 'month'], ['同日午後', '2026-01-27', 'day']] },
  { form: 'the same day as something else', text: '2月4日、AはBと同日に会談した。', ref: FEB_10, want: [['2月4日', '2026-02-04', 'day']] },
  { form: 'bare clock time takes the day the text is at', text: '2月4日に会談した。その後、21時30分に会見した。', ref: FEB_10,
    want: [['2月4日', '2026-02-04', 'day'], ['21時30分', '2026-02-04', 'day']] },
  { form: 'この日 is the day of the news, past a background date', text: '首相は1日、辞意を表明した。2007年9月26日に就任した。この日の午前は訓練を視察した。', ref: '2008-09-02',
    want: [['1日', '2008-09-01', 'day'], ['2007年9月26日', '2007-09-26', 'day'], ['この日', '2008-09-01', 'day']] },
  { form: 'a month-day the text gave a year before', text: '2007年9月26日に就任した首相は、就任した9月26日から1年を振り返った。', ref: '2008-09-02',
    want: [['2007年9月26日', '2007-09-26', 'day'], ['9月26日', '2007-09-26', 'day']] },
  { form: 'decade', text: '1990年代以降に対立が続いた。', ref: FEB_10, want: [['1990年代', '1990', 'year', '1999']] },
  { form: 'two-digit decade', text: '90年代に流行した。', ref: FEB_10, want: [['90年代', '1990', 'year', '1999']] },
  { form: 'century', text: '17世紀初頭に建てられた。', ref: FEB_10, want: [['17世紀初頭', '1601', 'year', '1700']] },
  { form: 'historical period', text: '江戸時代から続く祭り', ref: FEB_10, want: [['江戸時代', '1603', 'year', '1868']] },
  { form: 'era as a period', text: '昭和時代の建物', ref: FEB_10, want: [['昭和時代', '1926', 'year', '1989']] },
  { form: 'weekday alone: the nearest one', text: '水曜日に発表した。', ref: FEB_10, want: [['水曜日', '2026-02-11', 'day']] },
  { form: 'this year until its end', text: '今年中に購入する。', ref: FEB_10, want: [['今年中', '2026', 'year']] },
  { form: 'no reference date: absolute dates still count', text: '2018年6月13日に到着し、2月4日に帰国した。', ref: null,
    want: [['2018年6月13日', '2018-06-13', 'day'], ['2月4日', '2018-02-04', 'day']] },
  { form: '前年度 after a fiscal year its sentence states', text: '2019年度の利益は、前年度の水準を上回った。', ref: FEB_10,
    want: [['2019年度', '2019', 'fiscal_year'], ['前年度', '2018', 'fiscal_year']] },
  { form: '前年度 after a closing period its sentence states', text: '2020年3月期の販売は前年度より減った。', ref: FEB_10,
    want: [['2020年3月期', '2019', 'fiscal_year'], ['前年度', '2018', 'fiscal_year']] },
  { form: '前年度 after a later date of its sentence with no year: before the reference year', text: '2019年に受賞したが、1月末に負傷し、前年度の王者として出場した。', ref: FEB_10,
    want: [['2019年', '2019', 'year'], ['1月末', '2026-01', 'month'], ['前年度', '2024', 'fiscal_year']] },
  { form: '前年度 with no year in its sentence: before the reference year', text: '2019年に工場を建てた。前年度の販売は増えた。', ref: FEB_10,
    want: [['2019年', '2019', 'year'], ['前年度', '2024', 'fiscal_year']] },
  { form: '前年 and 翌年 count from the year named before', text: '2017年の来店者は前年を上回った。店は2017年に開き、翌年に拡張した。', ref: FEB_10,
    want: [['2017年', '2017', 'year'], ['前年', '2016', 'year'], ['2017年', '2017', 'year'], ['翌年', '2018', 'year']] },
  { form: 'no reference date and nothing before: dropped', text: '昨年と2月4日に会談した。', ref: null, want: [] },
];

/** Words that hold no date: nothing may be found in them. */
const NOT_TIMES = [
  '四半期ごとに見直す。', '一時的に停止した。', '一時中断した。', '一時間ほど話した。', 'この異例の静けさは続く。', '現時点では不明だ。',
  '時代が変わった。', '一日も早く解決したい。', '十日町市を訪れた。', '日本の立場を説明した。', '明日香村の遺跡', '株価は前日比で上昇した。',
  '前年同期比で増えた。', '売上高は前年度比で1割減った。', '前年度同期を上回った。', '朝鮮中央通信が報じた。', '5日間の日程で訪れる。', '大会は3日目に入った。', 'あと6日で開幕する。', '24時間体制で対応する。',
  '同日電話会談について語った。', '1日平均で1人に満たない。', '3日ごとに点検する。', '1日でも早く再開したい。', '2日がかりの試合', '毎月25日を安全の日とする。', '毎年4月に開かれる。', '毎週水曜日に集まる。',
];

for (const row of ROWS) {
  test(`times: ${row.form} — ${row.text} (reference ${row.ref ?? 'none'})`, async () => {
    const doc = await analyzeNumeric(row.text, { published: row.ref });
    const got = doc.get('times').map((t): Expected => {
      assert.equal(doc.text.slice(t.start, t.end), t.text);
      return t.value_end ? [t.text, t.value, t.precision, t.value_end] : [t.text, t.value, t.precision];
    });
    assert.deepEqual(got, row.want);
  });
}

for (const text of NOT_TIMES) {
  test(`times: nothing in ${text}`, async () => {
    const doc = await analyzeNumeric(text, { published: FEB_10 });
    assert.deepEqual(doc.get('times').map((t) => t.text), []);
  });
}

test('times: without a publication date the Doc says so', async () => {
  const doc = await analyzeNumeric('2月4日に会談した。', { published: null });
  assert.ok(doc.warnings.some((w) => w.rule === 'times/no-reference'));
  const dated = await analyzeNumeric('2月4日に会談した。', { published: FEB_10 });
  assert.ok(!dated.warnings.some((w) => w.rule === 'times/no-reference'));
});

test('times: a weekday note that does not fall on the date is reported', async () => {
  const doc = await analyzeNumeric('2026年2月4日(金)に会談した。', { published: FEB_10 });
  assert.deepEqual(doc.get('times').map((t) => t.value), ['2026-02-04']);
  assert.ok(doc.warnings.some((w) => w.rule === 'times/weekday-mismatch' && w.start === 0));
});

test('times: each expression says what its value was worked out from', async () => {
  const doc = await analyzeNumeric('2026年2月4日に会談し、翌日に帰国した。4月に再訪する。', { published: FEB_10 });
  assert.deepEqual(doc.get('times').map((t) => t.basis), ['stated', 'text', 'published']);
});
