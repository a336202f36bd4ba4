import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { eventsOf, goods, ids, only, org, person, place, prepareEvents } from '../../../tests/helpers/events.js';

before(prepareEvents);

test('a reaction to a statement (B国はA国の声明を歓迎) is not the statement told again', async () => {
  const list = await eventsOf({
    text: 'A国政府は3日、声明を発表した。B国はA国の声明を歓迎した。',
    entities: [place('kb:t-a', 'A国'), place('kb:t-b', 'B国')],
    times: [{ text: '3日', value: '2024-03-03' }],
  });
  assert.deepEqual(list.map((e) => [e.type, ids(e, 'source'), ids(e, 'target')]), [
    ['statement', ['kb:t-a'], []],
    ['statement', ['kb:t-b'], ['kb:t-a']],
  ]);
});

test('a country and its armed forces on one attack are one side: the headline and the body are one record', async () => {
  const ev = only(await eventsOf({
    title: 'X国がY州に侵攻',
    text: 'X国軍は8日未明、Y州に対して大規模な攻撃を行った。',
    entities: [place('kb:t-x', 'X国'), org('local:X国軍', 'X国軍'), place('kb:t-y', 'Y州')],
    times: [{ text: '8日未明', value: '2024-08-08' }],
  }), 'attack');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target'), ev.date?.value], [['kb:t-x', 'local:X国軍'], ['kb:t-y'], '2024-08-08']);
});

test('criticism of a president and of his country by one critic is one accusation; of another country, two', async () => {
  const w = person('local:t-w', ['W大統領'], [{ title: '大統領', org: 'kb:t-b', former: false }]);
  const one = await eventsOf({
    text: 'Z委員会は5日、B国のW大統領を非難した。Z委員会は、B国の対応を「挑発だ」と批判している。',
    entities: [org('local:t-z', 'Z委員会'), place('kb:t-b', 'B国'), w],
    times: [{ text: '5日', value: '2024-05-05' }],
  });
  const ev = only(one, 'accusation');
  assert.deepEqual([ids(ev, 'target'), ev.date?.value], [['kb:t-b', 'local:t-w'], '2024-05-05']);
  const two = await eventsOf({
    text: 'Z委員会は5日、B国のW大統領を非難した。Z委員会は、C国の対応を「挑発だ」と批判している。',
    entities: [org('local:t-z', 'Z委員会'), place('kb:t-b', 'B国'), place('kb:t-c', 'C国'), w],
    times: [{ text: '5日', value: '2024-05-05' }],
  });
  assert.equal(two.filter((e) => e.type === 'accusation').length, 2);
});

test('a party’s criticism and its secretary-general’s of the same resignation are one record', async () => {
  const list = await eventsOf({
    text: 'P首相は1日、辞任を表明した。今回の辞任表明を受け、Q党は「無責任だ」と批判した。Q党のR幹事長は「国民を軽んじている」と今回の辞任を批判した。',
    entities: [person('local:t-p', ['P首相']), org('local:t-q', 'Q党'), person('local:t-r', ['R幹事長'], [{ title: '幹事長', org: 'local:t-q', former: false }])],
    times: [{ text: '1日', value: '2024-09-01' }],
  });
  const ev = only(list, 'accusation');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target')], [['local:t-q', 'local:t-r'], ['local:t-p']]);
});

test('a planned purchase by the side that promised purchases from the same seller is more of the promise', async () => {
  const list = await eventsOf({
    text: 'A国のX主席は、B国産の大豆を購入すると約束した。A国はB国産の原油の購入も増やすという。',
    entities: [
      place('kb:t-a', 'A国'), place('kb:t-b', 'B国'), person('local:t-x', ['X主席'], [{ title: '主席', org: 'kb:t-a', former: false }]),
      goods('kb:t-soy', '大豆'), goods('kb:t-oil', '原油'),
    ],
  });
  assert.deepEqual(list.map((e) => e.type), ['commitment']);
  assert.deepEqual([ids(list[0]!, 'source'), ids(list[0]!, 'target'), ids(list[0]!, 'item')], [['local:t-x'], ['kb:t-b'], ['kb:t-oil', 'kb:t-soy']]);
  // A purchase from another seller stays a trade of its own.
  const other = await eventsOf({
    text: 'A国のX主席は、B国産の大豆を購入すると約束した。A国はC国産の原油の購入も増やすという。',
    entities: [
      place('kb:t-a', 'A国'), place('kb:t-b', 'B国'), place('kb:t-c', 'C国'), person('local:t-x', ['X主席'], [{ title: '主席', org: 'kb:t-a', former: false }]),
      goods('kb:t-soy', '大豆'), goods('kb:t-oil', '原油'),
    ],
  });
  assert.deepEqual(other.map((e) => e.type), ['commitment', 'trade']);
});

test('a vote on an act named by its noun (就任を承認すれば) is about the one the act is done to', async () => {
  const list = await eventsOf({
    text: 'X大統領はY氏を判事に指名した。上院が就任を承認すれば、Y氏は最年少の判事となる。',
    entities: [person('local:t-x', ['X大統領']), person('local:t-y', ['Y氏']), org('local:t-senate', '上院')],
  });
  const vote = only(list, 'legislation');
  assert.deepEqual([ids(vote, 'source'), ids(vote, 'target'), vote.modality], [['local:t-senate'], ['local:t-y'], 'hypothetical']);
});
