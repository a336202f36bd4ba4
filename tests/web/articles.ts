/**
 * Articles written for the workbench tests (invented reports, not from any corpus), with hand-built analyses that
 * carry every layer: entities with roles and Wikidata ids, named and unnamed quotes, events linked to
 * quantities, times, a caption and a byline — and one article made of markup meant to run as script.
 */
import type { Analysis } from '../../src/analysis/contract.js';
import { contentId } from '../../src/store/keys.js';
import { minhash } from '../../src/store/neardup.js';
import type { NewDocument } from '../../src/store/types.js';
import { analysis, find, type ArticleSpec, type EntitySpec } from '../store/build.js';

const XI: EntitySpec = {
  id: 'kb:xi-jinping', name: '習近平', type: 'PERSON', names: { en: 'Xi Jinping', zh: '习近平' }, wikidata: 'Q15031',
  mentions: ['習近平', '習氏'], roles: [{ title: '国家主席', org: 'kb:prc', evidence: '習近平国家主席' }],
};
const TRUMP: EntitySpec = {
  id: 'kb:donald-trump', name: 'ドナルド・トランプ', type: 'PERSON', names: { en: 'Donald Trump' }, wikidata: 'Q22686',
  mentions: ['トランプ'], roles: [{ title: '大統領', org: 'kb:usa', evidence: 'トランプ大統領' }],
};

/** A call with a purchase pledge measured against last year's annual amount. */
export const pledge: ArticleSpec = {
  title: '米中首脳が電話会談、大豆購入で一致',
  published: '2026-05-12',
  source: 'https://wire.example/2026/05/12/call',
  text:
    '米中首脳が電話会談、大豆購入で一致\n\n' +
    '【ワシントン＝共同】米国のトランプ大統領は11日、中国の習近平国家主席と電話で会談した。' +
    'ホワイトハウスによると、習氏は今四半期に米国産大豆800万トンを購入すると約束した。これは昨年の年間600万トンを上回る。' +
    'トランプ氏は「素晴らしい合意だ」と述べた。政府高官は「中国側が譲歩した」と語った。\n\n' +
    '写真：記者会見するホワイトハウスの報道官\n\n' +
    '山田花子\nワシントン特派員。専門は通商政策。',
  entities: [
    XI, TRUMP,
    { id: 'kb:usa', name: '米国', type: 'GPE', names: { en: 'United States' }, wikidata: 'Q30', mentions: ['米国'] },
    { id: 'kb:prc', name: '中国', type: 'GPE', names: { en: 'China' }, wikidata: 'Q148', mentions: ['中国'] },
    { id: 'kb:white-house', name: 'ホワイトハウス', type: 'ORG', names: { en: 'White House' }, wikidata: 'Q35525', mentions: ['ホワイトハウス'] },
    { id: 'kb:soybeans', name: '大豆', type: 'COMMODITY', names: { en: 'soybeans' }, wikidata: 'Q11006', mentions: ['大豆'] },
  ],
  events: [
    {
      id: 'ev-call', type: 'call', date: '2026-05-11', evidence: '中国の習近平国家主席と電話で会談した',
      participants: [{ entity: 'kb:donald-trump', role: 'participant', text: 'トランプ' }, { entity: 'kb:xi-jinping', role: 'participant', text: '習近平' }],
    },
    {
      id: 'ev-pledge', type: 'commitment', evidence: '習氏は今四半期に米国産大豆800万トンを購入すると約束した', modality: 'reported', attributed_to: 'kb:white-house',
      participants: [{ entity: 'kb:xi-jinping', role: 'source', text: '習氏' }, { entity: 'kb:usa', role: 'target', text: '米国' }, { entity: 'kb:soybeans', role: 'item', text: '大豆' }],
    },
  ],
  quotes: [
    { speaker: 'kb:donald-trump', speaker_text: 'トランプ氏', content: '素晴らしい合意だ', about: ['kb:xi-jinping'] },
    { speaker: null, speaker_text: '政府高官', content: '中国側が譲歩した', about: ['kb:prc'] },
  ],
  times: [
    { text: '11日', value: '2026-05-11', precision: 'day' },
    { text: '今四半期', value: '2026-Q2', precision: 'quarter' },
    { text: '昨年', value: '2025', precision: 'year' },
  ],
  quantities: [
    { text: '800万トン', value: 8000000, unit: 't', item: 'kb:soybeans' },
    { text: '600万トン', value: 6000000, unit: 't', item: null },
  ],
};

