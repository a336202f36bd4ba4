import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { eventsOf, ids, only, org, person, place, prepareEvents } from '../../../tests/helpers/events.js';

before(prepareEvents);

const HAYASHI = person('kb:t-hayashi', ['林外相']);
const WANG = person('kb:t-wang', ['王外相']);
const KISHIDA = person('kb:t-kishida', ['岸田首相']);

test('この協議で: an event at an occasion told before is on that occasion’s date', async () => {
  const ev = only(await eventsOf({
    text: '林外相は3日、東京で王外相と協議した。この協議で、両外相は漁業協定に署名した。',
    entities: [HAYASHI, WANG, place('kb:t-tokyo', '東京')],
    times: [{ text: '3日', value: '2023-04-03' }],
  }), 'agreement');
  assert.deepEqual(ids(ev, 'participant'), ['kb:t-hayashi', 'kb:t-wang']);
  assert.equal(ev.date?.value, '2023-04-03');
});

test('the same parties agreeing right after their dated meeting agree at it (両外相は…に署名した)', async () => {
  const texts = [
    '林外相は3日、東京で王外相と協議した。両外相は漁業協定に署名した。',
    '林外相と王外相は3日、電話で会談した。両外相は、対話を続けることで一致した。',
    '林外相は3日、東京で王外相と協議した。協議は2時間に及んだ。両外相は、漁業協定の早期締結で合意した。',
  ];
  for (const text of texts) {
    const ev = only(await eventsOf({ text, entities: [HAYASHI, WANG, place('kb:t-tokyo', '東京')], times: [{ text: '3日', value: '2023-04-03' }] }), 'agreement');
    assert.deepEqual([ids(ev, 'participant'), ev.date?.value], [['kb:t-hayashi', 'kb:t-wang'], '2023-04-03'], text);
  }
});

test('no meeting date for an agreement after a topic change, a new time, other parties, or too far on', async () => {
  const entities = [HAYASHI, WANG, KISHIDA, place('kb:t-tokyo', '東京'), place('kb:t-x', 'X国'), place('kb:t-y', 'Y国')];
  const times = [{ text: '3日', value: '2023-04-03' }, { text: '5日', value: '2023-04-05' }];
  const texts = [
    // another actor in between
    '林外相は3日、東京で王外相と協議した。一方、X国はY国を非難した。両外相は漁業協定に署名した。',
    // other parties agree
    '林外相は3日、東京で王外相と協議した。X国とY国は停戦で合意した。',
    // a sentence with a time of its own starts another occasion
    '林外相は3日、東京で王外相と協議した。岸田首相は5日に演説した。両外相は漁業協定に署名した。',
    // only one of the two (a different pair)
    '林外相は3日、東京で王外相と協議した。林外相と岸田首相は、方針で一致した。',
    // too many sentences later
    '林外相は3日、東京で王外相と協議した。協議は長引いた。協議は非公開だった。協議は東京であった。両外相は漁業協定に署名した。',
  ];
  for (const text of texts) {
    const agreements = (await eventsOf({ text, entities, times: times.filter((t) => text.includes(t.text)) })).filter((e) => e.type === 'agreement');
    assert.ok(agreements.length > 0, text);
    for (const ev of agreements) assert.notEqual(ev.date?.value, '2023-04-03', text);
  }
});

test('an occasion named again as the event itself (記者会見 … 会見に臨み) keeps its date', async () => {
  const list = await eventsOf({
    text: '岸田首相は同日午後の記者会見で新方針を示す考えを伝えた。首相は官邸での会見に臨み、新方針を説明した。',
    entities: [KISHIDA, org('kb:t-kantei', '官邸')],
    times: [{ text: '同日午後', value: '2023-06-01' }],
  });
  const st = only(list, 'statement');
  assert.deepEqual([ids(st, 'source'), st.date?.value], [['kb:t-kishida'], '2023-06-01']);
});

const PARK = person('kb:t-park', ['朴大使']);
const SPEECH = {
  entities: [PARK, place('kb:t-b', 'B国')],
  times: [{ text: '7日', value: '2009-04-07' }],
};

