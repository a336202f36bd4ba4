import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { EventRecord, ParticipantRole } from '../../analysis/contract.js';
import { layeredDoc, type DocSpec, type EntitySpec } from '../../../tests/helpers/layers.js';
import { events } from './stage.js';

before(async () => {
  await events.prepare!();
});

async function eventsOf(spec: DocSpec): Promise<EventRecord[]> {
  const doc = await layeredDoc(spec);
  return events.run(doc, {}).get('events');
}

const person = (id: string, ...forms: string[]): EntitySpec => ({ id, type: 'PERSON', forms });
const org = (id: string, ...forms: string[]): EntitySpec => ({ id, type: 'ORG', forms });

function ids(ev: EventRecord, role: ParticipantRole): string[] {
  return ev.participants.filter((p) => p.role === role && p.entity).map((p) => p.entity!).sort();
}

/** Type, source and target of every record, as one line each. */
function summary(list: EventRecord[]): string[] {
  return list.map((e) => `${e.type} ${ids(e, 'source').join(',')} > ${ids(e, 'target').join(',')}`);
}

test('a court that rejects an appeal rules on whoever filed it, dated by its clause', async () => {
  const list = await eventsOf({
    text: '広島高裁は12日、木村健太被告の控訴を棄却した。',
    entities: [org('c', '広島高裁'), person('p', '木村健太被告')],
    times: [{ text: '12日', value: '2026-05-12' }],
  });
  assert.deepEqual(summary(list), ['trial c > p']);
  assert.deepEqual(list[0]!.date, { value: '2026-05-12', precision: 'day' });
  assert.equal(list[0]!.modality, 'asserted');
});

test('退ける, 却下 and 破棄 rule only on a filing or a ruling', async () => {
  const list = await eventsOf({
    text: '最高裁は上告を退け、大野真一被告の刑が確定した。仙台地裁は原田美香さんの訴えを却下した。高松高裁は一審判決を破棄し、森田亮被告に無罪を言い渡した。',
    entities: [org('sc', '最高裁'), org('sd', '仙台地裁'), org('th', '高松高裁'), person('a', '大野真一被告'), person('b', '原田美香さん'), person('c', '森田亮被告')],
  });
  assert.deepEqual(summary(list), ['trial sc > ', 'trial sd > b', 'trial th > c']);
});

test('a sentence handed down (懲役, 無罪) is a ruling on the one it is handed to, active or passive', async () => {
  const list = await eventsOf({
    text: '前橋地裁は、松井大輔被告に対し懲役4年、執行猶予5年を言い渡した。西村和也被告は懲役2年を言い渡された。',
    entities: [org('c', '前橋地裁'), person('a', '松井大輔被告'), person('b', '西村和也被告')],
  });
  assert.deepEqual(summary(list), ['trial c > a', 'trial  > b']);
});

test('a ruling word after the verb (上告を棄却する決定) does not hide the court; a bench rules for its court', async () => {
  const list = await eventsOf({
    text: '最高裁第三小法廷は8日、石田浩二被告の上告を棄却する決定をした。',
    entities: [org('sc', '最高裁'), person('p', '石田浩二被告')],
  });
  assert.deepEqual(summary(list), ['trial sc > p']);
});

test('a rejected appeal in the passive and in a headline compound', async () => {
  const list = await eventsOf({
    title: '福井地裁、岡田修被告の控訴棄却',
    text: '野口恵被告の上告は棄却された。',
    entities: [org('c', '福井地裁'), person('a', '岡田修被告'), person('b', '野口恵被告')],
  });
  assert.deepEqual(summary(list), ['trial c > a', 'trial  > b']);
});

test('no ruling: an argument, a demand, an agreement, a challenger or a send-off is rejected or handed down', async () => {
  const list = await eventsOf({
    text: '首相は野党の要求を退けた。政府は両国の合意を破棄した。横綱は挑戦者の大山を退けた。主審は大橋選手に退場を言い渡した。入管当局は山下氏の申請を却下した。',
    entities: [person('pm', '首相'), org('g', '政府'), person('y', '横綱'), person('o', '大山'), person('r', '主審'), person('h', '大橋選手'), person('s', '山下氏')],
  });
  assert.deepEqual(list.filter((e) => e.type === 'trial'), []);
});

test('救援 is aid when relief is sent to those in need, not a relief pitcher’s work', async () => {
  const list = await eventsOf({
    text: '日本政府は10日、トルコに救援隊を派遣した。赤十字社は被災地に救援物資を送った。7回2死から救援した上原投手が抑えた。先発の岩田投手を救援した藤川は3回を無失点に抑えた。',
    entities: [org('jp', '日本政府'), { id: 'tr', type: 'GPE', forms: ['トルコ'] }, org('rc', '赤十字社'), person('u', '上原投手'), person('i', '岩田投手'), person('f', '藤川')],
  });
  assert.deepEqual(summary(list), ['aid jp > tr', 'aid rc > ']);
});

test('a passive arrest whose head opens with a prefix (元専務) is that head\'s, not the topic before it', async () => {
  const list = await eventsOf({
    text: '札幌地検は、食品会社の元社長、三浦正容疑者を起訴し、三浦容疑者とともに逮捕された元専務の今井聡容疑者を釈放した。',
    entities: [org('k', '札幌地検'), person('m', '三浦正容疑者', '三浦容疑者'), person('i', '今井聡容疑者')],
  });
  const arrest = list.find((e) => e.type === 'arrest')!;
  assert.deepEqual(ids(arrest, 'source'), []);
  assert.ok(ids(arrest, 'target').includes('i'));
  assert.ok(!ids(arrest, 'target').includes('k'));
});

test('a passive arrest in the next sentence names its own target, not the prosecutors of the one before', async () => {
  const list = await eventsOf({
    text: '札幌地検は10日、元社長を起訴した。同社の元専務、今井聡容疑者も逮捕された。',
    entities: [org('k', '札幌地検'), person('i', '今井聡容疑者')],
  });
  assert.deepEqual(summary(list.filter((e) => e.type === 'arrest')), ['arrest  > i']);
});

test('a body sentence that is only a bracketed line cites a headline: no event', async () => {
  const list = await eventsOf({
    text: '札幌地検は10日、今井聡容疑者を起訴した。「食品会社元社長を起訴」。',
    entities: [org('k', '札幌地検'), person('i', '今井聡容疑者')],
  });
  assert.deepEqual(summary(list), ['trial k > i']);
});