/** A dismissal announced by a ministry. */
export const dismissal: ArticleSpec = {
  title: '中国国防省、海軍司令員を解任',
  published: '2026-05-20',
  source: 'https://daily.example/world/0520',
  text:
    '中国国防省、海軍司令員を解任\n\n' +
    '中国国防省は19日、海軍の王海涛司令員を職務から解任したと発表した。関係者によると、習近平国家主席が解任を承認したという。',
  entities: [
    XI,
    { id: 'kb:mnd-china', name: '中国国防省', type: 'ORG', names: { en: 'Ministry of National Defense' }, mentions: ['中国国防省'] },
    { id: 'local:wang', name: '王海涛', type: 'PERSON', mentions: ['王海涛'], roles: [{ title: '海軍司令員', former: true, evidence: '海軍の王海涛司令員' }] },
  ],
  events: [{
    id: 'd1', type: 'dismissal', date: '2026-05-19', evidence: '王海涛司令員を職務から解任した',
    participants: [{ entity: 'kb:mnd-china', role: 'source', text: '中国国防省' }, { entity: 'local:wang', role: 'target', text: '王海涛' }],
  }],
  quotes: [{ speaker: null, speaker_text: '関係者', kind: 'reported', content: '習近平国家主席が解任を承認した', about: ['kb:xi-jinping'] }],
  times: [{ text: '19日', value: '2026-05-19', precision: 'day' }],
};

/** Markup that would run as script if any of the article's text reached innerHTML. */
export const XSS_SCRIPT = '<script>window.__xss=1;alert("xss")</script>';
export const XSS_IMG = '<img src=x onerror="window.__xss=2;alert(1)">';
export const xss: ArticleSpec = {
  title: `${XSS_SCRIPT}見出し`,
  published: '2026-05-21',
  text: `${XSS_SCRIPT}見出し\n\n本文に${XSS_IMG}が含まれる。習近平国家主席は「<b onmouseover="alert(2)">注意</b>」と述べた。`,
  entities: [XI],
  quotes: [{ speaker: 'kb:xi-jinping', speaker_text: '習近平', content: '<b onmouseover="alert(2)">注意</b>', about: [] }],
};

/** The analysis of `spec` with the layers the store builder leaves out: layout, periods, event links. */
export function richAnalysis(spec: ArticleSpec): Analysis {
  const a = analysis(spec);
  const t = a.text;
  const title = spec.title ? find(t, spec.title) : null;
  const caption = t.indexOf('写真：');
  const bio = spec === pledge ? find(t, '山田花子\nワシントン特派員。専門は通商政策。') : null;
  const bodyStart = title ? title.end + 2 : 0;
  const bodyEnd = caption >= 0 ? caption - 2 : t.length;
  a.document.title_span = title;
  a.document.body = [{ start: bodyStart, end: bodyEnd }];
  a.document.captions = caption >= 0 ? [find(t, '写真：記者会見するホワイトハウスの報道官')] : [];
  a.document.byline = bio ? [bio] : [];
  a.document.author = bio ? '山田花子' : null;
  a.sentences = sentencesOf(t, title, bodyStart, bodyEnd, a.document.captions.concat(a.document.byline ?? []));
  for (const q of a.quantities) q.period = q.item ? '2026-Q2' : null;
  for (const e of a.events) if (e.type === 'commitment') e.quantities = [0];
  return a;
}

/** Sentences split after 。 in the body; the title, captions and byline as their own sections. */
function sentencesOf(t: string, title: { start: number; end: number } | null, from: number, to: number, asides: { start: number; end: number }[]): Analysis['sentences'] {
  const out: Analysis['sentences'] = [];
  if (title) out.push({ start: title.start, end: title.end, section: 'title' });
  let start = from;
  for (let i = from; i < to; i++) {
    if (t[i] === '。' && t[i + 1] !== '」') {
      out.push({ start, end: i + 1, section: 'body' });
      start = i + 1;
    }
  }
  if (start < to) out.push({ start, end: to, section: 'body' });
  asides.forEach((s, i) => out.push({ start: s.start, end: s.end, section: i === 0 && t.startsWith('写真', s.start) ? 'caption' : 'byline' }));
  return out;
}

/** A document for `store.write`, with the rich analysis. */
export function richDocument(spec: ArticleSpec): NewDocument {
  const a = richAnalysis(spec);
  return { id: contentId(a.text), analysis: a, source: spec.source ?? null, signature: minhash(a.text) };
}

export const ALL = [pledge, dismissal, xss];
