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
