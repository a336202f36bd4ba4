import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { eventsOf, ids, only, org, person, place, prepareEvents } from '../../../tests/helpers/events.js';

before(prepareEvents);

const A = person('local:t-a', ['甲野一郎氏', '甲野一郎容疑者', '甲野一郎']);
const B = person('local:t-b', ['乙川二郎氏', '乙川二郎容疑者', '乙川二郎']);
const C = person('local:t-c', ['丙山三郎']);
const police = org('local:t-police', '県警');
const party = org('local:t-party', '与党');

test('every name of a list counted after it is a target (AとBの2人を, A、B、Cの3人を, A、Bの両容疑者を)', async () => {
  for (const [text, want] of [
    ['県警は10日、甲野一郎容疑者と乙川二郎容疑者の2人を逮捕した。', ['local:t-a', 'local:t-b']],
    ['県警は、甲野一郎、乙川二郎、丙山三郎の3人を逮捕した。', ['local:t-a', 'local:t-b', 'local:t-c']],
    ['県警は、甲野一郎、乙川二郎の両容疑者を逮捕した。', ['local:t-a', 'local:t-b']],
    ['県警は、甲野一郎、乙川二郎両容疑者を逮捕した。', ['local:t-a', 'local:t-b']],
  ] as const) {
    const ev = only(await eventsOf({ text, entities: [police, A, B, C] }), 'arrest');
    assert.deepEqual([ids(ev, 'source'), ids(ev, 'target')], [['local:t-police'], [...want]], text);
  }
});

test('AやBなど3人を: the named members of a counted list are the targets', async () => {
  const ev = only(await eventsOf({ text: '県警は甲野一郎容疑者や乙川二郎容疑者など3人を拘束した。', entities: [police, A, B] }), 'arrest');
  assert.deepEqual(ids(ev, 'target'), ['local:t-a', 'local:t-b']);
});

test('A氏ら3人 (and A氏ら活動家3人): the named one is a target', async () => {
  for (const text of ['県警は甲野一郎容疑者ら3人を逮捕した。', '県警は、甲野一郎氏ら活動家5人を拘束した。']) {
    const ev = only(await eventsOf({ text, entities: [police, A] }), 'arrest');
    assert.deepEqual(ids(ev, 'target'), ['local:t-a'], text);
  }
});

test('a count read through to a genitive reaches as far as the count: AとBの2人の解任', async () => {
  const ev = only(await eventsOf({ text: '与党は9日、甲野一郎氏と乙川二郎氏の2人の解任を発表した。', entities: [party, A, B] }), 'dismissal');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target')], [['local:t-party'], ['local:t-a', 'local:t-b']]);
});

test('people an act on people is announced about are its targets (AとBの2人について解任を発表した)', async () => {
  for (const text of ['与党は9日、甲野一郎氏と乙川二郎氏の2人について解任を発表した。', '与党は、甲野一郎氏と乙川二郎氏について、除名処分を決定した。']) {
    const ev = only(await eventsOf({ text, entities: [party, A, B] }), 'dismissal');
    assert.deepEqual([ids(ev, 'source'), ids(ev, 'target')], [['local:t-party'], ['local:t-a', 'local:t-b']], text);
  }
});

test('not targets: a relation between names (AとBの関係について), a topic of talks, a place in the list', async () => {
  const inquiry = only(await eventsOf({ text: '県警は、甲野一郎容疑者と乙川二郎容疑者の関係について捜査している。', entities: [police, A, B] }), 'investigation');
  assert.deepEqual(ids(inquiry, 'target'), []);
  const talks = only(await eventsOf({
    text: '与党と野党連合は10日、甲野一郎氏と乙川二郎氏の関係について協議した。', entities: [party, org('local:t-opp', '野党連合'), A, B],
  }), 'meeting');
  assert.deepEqual(ids(talks, 'participant'), ['local:t-opp', 'local:t-party']);
  const arrest = only(await eventsOf({
    text: '県警は、甲野一郎容疑者と東京都の乙川二郎容疑者の2人を逮捕した。県警は、X国とY国の2人の記者を拘束した。',
    entities: [police, A, B, place('kb:t-tokyo', '東京都'), place('kb:t-x', 'X国'), place('kb:t-y', 'Y国')],
  }).then((l) => l.filter((e) => e.type === 'arrest')), 'arrest');
  assert.deepEqual(ids(arrest, 'target'), ['local:t-a', 'local:t-b']);
  // A place named in a counted list describes the people, it is not dismissed itself.
  const dismissal = only(await eventsOf({ text: '与党は、甲野一郎氏とX国の2人について解任を発表した。', entities: [party, A, place('kb:t-x', 'X国')] }), 'dismissal');
  assert.deepEqual(ids(dismissal, 'target'), ['local:t-a']);
});

test('a list of persons before who they are counted (A、B、Cの乗組員3人が死亡) names them; a body’s count stays a count', async () => {
  const death = only(await eventsOf({ text: '甲野一郎さんと操縦士の乙川二郎さん、丙山三郎さんの乗組員3人が死亡した。', entities: [A, B, C] }), 'death');
  assert.deepEqual(ids(death, 'target'), ['local:t-a', 'local:t-b', 'local:t-c']);
  const taken = only(await eventsOf({ text: 'X国で赤新月社の25人が拉致された。', entities: [place('kb:t-x', 'X国')] }), 'attack');
  assert.deepEqual(taken.participants.filter((p) => p.role === 'target').map((p) => p.text), ['25人']);
});

test('whose vote carried a decision acts (AとBの賛成により可決された)', async () => {
  const ev = only(await eventsOf({ text: '与党と野党連合の賛成により、法案は可決された。', entities: [party, org('local:t-opp', '野党連合')] }), 'legislation');
  assert.deepEqual(ids(ev, 'source'), ['local:t-opp', 'local:t-party']);
});
