import assert from 'node:assert/strict';
import { test } from 'node:test';
import { span } from '../spans.js';
import { commitmentsOf } from './commitments.js';
import { SCHEMA_ID, type Analysis, type Quantity } from './contract.js';

const text = 'A国は今年、B国産の小麦300万トンを買うと約束した。これは昨年の年間200万トンを上回る。別に石炭50万トンも輸入した。';
const at = (s: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(s, i + 1);
  return span(text, i, i + s.length);
};
const qty = (s: string, value: number, item: string | null, period: string | null): Quantity => ({ ...at(s), value, unit: 't', item, period });

function analysis(linked: boolean): Analysis {
  return {
    schema: SCHEMA_ID,
    document: { id: 'x', lang: 'ja', title: null, published: '2026-03-01', author: null, source: null, body: [{ start: 0, end: text.length }], captions: [], sources: [] },
    text,
    sentences: [
      { start: 0, end: at('。').end, section: 'body' },
      { start: at('。').end, end: at('。', 1).end, section: 'body' },
      { start: at('。', 1).end, end: text.length, section: 'body' },
    ],
    entities: [
      { id: 'kb:wheat', name: '小麦', type: 'COMMODITY', names: {}, wikidata: null, mentions: [at('小麦')], roles: [] },
      { id: 'kb:coal', name: '石炭', type: 'COMMODITY', names: {}, wikidata: null, mentions: [at('石炭')], roles: [] },
    ],
    quotes: [],
    events: linked ? [{
      id: 'e', type: 'commitment', plover: 'COOPERATE', participants: [{ entity: null, role: 'source', text: 'A国' }], date: null,
      modality: 'asserted', attributed_to: null, quantities: [0], evidence: at('B国産の小麦300万トンを買うと約束した'),
    }] : [],
    times: [{ ...at('今年'), value: '2026', precision: 'year' }, { ...at('昨年'), value: '2025', precision: 'year' }],
    quantities: [qty('300万トン', 3e6, 'kb:wheat', '2026'), qty('200万トン', 2e6, null, null), qty('50万トン', 5e5, 'kb:coal', null)],
    warnings: [],
  };
}

test('a pledge is measured against the annual amount stated beside it for an earlier period', () => {
  const [wheat, ...rest] = commitmentsOf(analysis(true));
  assert.equal(rest.length, 0, 'coal has no target: no series');
  assert.equal(wheat!.item_name, '小麦');
  assert.deepEqual(wheat!.entries.map((e) => [e.quantity.text, e.kind, e.period, e.per_year]), [
    ['300万トン', 'pledge', '2026', false],
    ['200万トン', 'baseline', '2025', true],
  ]);
  assert.deepEqual([wheat!.targets, wheat!.baselines], [[0], [1]]);
  assert.equal(wheat!.entries[0]!.event?.actor, 'A国');
  assert.equal(wheat!.entries[1]!.evidence.text, 'これは昨年の年間200万トンを上回る。');
});

test('amounts of no named item form a series of their own', () => {
  const a = analysis(true);
  for (const q of a.quantities) q.item = null;
  a.events = [];
  const [unnamed, ...rest] = commitmentsOf(a);
  assert.equal(rest.length, 0);
  assert.equal(unnamed!.item, null);
  assert.deepEqual(unnamed!.entries.map((e) => [e.quantity.text, e.kind]), [['300万トン', 'target'], ['200万トン', 'baseline'], ['50万トン', 'stated']]);
});

test('without events, amounts stated for a period are the targets', () => {
  const [wheat] = commitmentsOf(analysis(false));
  assert.deepEqual(wheat!.entries.map((e) => e.kind), ['target', 'baseline']);
});

test('without events, an amount for a period already over is a baseline, not a target; durations are no amounts', () => {
  const a = analysis(false);
  a.quantities[1] = { ...a.quantities[1]!, item: 'kb:wheat', period: '2025' };
  a.quantities.push({ ...at('今年'), value: 1, unit: 'year', item: 'kb:wheat', period: '2026' });
  const [wheat] = commitmentsOf(a);
  assert.deepEqual(wheat!.entries.map((e) => [e.quantity.text, e.kind, e.period]), [['300万トン', 'target', '2026'], ['200万トン', 'baseline', '2025']]);
});

test('an amount for a later period is no baseline', () => {
  const a = analysis(true);
  a.times[1] = { ...at('昨年'), value: '2027', precision: 'year' };
  const [wheat] = commitmentsOf(a);
  assert.deepEqual(wheat!.baselines, []);
});
