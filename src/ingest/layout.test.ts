import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc, type Article } from '../doc.js';
import { layout } from './layout.js';

function run(text: string, extra: Partial<Article> = {}, published?: string) {
  const doc = layout.run(new Doc({ text, ...extra }), { published: published ?? null });
  const info = doc.get('document');
  const sections = doc.get('regions').map((r) => [r.section, text.slice(r.start, r.end)]);
  return { info, sections, doc };
}

test('headline, dateline with an update stamp, body, caption, byline with bio and related link', () => {
  const text = [
    '首相が訪米へ 来月に首脳会談',
    '',
    '2026/03/01 更新: 2026/03/02',
    '',
    '政府は1日、首相が来月訪米すると発表した。',
    '',
    '2025年5月、会見する首相(Taro Yamada/Example Agency)',
    '',
    '首相は「率直に話したい」と述べた。',
    '',
    'Hanako Sato',
    '東京在住のライター。専門は日米関係。',
    '関連特集: 日米関係',
  ].join('\n');
  const { info, sections } = run(text);
  assert.equal(info.title, '首相が訪米へ 来月に首脳会談');
  assert.equal(info.published, '2026-03-01');
  assert.equal(info.published_from, 'dateline');
  assert.equal(info.author, 'Hanako Sato');
  assert.deepEqual(info.captions.map((c) => c.text), ['2025年5月、会見する首相(Taro Yamada/Example Agency)']);
  assert.deepEqual(sections.filter(([s]) => s === 'body').map(([, t]) => t), ['政府は1日、首相が来月訪米すると発表した。', '首相は「率直に話したい」と述べた。']);
  assert.deepEqual(sections.filter(([s]) => s === 'byline').map(([, t]) => t), ['Hanako Sato', '東京在住のライター。専門は日米関係。']);
  assert.deepEqual(sections.filter(([s]) => s === 'related').map(([, t]) => t), ['関連特集: 日米関係']);
  for (const b of info.body) assert.ok(!text.slice(b.start, b.end).includes('Hanako'));
});

test('datelines in their usual shapes', () => {
  for (const [line, want] of [
    ['2026年2月10日', '2026-02-10'], ['2026-02-10', '2026-02-10'], ['2026/2/10 09:30', '2026-02-10'],
    ['更新: 2026年2月11日 10:00', '2026-02-11'], ['公開日：2026.02.09（月）', '2026-02-09'], ['令和8年2月10日', '2026-02-10'],
  ] as const) {
    const { info } = run(`見出しの一行\n${line}\n本文です。これは本文の段落である。`);
    assert.equal(info.published, want, line);
    assert.equal(info.dateline?.text, line);
  }
});

test('a Wikinews-style 【date】 lead-in is a dateline and the rest of its line is body', () => {
  const { info, sections } = run('見出し\n\n【2019年9月1日】 台風が上陸した。');
  assert.equal(info.published, '2019-09-01');
  assert.deepEqual(sections, [['title', '見出し'], ['dateline', '【2019年9月1日】'], ['body', '台風が上陸した。']]);
});

test('a 【place=name】 credit gives the author; a wire credit does not', () => {
  assert.equal(run('見出し\n【ワシントン=山田太郎】米政府は発表した。').info.author, '山田太郎');
  assert.equal(run('見出し\n【北京共同】中国政府は発表した。').info.author, null);
});

test('caption lines: 写真: and a trailing credit; a body sentence ending in a wire credit is not one', () => {
  const { info } = run('見出し\n写真: 会見する報道官\n本文である。\n議会は法案を可決した。(ロイター)\n(Jane Doe/Example Photos)');
  assert.deepEqual(info.captions.map((c) => c.text), ['写真: 会見する報道官', '(Jane Doe/Example Photos)']);
});

test('a trailing run of cited sources goes to document.sources and implies the date', () => {
  const text = '見出し\n\n本文である。「引用だ」と述べた。甲『記事の見出し一』。乙新聞、2020年1月2日。『記事の見出し二』。丙通信、2020年1月3日(UTC+9)。';
  const { info, doc } = run(text);
  assert.deepEqual(info.sources.map((s) => s.text), ['甲『記事の見出し一』。乙新聞、2020年1月2日。', '『記事の見出し二』。丙通信、2020年1月3日(UTC+9)。']);
  assert.equal(text.slice(info.body[0]!.start, info.body[0]!.end), '本文である。「引用だ」と述べた。');
  assert.equal(info.published, '2020-01-03');
  assert.equal(info.published_from, 'sources');
  assert.ok(doc.warnings.some((w) => w.rule === 'layout/published-from-sources'));
});

test('sources on their own lines under a heading', () => {
  const { info, sections } = run('見出し\n本文である。\n出典\n『見出し』。某新聞、2020年1月2日。\n某省の発表資料');
  assert.deepEqual(info.sources.map((s) => s.text), ['『見出し』。某新聞、2020年1月2日。', '某省の発表資料']);
  assert.deepEqual(sections.map(([s]) => s), ['title', 'body', 'sources', 'sources', 'sources']);
});

