import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { eventsOf, ids, only, org, person, place, prepareEvents } from '../../../tests/helpers/events.js';

before(prepareEvents);

test('a cleft (…を起こしたのは X) names who did an event told before: one record, dated as first told', async () => {
  const list = await eventsOf({
    text: 'Y国で5日、国軍の一部によるクーデターが起きた。関係者によると、クーデターを起こしたのは救国評議会。',
    entities: [place('kb:t-y', 'Y国'), org('local:t-council', '救国評議会')],
    times: [{ text: '5日', value: '2024-03-05' }],
  });
  const ev = only(list, 'military_action');
  assert.deepEqual([ids(ev, 'source'), ev.date?.value], [['local:t-council'], '2024-03-05']);
});

test('a passive cleft (逮捕されたのは X容疑者) names who was arrested', async () => {
  const ev = only(await eventsOf({
    text: '警視庁は3日、男を詐欺の疑いで逮捕した。逮捕されたのは会社員のA容疑者。',
    entities: [org('local:t-mpd', '警視庁'), person('local:t-a', ['A容疑者'])],
    times: [{ text: '3日', value: '2024-03-03' }],
  }), 'arrest');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target'), ev.date?.value], [['local:t-mpd'], ['local:t-a'], '2024-03-03']);
});

test('every member of a cleft’s focus list takes part (参加するのは A、B、C)', async () => {
  const ev = only(await eventsOf({
    text: '首脳会議は14日に開かれる。会議に参加するのはA国、B国、C国。',
    entities: [place('kb:t-a', 'A国'), place('kb:t-b', 'B国'), place('kb:t-c', 'C国')],
    times: [{ text: '14日', value: '2024-03-14' }],
  }), 'meeting');
  assert.deepEqual(ids(ev, 'participant'), ['kb:t-a', 'kb:t-b', 'kb:t-c']);
});

test('a body adopting a resolution of an act does the act (推薦決議 → appointment, 非難決議 → accusation)', async () => {
  const list = await eventsOf({
    text: '安保理は9日、X氏の推薦決議を採択した。総会はY国への非難決議を可決した。',
    entities: [org('kb:t-unsc', '安保理'), person('local:t-x', ['X氏']), org('kb:t-unga', '総会'), place('kb:t-y', 'Y国')],
    times: [{ text: '9日', value: '2024-10-09' }],
  });
  assert.deepEqual(list.map((e) => [e.type, ids(e, 'source'), ids(e, 'target')]), [
    ['appointment', ['kb:t-unsc'], ['local:t-x']],
    ['accusation', ['kb:t-unga'], ['kb:t-y']],
  ]);
  // Adopting a budget is still legislation.
  assert.equal(only(await eventsOf({ text: '国会は予算案を可決した。', entities: [org('local:t-diet', '国会')] }), 'legislation').type, 'legislation');
});

test('a threat is aimed at whoever its condition names (Xが…すれば、…対抗措置をとる)', async () => {
  const ev = only(await eventsOf({
    text: 'A国は、B国が演習を続ければ対抗措置をとると警告した。',
    entities: [place('kb:t-a', 'A国'), place('kb:t-b', 'B国')],
  }), 'threat');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target')], [['kb:t-a'], ['kb:t-b']]);
});

test('the addressee set off by a comma (Xに対し、…するよう呼びかけた) is the speech verb’s, even inside reported words', async () => {
  const ev = only(await eventsOf({
    text: 'Z大統領は10日、野党連合に対し、首相候補を推薦するよう呼びかけた。',
    entities: [person('local:t-z', ['Z大統領']), org('local:t-opp', '野党連合')],
    times: [{ text: '10日', value: '2024-04-10' }],
    quotes: [{ speaker: 'local:t-z', kind: 'indirect', content: '野党連合に対し、首相候補を推薦する' }],
  }), 'statement');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target'), ev.date?.value], [['local:t-z'], ['local:t-opp'], '2024-04-10']);
});

test('removed from a body (党を除名された): the body removes; 除名処分にする is the removal itself', async () => {
  const passive = only(await eventsOf({
    text: 'A氏はB党を除名された。',
    entities: [person('local:t-a', ['A氏']), org('local:t-b', 'B党')],
  }), 'dismissal');
  assert.deepEqual([ids(passive, 'source'), ids(passive, 'target')], [['local:t-b'], ['local:t-a']]);
  const made = only(await eventsOf({
    text: 'B党は2日、A氏を除名処分にした。',
    entities: [person('local:t-a', ['A氏']), org('local:t-b', 'B党')],
    times: [{ text: '2日', value: '2024-02-02' }],
  }), 'dismissal');
  assert.deepEqual([ids(made, 'source'), ids(made, 'target'), made.date?.value], [['local:t-b'], ['local:t-a'], '2024-02-02']);
});

