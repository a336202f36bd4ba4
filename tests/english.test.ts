import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDoc } from '../src/analyze.js';

const ARTICLE = [
  'Taiwan and US senators discuss arms sales',
  'By Sam Lee',
  '12 March 2026',
  '',
  'TAIPEI, March 12 (Wire) - Taiwan President Lai Ching-te met a delegation of US senators on Thursday, the presidential office said, a week after Beijing held drills near the island.',
  '"Taiwan will keep strengthening its own defence," Lai said.',
  'Wang Yi said Beijing would take firm measures against any interference.',
  'The talks will continue in April, according to officials in Taipei.',
  'Analysts said the visit could complicate talks planned for next year.',
  'The ministry was given a "special" status over the next five years.',
].join('\n');

test('English: dateline and byline, names in English, dates through the English parser', async () => {
  const doc = await analyzeDoc({ text: ARTICLE }, {});
  assert.equal(doc.get('lang'), 'en');
  assert.equal(doc.get('document').published, '2026-03-12');
  const lai = doc.get('entities').find((e) => e.id === 'kb:lai-ching-te');
  assert.equal(lai?.name, 'Lai Ching-te');
  assert.ok(lai && lai.mentions.some((m) => m.text === 'Lai'), 'the surname alone, after the full name, is the same person');
  const times = doc.get('times').map((t) => [t.text, t.value, t.precision]);
  assert.deepEqual(times, [
    ['12 March 2026', '2026-03-12', 'day'], ['March 12', '2026-03-12', 'day'], ['Thursday', '2026-03-12', 'day'],
    ['April', '2026-04', 'month'], ['next year', '2027', 'year'],
  ]);
});

test('English: direct, indirect and reported speech with their speakers', async () => {
  const doc = await analyzeDoc({ text: ARTICLE }, {});
  const quotes = doc.get('quotes').map((q) => [q.kind, q.speaker ?? q.speaker_text, q.content.text]);
  assert.deepEqual(quotes, [
    ['indirect', 'the presidential office', 'Taiwan President Lai Ching-te met a delegation of US senators on Thursday'],
    ['direct', 'kb:lai-ching-te', 'Taiwan will keep strengthening its own defence'],
    ['indirect', 'kb:wang-yi', 'Beijing would take firm measures against any interference'],
    ['reported', 'officials in Taipei', 'The talks will continue in April'],
    ['indirect', 'Analysts', 'the visit could complicate talks planned for next year'],
  ]);
  for (const q of doc.get('quotes')) assert.equal(doc.text.slice(q.content.start, q.content.end), q.content.text);
});

test('English: amounts with units, bounds, items and periods; quarters; no invented names', async () => {
  const text = 'China pledges soybean purchases\n\nBeijing will buy about 20 million tonnes of US soybeans this quarter and up to 25 million tonnes next quarter, officials said. The deal is worth more than $12 billion. Some 2,000 troops took part.';
  const doc = await analyzeDoc({ text }, { published: '2026-02-10' });
  const qs = doc.get('quantities').map((q) => [q.text, q.value, q.unit, q.item, q.period, q.bound ?? null, q.approx ?? false]);
  assert.deepEqual(qs, [
    ['20 million tonnes', 20e6, 't', 'kb:soybeans', '2026-Q1', null, true],
    ['25 million tonnes', 25e6, 't', 'kb:soybeans', '2026-Q2', 'max', false],
    ['$12 billion', 12e9, 'usd', null, null, 'over', false],
    ['2,000 troops', 2000, 'person', null, null, null, true],
  ]);
  assert.deepEqual(doc.get('ner'), [], 'the Japanese tagger does not read English');
  assert.ok(!doc.get('entities').some((e) => e.id.startsWith('local:')), doc.get('entities').map((e) => e.id).join(' '));
});

test('English: a name is matched only as a name — capitalised, and not an English word opening a sentence', async () => {
  const doc = await analyzeDoc({ text: 'Generals dismissed\n\nGen. He Weidong was dismissed on Tuesday. He had led a command, and he was close to the leadership. Fine china and turkey were served.' }, { published: '2026-03-12', lang: 'en' });
  const he = doc.get('entities').find((e) => e.id === 'kb:he-weidong');
  assert.deepEqual(he?.mentions.map((m) => m.text), ['He Weidong'], 'the pronoun he is not the general');
  const ids = doc.get('entities').map((e) => e.id);
  assert.ok(!ids.includes('kb:china') && !ids.includes('kb:turkey'), `china and turkey in lower case are no countries: ${ids.join(', ')}`);
});

test('English: "X thanked Y and said …" — the speaker is the subject, not the object of the first verb', async () => {
  const doc = await analyzeDoc({ text: 'Arms\n\nTaiwan\'s defence ministry thanked the United States and said the weapons would arrive in 2027.\nJapan welcomed the decision and said it would send experts to Kyiv.' }, { published: '2026-06-04', lang: 'en' });
  assert.deepEqual(doc.get('quotes').map((q) => q.speaker), ['kb:taiwan', 'kb:japan']);
  const plain = await analyzeDoc({ text: 'Talks\n\nOfficials in Seoul and Tokyo said the talks would resume in July.' }, { published: '2026-06-04', lang: 'en' });
  assert.equal(plain.get('quotes')[0]?.speaker_text, 'Officials in Seoul and Tokyo', 'a subject with "and" but no verb of its own stays whole');
});

test('English: a capital that speaks is its government when the article names the country', async () => {
  const doc = await analyzeDoc({ text: 'Tension\n\nChina and the United States traded accusations. Beijing said the sale undermines peace in the region. Tokyo said it was watching closely.' }, { published: '2026-06-04', lang: 'en' });
  assert.deepEqual(doc.get('quotes').map((q) => [q.speaker_text, q.speaker]), [['Beijing', 'kb:china'], ['Tokyo', 'kb:tokyo']], 'Japan is not named: Tokyo stays Tokyo');
});