test('words said again by the speaker of a dated speech are of that occasion, and so is the threat they make', async () => {
  const list = await eventsOf({
    ...SPEECH,
    text: '朴大使は7日、記者団に対し「宇宙の利用は権利だ」と述べた。「B国が制裁を強めれば、我々は対抗措置をとる」とも述べた。',
    quotes: [
      { speaker: 'kb:t-park', kind: 'direct', content: '宇宙の利用は権利だ' },
      { speaker: 'kb:t-park', kind: 'direct', content: 'B国が制裁を強めれば、我々は対抗措置をとる' },
    ],
  });
  const threat = only(list, 'threat');
  assert.deepEqual([ids(threat, 'source'), ids(threat, 'target'), threat.date?.value], [['kb:t-park'], ['kb:t-b'], '2009-04-07']);
  assert.equal(threat.attributed_to, 'kb:t-park');
  assert.equal(only(list, 'statement').date?.value, '2009-04-07');
});

test('another speaker’s words, or words on a day newly named, are not of the earlier occasion', async () => {
  const other = await eventsOf({
    entities: [PARK, place('kb:t-b', 'B国'), person('kb:t-kim', ['金報道官'])],
    times: SPEECH.times,
    text: '朴大使は7日、記者団に対し「宇宙の利用は権利だ」と述べた。金報道官は「B国が制裁を強めれば、我々は対抗措置をとる」と述べた。',
    quotes: [
      { speaker: 'kb:t-park', kind: 'direct', content: '宇宙の利用は権利だ' },
      { speaker: 'kb:t-kim', kind: 'direct', content: 'B国が制裁を強めれば、我々は対抗措置をとる' },
    ],
  });
  assert.equal(only(other, 'threat').date, null);
  const later = await eventsOf({
    ...SPEECH,
    times: [...SPEECH.times, { text: '9月', value: '2009-09' }],
    text: '朴大使は7日、記者団に対し「宇宙の利用は権利だ」と述べた。9月に入ってからの報道では、「B国が制裁を強めれば、我々は対抗措置をとる」と述べた。',
    quotes: [
      { speaker: 'kb:t-park', kind: 'direct', content: '宇宙の利用は権利だ' },
      { speaker: 'kb:t-park', kind: 'direct', content: 'B国が制裁を強めれば、我々は対抗措置をとる' },
    ],
  });
  assert.notEqual(only(later, 'threat').date?.value, '2009-04-07');
});

test('a part of the day with no day (夕方には) is on the day the story is on', async () => {
  const ev = only(await eventsOf({
    text: '岸田首相は1日午前、官邸で記者会見を行った。夕方には公邸で林外相と面会した。',
    entities: [KISHIDA, HAYASHI, org('kb:t-kantei', '官邸')],
    times: [{ text: '1日午前', value: '2023-06-01' }],
  }), 'meeting');
  assert.deepEqual([ids(ev, 'participant'), ev.date?.value], [['kb:t-hayashi', 'kb:t-kishida'], '2023-06-01']);
});

test('a part of the day looks back one sentence only, and 夜の is no time', async () => {
  const far = only(await eventsOf({
    text: '岸田首相は1日午前、官邸で記者会見を行った。首相は経済対策の狙いを説明した。夕方には公邸で林外相と面会した。',
    entities: [KISHIDA, HAYASHI, org('kb:t-kantei', '官邸')],
    times: [{ text: '1日午前', value: '2023-06-01' }],
  }), 'meeting');
  assert.equal(far.date, null);
  const modifier = only(await eventsOf({
    text: '岸田首相は1日午前、官邸で記者会見を行った。夜の街の対策について林外相と協議した。',
    entities: [KISHIDA, HAYASHI, org('kb:t-kantei', '官邸')],
    times: [{ text: '1日午前', value: '2023-06-01' }],
  }), 'meeting');
  assert.equal(modifier.date, null);
});

test('翌日の5日 after an event dates the event the day before', async () => {
  const list = await eventsOf({
    text: 'A国政府の声明があった翌日の5日、B国はA国を非難した。',
    entities: [place('kb:t-a', 'A国'), place('kb:t-b', 'B国')],
    times: [{ text: '翌日の5日', value: '2023-05-05' }],
  });
  assert.deepEqual(list.map((e) => [e.type, e.date?.value]), [['statement', '2023-05-04'], ['accusation', '2023-05-05']]);
});

test('…し、…たという (hearsay) does not make the chained act a plan', async () => {
  const ev = only(await eventsOf({
    text: '岸田首相は公邸で林外相と面会し、鈴木氏も同席したという。',
    entities: [KISHIDA, HAYASHI, org('kb:t-kantei', '官邸')],
  }), 'meeting');
  assert.equal(ev.modality, 'reported');
});