test('an arrest acts on people: not on the body an unnamed suspect works for, but on each of a counted list', async () => {
  const member = await eventsOf({
    text: '警察はC社の社員を逮捕した。',
    entities: [org('local:t-police', '警察'), org('local:t-c', 'C社')],
  });
  assert.deepEqual(member.flatMap((e) => ids(e, 'target')), []);
  const listed = only(await eventsOf({
    text: '警察はD容疑者とE容疑者の2人を逮捕した。',
    entities: [org('local:t-police', '警察'), person('local:t-d', ['D容疑者']), person('local:t-e', ['E容疑者'])],
  }), 'arrest');
  assert.deepEqual(ids(listed, 'target'), ['local:t-d', 'local:t-e']);
  assert.deepEqual(ids(listed, 'source'), ['local:t-police']);
});

test('a suspect who is the subject of a headline arrest is the one arrested', async () => {
  const ev = only(await eventsOf({
    title: 'F容疑者が詐欺容疑で逮捕',
    text: '警察は4日、F容疑者を逮捕した。',
    entities: [org('local:t-police', '警察'), person('local:t-f', ['F容疑者'])],
    times: [{ text: '4日', value: '2024-06-04' }],
  }), 'arrest');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target')], [['local:t-police'], ['local:t-f']]);
});

test('criticism of an act by someone (政府による弾圧の批判) targets whoever did the act', async () => {
  const ev = only(await eventsOf({
    text: 'G国はH国政府による弾圧の批判を続けてきた。',
    entities: [place('kb:t-g', 'G国'), place('kb:t-h', 'H国')],
  }), 'accusation');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target')], [['kb:t-g'], ['kb:t-h']]);
});

test('a fight between two forces has no attacker: both take part', async () => {
  const ev = only(await eventsOf({
    text: 'J軍とK軍との戦闘が続いている。',
    entities: [org('local:t-j', 'J軍'), org('local:t-k', 'K軍')],
  }), 'attack');
  assert.deepEqual(ids(ev, 'participant'), ['local:t-j', 'local:t-k']);
  assert.deepEqual(ids(ev, 'target'), []);
});

test('an attempt (テロを起こそうとしていたとみられる男) is meant, not done, and the man is who meant it', async () => {
  const list = await eventsOf({
    text: '警察は5日、市内でテロを起こそうとしていたとみられるK容疑者を拘束した。',
    entities: [org('local:t-police', '警察'), person('local:t-k', ['K容疑者'])],
    times: [{ text: '5日', value: '2024-07-05' }],
  });
  const attack = only(list, 'attack');
  assert.deepEqual([attack.modality, ids(attack, 'source')], ['planned', ['local:t-k']]);
  const arrest = only(list, 'arrest');
  assert.deepEqual([ids(arrest, 'source'), ids(arrest, 'target')], [['local:t-police'], ['local:t-k']]);
});

test('the office a case is sent or filed to is no party: 地検に書類送検した, 地裁に提訴した', async () => {
  const list = await eventsOf({
    text: '岡山県警は、会社員の山根浩二容疑者を岡山地検に書類送検した。原告団は国を相手に岡山地裁に提訴した。',
    entities: [org('local:t-police', '岡山県警'), person('local:t-yamane', ['山根浩二']), org('local:t-pros', '岡山地検'),
      org('local:t-court', '岡山地裁'), place('kb:t-japan', '国')],
  });
  const arrest = only(list, 'arrest');
  assert.deepEqual([ids(arrest, 'source'), ids(arrest, 'target')], [['local:t-police'], ['local:t-yamane']]);
  assert.ok(!list.some((e) => e.participants.some((p) => p.entity === 'local:t-court' || p.entity === 'local:t-pros')));
});

test('a signing ceremony held is the agreement of those who hold it (調印式を行った)', async () => {
  const ev = only(await eventsOf({
    text: 'X国とY国は10日、協定の調印式を行った。',
    entities: [place('kb:t-x', 'X国'), place('kb:t-y', 'Y国')],
    times: [{ text: '10日', value: '2024-03-10' }],
  }), 'agreement');
  assert.deepEqual([ids(ev, 'participant').sort(), ev.date?.value], [['kb:t-x', 'kb:t-y'], '2024-03-10']);
});