test('the caller date and container metadata win over the dateline', () => {
  assert.equal(run('見出し\n2026年1月1日\n本文。', {}, '2026-05-05').info.published, '2026-05-05');
  const html = run('本文である。', { hints: { title: 'T', published: '2025-04-05T21:10:00+09:00', author: 'A' } });
  assert.deepEqual([html.info.title, html.info.published, html.info.published_from, html.info.author], ['T', '2025-04-05', 'metadata', 'A']);
});

test('one paragraph is body, not a headline', () => {
  const { info, sections } = run('政府は会見で、新たな対策を発表した。');
  assert.equal(info.title, null);
  assert.deepEqual(sections.map(([s]) => s), ['body']);
});

test('undated reference lines after the dated sources belong to the list; prose does not', () => {
  const text = '見出し\n\n祭りが行われた。甲『見出しA』。乙新聞、2014年10月13日。独自の取材(「ノート」ページを参照)。祭りの案内(観光協会)。';
  const { info } = run(text);
  assert.deepEqual(info.sources.map((s) => s.text), ['甲『見出しA』。乙新聞、2014年10月13日。', '独自の取材(「ノート」ページを参照)。', '祭りの案内(観光協会)。']);
  assert.equal(info.published, '2014-10-13');
  const prose = run('見出し\n\n祭りが行われた。甲『見出しA』。乙新聞、2014年10月13日。その後、雨が降った。');
  assert.deepEqual(prose.info.sources, []);
});

test('dated related headlines run into the last paragraph (Wikinews copies) are related links, not body', () => {
  const text = [
    '港で大型船が座礁',
    '',
    '海上保安庁によると、3日朝に大型船が座礁した。けが人はいない。2025年1月2日(木):別の港で漁船が転覆2024年12月30日(月):高速船が欠航『座礁の続報』。海事新聞、2025年1月3日。',
  ].join('\n');
  const { info, sections } = run(text);
  assert.deepEqual(sections.filter(([s]) => s === 'body').map(([, t]) => t), ['海上保安庁によると、3日朝に大型船が座礁した。けが人はいない。']);
  assert.ok(sections.some(([s, t]) => s === 'related' && t?.startsWith('2025年1月2日(木):')));
  assert.equal(info.published, '2025-01-03');
});

test('a 最近の記事 box after the cited sources is related links, and the sources still give the date', () => {
  const text = [
    '市議会が予算案を可決',
    '',
    '市議会は5日、新年度予算案を可決した。甲『予算案が可決』。乙新聞、2021年3月5日。『市議会閉会』。丙通信、2021年3月6日。' +
      '市政ニュース最近の記事市長が再選を表明新庁舎の建設始まる。',
  ].join('\n');
  const { info, sections } = run(text);
  assert.equal(info.published, '2021-03-06');
  assert.deepEqual(info.sources.map((s) => s.text), ['甲『予算案が可決』。乙新聞、2021年3月5日。', '『市議会閉会』。丙通信、2021年3月6日。']);
  assert.deepEqual(sections.filter(([s]) => s === 'body').map(([, t]) => t), ['市議会は5日、新年度予算案を可決した。']);
  assert.deepEqual(sections.filter(([s]) => s === 'related').map(([, t]) => t), ['市政ニュース最近の記事市長が再選を表明新庁舎の建設始まる。']);
});

test('a 最近の記事 box on lines of its own, and sister-project notices after the sources', () => {
  const own = run('見出し\n\n町で祭りが開かれた。『祭り開催』。丁新聞、2020年8月1日。\n\n地域の話題最近の記事\n花火大会が中止に\n新しい橋が開通');
  assert.equal(own.info.published, '2020-08-01');
  assert.deepEqual(own.sections.map(([s]) => s), ['title', 'body', 'sources', 'related', 'related', 'related']);
  const sister = run('見出し\n\n橋が開通した。『橋が開通』。戊新聞、2019年4月2日。ウィキペディアに架空大橋に関する記事があります。公式サイト(架空市)。');
  assert.equal(sister.info.published, '2019-04-02');
  assert.ok(sister.sections.some(([s, t]) => s === 'related' && t === 'ウィキペディアに架空大橋に関する記事があります。公式サイト(架空市)。'));
});

test('a 最近の記事 box in the middle of the article, with prose and sources after it, is left alone', () => {
  const text = '見出し\n\n雨が降った。交通ニュース最近の記事鉄道が運休道路が冠水その後、雨は止んだ。『大雨』。己新聞、2018年7月7日。';
  const { info } = run(text);
  assert.equal(info.published, '2018-07-07');
  assert.ok(info.body.some((b) => text.slice(b.start, b.end).includes('その後、雨は止んだ。')));
});
