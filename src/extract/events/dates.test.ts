import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { EventRecord } from '../../analysis/contract.js';
import { eventsOf, only, person, place, prepareEvents } from '../../../tests/helpers/events.js';

before(prepareEvents);

const HAYASHI = person('kb:t-hayashi', ['林外相']);
const WANG = person('kb:t-wang', ['王外相']);
const ENTITIES = [HAYASHI, WANG, place('kb:t-x', 'X国'), place('kb:t-y', 'Y国'), place('kb:t-china', '中国'), place('kb:t-tokyo', '東京')];
const PUBLISHED = '2023-04-15';
const TIMES = [
  { text: '3日', value: '2023-04-03' }, { text: '10日', value: '2023-04-10' }, { text: '来年4月', value: '2024-04' },
  { text: '来年', value: '2024' }, { text: '来月', value: '2023-05' }, { text: '年内', value: '2023' }, { text: '昨年', value: '2022' },
];

/** The events of `text`, with every time of TIMES it holds (not one inside a longer one: 来年 in 来年4月). */
async function events(text: string): Promise<EventRecord[]> {
  const held = TIMES.filter((t) => text.includes(t.text));
  const times = held.filter((t) => !held.some((u) => u !== t && u.text.includes(t.text)));
  return eventsOf({ text, entities: ENTITIES, times, published: PUBLISHED });
}

function summary(ev: EventRecord): [string, string | null] {
  return [ev.modality, ev.date?.value ?? null];
}

test('an agreement about something to come is reached when the sentence says, not when the thing is', async () => {
  const cases: [string, string | null][] = [
    ['X国とY国は10日、来年の首脳会談の開催で一致した。', '2023-04-10'],
    ['X国とY国は10日、来月の外相会談で合意した。', '2023-04-10'],
    ['X国とY国は10日、年内に再協議することで合意した。', '2023-04-10'],
    ['X国とY国は、来年、首脳会談を開催することで合意した。', null],
    ['X国とY国は来年の再会で合意した。', null],
  ];
  for (const [text, date] of cases) assert.deepEqual(summary(only(await events(text), 'agreement')), ['asserted', date], text);
});

test('an agreement about something to come, right after a dated meeting of the same parties, is of that meeting', async () => {
  const texts = [
    '林外相は3日、東京で王外相と協議した。両外相は来年の再会で合意した。',
    '林外相は3日、東京で王外相と協議した。両外相は年内に再協議することで合意した。',
    '林外相は3日、東京で王外相と協議し、来月の首脳会談の開催で一致した。',
    // Two agreements in a row, both about later things: the first names no occasion of its own.
    '林外相は3日、東京で王外相と協議した。両外相は来年の再会で合意した。両外相は来月の首脳会談の開催でも一致した。',
  ];
  for (const text of texts) {
    const list = (await events(text)).filter((e) => e.type === 'agreement');
    assert.ok(list.length > 0, text);
    for (const ev of list) assert.deepEqual(summary(ev), ['asserted', '2023-04-03'], text);
  }
});

test('a promise or a decision about something to come: the time belongs to what is promised or decided', async () => {
  assert.deepEqual(summary(only(await events('林外相は10日、来月の中国訪問を約束した。'), 'commitment')), ['asserted', '2023-04-10']);
  assert.deepEqual(summary(only(await events('林外相は10日、来月中国を訪問することを約束した。'), 'commitment')), ['asserted', '2023-04-10']);
  // What is decided or announced is itself an event: it is the one to come, dated by its own time.
  assert.deepEqual(summary(only(await events('X国とY国は10日、来月首脳会談を開くことを決めた。'), 'meeting')), ['planned', '2023-05']);
  assert.deepEqual(summary(only(await events('林外相は10日、来月中国を訪問すると発表した。'), 'visit')), ['planned', '2023-05']);
  assert.deepEqual(summary(only(await events('X国は10日、来年4月にY国に対する制裁を発動することを決定した。'), 'sanction')), ['planned', '2024-04']);
});

test('plans stay plans and past times still date what was done', async () => {
  assert.deepEqual(summary(only(await events('林外相は来年中国を訪問する予定だ。'), 'visit')), ['planned', '2024']);
  assert.deepEqual(summary(only(await events('X国とY国は来年合意する見通しだ。'), 'agreement')), ['planned', '2024']);
  assert.deepEqual(summary(only(await events('X国とY国は来月、協定に署名する。'), 'agreement')), ['planned', '2023-05']);
  assert.deepEqual(summary(only(await events('X国とY国は昨年合意した。'), 'agreement')), ['asserted', '2022']);
  assert.deepEqual(summary(only(await events('X国とY国は昨年、首脳会談の開催で合意した。'), 'agreement')), ['asserted', '2022']);
});

test('a day after publication under a past verb still dates the act, which is done, not planned', async () => {
  // The publication date can be off (taken from a cited source): the day the text names is when it was done.
  const list = await eventsOf({
    text: '林外相は20日、王外相と会談した。', entities: ENTITIES, times: [{ text: '20日', value: '2023-04-20' }], published: PUBLISHED,
  });
  assert.deepEqual(summary(only(list, 'meeting')), ['asserted', '2023-04-20']);
});
