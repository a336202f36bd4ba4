import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { EventRecord, EventType, ParticipantRole } from '../../analysis/contract.js';
import { layeredDoc, type DocSpec, type EntitySpec } from '../../../tests/helpers/layers.js';
import { events } from './stage.js';

before(async () => {
  await events.prepare!();
});

async function eventsOf(spec: DocSpec): Promise<EventRecord[]> {
  const doc = await layeredDoc(spec);
  return events.run(doc, {}).get('events');
}

function person(id: string, ...forms: string[]): EntitySpec {
  return { id, type: 'PERSON', forms };
}
function place(id: string, ...forms: string[]): EntitySpec {
  return { id, type: 'GPE', forms };
}
function org(id: string, ...forms: string[]): EntitySpec {
  return { id, type: 'ORG', forms };
}

/** Entity ids in `role` (sorted). */
function ids(ev: EventRecord, role: ParticipantRole): string[] {
  return ev.participants.filter((p) => p.role === role && p.entity).map((p) => p.entity!).sort();
}

function only(list: EventRecord[], type: EventType): EventRecord {
  const found = list.filter((e) => e.type === type);
  assert.equal(found.length, 1, `one ${type} expected, got ${JSON.stringify(list.map((e) => e.type))}`);
  return found[0]!;
}

test('a phone call: both sides are participants, dated by its clause', async () => {
  const list = await eventsOf({
    text: '岸田首相は15日、バイデン大統領と電話会談を行った。',
    entities: [person('kb:kishida', '岸田首相'), person('kb:biden', 'バイデン大統領')],
    times: [{ text: '15日', value: '2024-03-15' }],
  });
  const call = only(list, 'call');
  assert.equal(call.plover, 'CONSULT');
  assert.deepEqual(ids(call, 'participant'), ['kb:biden', 'kb:kishida']);
  assert.deepEqual(call.date, { value: '2024-03-15', precision: 'day' });
  assert.equal(call.modality, 'asserted');
  assert.equal(call.evidence.text, '岸田首相は15日、バイデン大統領と電話会談を行った');
});

test('a meeting of a coordinated subject, with its location', async () => {
  const [ev] = await eventsOf({
    text: '茂木外相とブリンケン国務長官は3日、ワシントンで会談した。',
    entities: [person('kb:motegi', '茂木外相'), person('kb:blinken', 'ブリンケン国務長官'), place('kb:washington', 'ワシントン')],
  });
  assert.equal(ev!.type, 'meeting');
  assert.deepEqual(ids(ev!, 'participant'), ['kb:blinken', 'kb:motegi']);
  assert.deepEqual(ids(ev!, 'location'), ['kb:washington']);
});

test('それぞれ splits a meeting with two counterparts into one record per dyad; genitive places are not parties', async () => {
  const list = await eventsOf({
    text: '李首相は5日、フランスのマクロン大統領およびドイツのショルツ首相とそれぞれ会談した。',
    entities: [person('kb:li', '李首相'), person('kb:macron', 'マクロン大統領'), person('kb:scholz', 'ショルツ首相'), place('kb:france', 'フランス'), place('kb:germany', 'ドイツ')],
  });
  assert.deepEqual(list.map((e) => ids(e, 'participant')), [['kb:li', 'kb:macron'], ['kb:li', 'kb:scholz']]);
});

test('without それぞれ the same meeting is one record with all three', async () => {
  const list = await eventsOf({
    text: '李首相は5日、マクロン大統領およびショルツ首相と会談した。',
    entities: [person('kb:li', '李首相'), person('kb:macron', 'マクロン大統領'), person('kb:scholz', 'ショルツ首相')],
  });
  assert.deepEqual(list.map((e) => ids(e, 'participant')), [['kb:li', 'kb:macron', 'kb:scholz']]);
});

test('両首脳 resolves to the two leaders just named', async () => {
  const list = await eventsOf({
    text: '尹大統領は7日、ソウルで岸田首相と会談した。両首脳は共同声明に署名した。',
    entities: [person('kb:yoon', '尹大統領'), person('kb:kishida', '岸田首相'), place('kb:seoul', 'ソウル')],
  });
  const agreement = only(list, 'agreement');
  assert.equal(agreement.plover, 'AGREE');
  assert.deepEqual(ids(agreement, 'participant'), ['kb:kishida', 'kb:yoon']);
});

test('a visit word naming its destination (訪中), planned, reported by the ministry that announced it', async () => {
  const list = await eventsOf({
    text: '中国外務省は、ブリンケン国務長官が18日に訪中すると発表した。北京は中国の首都だ。',
    entities: [org('kb:mfa-china', '中国外務省'), person('kb:blinken', 'ブリンケン国務長官'), place('kb:china', '中国')],
    times: [{ text: '18日', value: '2023-06-18' }],
    quotes: [{ speaker: 'kb:mfa-china', kind: 'indirect', content: 'ブリンケン国務長官が18日に訪中する' }],
  });
  const visit = only(list, 'visit');
  assert.deepEqual(ids(visit, 'source'), ['kb:blinken']);
  assert.deepEqual(ids(visit, 'target'), ['kb:china']);
  assert.equal(visit.modality, 'planned');
  assert.equal(visit.attributed_to, 'kb:mfa-china');
  assert.equal(visit.date?.value, '2023-06-18');
  assert.equal(list.filter((e) => e.type === 'statement').length, 0, 'the announcement only carries the visit');
});

test('an invitation: inviter, invitee and where to', async () => {
  const ev = only(await eventsOf({
    text: '習主席はプーチン大統領を北京に招待した。',
    entities: [person('kb:xi', '習主席'), person('kb:putin', 'プーチン大統領'), place('kb:beijing', '北京')],
  }), 'invitation');
  assert.deepEqual(ids(ev, 'source'), ['kb:xi']);
  assert.deepEqual(ids(ev, 'target'), ['kb:putin']);
  assert.deepEqual(ids(ev, 'location'), ['kb:beijing']);
});

test('a promise to buy is one commitment: the seller from 〜産, the goods, the amount; the period does not date it', async () => {
  const list = await eventsOf({
    text: 'A国のX大統領は、今年中にB国産の小麦300万トンを購入すると約束した。',
    entities: [place('kb:a', 'A国'), person('kb:x', 'X大統領'), place('kb:b', 'B国'), { id: 'kb:wheat', type: 'COMMODITY', forms: ['小麦'] }],
    times: [{ text: '今年中', value: '2026' }],
    quantities: [{ text: '300万トン', value: 3000000, unit: 't', item: 'kb:wheat', period: '2026' }],
  });
  assert.deepEqual(list.map((e) => e.type), ['commitment']);
  const ev = list[0]!;
  assert.deepEqual(ids(ev, 'source'), ['kb:x']);
  assert.deepEqual(ids(ev, 'target'), ['kb:b']);
  assert.deepEqual(ids(ev, 'item'), ['kb:wheat']);
  assert.deepEqual(ev.quantities, [0]);
  assert.equal(ev.date, null);
});

test('a trade: buyer, the country bought from, the goods', async () => {
  const ev = only(await eventsOf({
    text: '日本はオーストラリアから石炭を輸入した。',
    entities: [place('kb:japan', '日本'), place('kb:australia', 'オーストラリア'), { id: 'kb:coal', type: 'COMMODITY', forms: ['石炭'] }],
  }), 'trade');
  assert.equal(ev.plover, 'COOPERATE');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target'), ids(ev, 'item')], [['kb:japan'], ['kb:australia'], ['kb:coal']]);
});

test('aid announced for the future is planned; the announcement is not a second event', async () => {
  const list = await eventsOf({
    text: '米国はウクライナに対し、追加の軍事支援を行うと発表した。',
    entities: [place('kb:us', '米国'), place('kb:ukraine', 'ウクライナ')],
  });
  assert.deepEqual(list.map((e) => e.type), ['aid']);
  assert.deepEqual([ids(list[0]!, 'source'), ids(list[0]!, 'target'), list[0]!.modality], [['kb:us'], ['kb:ukraine'], 'planned']);
});

test('a formal statement is an event; an undated remark is not', async () => {
  const list = await eventsOf({
    text: '国連のグテレス事務総長は10日、声明を発表した。同氏は記者団に対して懸念を述べた。',
    entities: [org('kb:un', '国連'), person('kb:guterres', 'グテレス事務総長')],
    times: [{ text: '10日', value: '2024-01-10' }],
  });
  assert.deepEqual(list.map((e) => [e.type, ids(e, 'source')]), [['statement', ['kb:guterres']]]);
});

test('an accusation: the spokesman speaks for his ministry, the target owns what is criticised', async () => {
  const ev = only(await eventsOf({
    text: '中国外務省の報道官は、日本政府の対応を強く非難した。',
    entities: [org('kb:mfa-china', '中国外務省'), place('kb:japan', '日本')],
  }), 'accusation');
  assert.equal(ev.plover, 'ACCUSE');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target')], [['kb:mfa-china'], ['kb:japan']]);
});

test('a threat: the warning takes in what it threatens; a conditional subject is not the actor', async () => {
  const list = await eventsOf({
    text: '北朝鮮は、合同演習が続けば対抗措置をとると警告した。',
    entities: [place('kb:dprk', '北朝鮮')],
  });
  assert.deepEqual(list.map((e) => [e.type, e.plover, ids(e, 'source'), e.modality]), [['threat', 'THREATEN', ['kb:dprk'], 'asserted']]);
});

test('a sanction on a target named adnominally through an adjective', async () => {
  const ev = only(await eventsOf({
    text: 'EUはロシアに対する新たな制裁を決定した。',
    entities: [org('kb:eu', 'EU'), place('kb:russia', 'ロシア')],
  }), 'sanction');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target'), ev.plover], [['kb:eu'], ['kb:russia'], 'SANCTION']);
});

test('a tariff on goods of a country targets the country and carries the rate', async () => {
  const ev = only(await eventsOf({
    text: 'トランプ大統領は中国製品に25%の追加関税を課すと表明した。',
    entities: [person('kb:trump', 'トランプ大統領'), place('kb:china', '中国')],
    quantities: [{ text: '25%', value: 25, unit: 'percent' }],
  }), 'tariff');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target'), ev.quantities, ev.modality], [['kb:trump'], ['kb:china'], [0], 'planned']);
});

test('coordinated targets of one dismissal are one record with both targets', async () => {
  const list = await eventsOf({
    text: '国防省は12日、山田司令官と佐藤将軍を解任した。',
    entities: [org('local:mod', '国防省'), person('local:yamada', '山田司令官'), person('local:sato', '佐藤将軍')],
    times: [{ text: '12日', value: '2025-02-12' }],
  });
  assert.deepEqual(list.map((e) => [e.type, e.plover, ids(e, 'source'), ids(e, 'target'), e.date?.value]), [
    ['dismissal', 'COERCE', ['local:mod'], ['local:sato', 'local:yamada'], '2025-02-12'],
  ]);
});

test('revoking a status (資格を取り消す): an unnamed group stays a participant by its words', async () => {
  const ev = only(await eventsOf({
    text: '選挙委員会は、野党議員5人の議員資格を取り消すと決定した。',
    entities: [org('local:ec', '選挙委員会')],
    quantities: [{ text: '5人', value: 5, unit: 'person' }],
  }), 'dismissal');
  assert.deepEqual(ev.participants.find((p) => p.role === 'target'), { entity: null, role: 'target', text: '野党議員5人' });
  assert.deepEqual([ids(ev, 'source'), ev.modality, ev.quantities], [['local:ec'], 'planned', [0]]);
});

test('an appointment by a bare title (大統領は) that refers to the president named before', async () => {
  const ev = only(await eventsOf({
    text: 'ミレイ大統領は就任式を終えた。大統領はC氏を経済相に任命した。',
    entities: [person('kb:milei', 'ミレイ大統領'), person('local:c', 'C氏')],
  }), 'appointment');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target')], [['kb:milei'], ['local:c']]);
});

test('a resignation announced is a resignation (the announcement carries it)', async () => {
  const list = await eventsOf({
    text: 'D首相は3日、辞任を表明した。',
    entities: [person('local:d', 'D首相')],
    times: [{ text: '3日', value: '2024-08-03' }],
  });
  assert.deepEqual(list.map((e) => [e.type, e.plover, ids(e, 'source'), e.date?.value]), [['resignation', 'CONCEDE', ['local:d'], '2024-08-03']]);
});

test('an investigation of a company by unnamed prosecutors', async () => {
  const ev = only(await eventsOf({ text: '検察当局はE社の捜査を始めた。', entities: [org('local:e', 'E社')] }), 'investigation');
  assert.deepEqual(ids(ev, 'target'), ['local:e']);
  assert.equal(ev.participants.find((p) => p.role === 'source')?.text, '検察当局');
});

test('a passive arrest: the subject is arrested, the に phrase arrests', async () => {
  const ev = only(await eventsOf({
    text: 'F氏は5日、警察に逮捕された。',
    entities: [person('local:f', 'F氏'), org('local:police', '警察')],
  }), 'arrest');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target'), ev.plover], [['local:police'], ['local:f'], 'COERCE']);
});

test('a sentence received (判決を受けた) makes its subject the one tried', async () => {
  const ev = only(await eventsOf({ text: 'G被告は懲役5年の判決を受けた。', entities: [person('local:g', 'G被告')] }), 'trial');
  assert.deepEqual(ids(ev, 'target'), ['local:g']);
});

test('an election won, a bill passed, a missile launched', async () => {
  const list = await eventsOf({
    text: 'H氏が大統領選挙で当選した。国会は予算案を可決した。北朝鮮は8日、弾道ミサイルを発射した。',
    entities: [person('local:h', 'H氏'), org('local:diet', '国会'), place('kb:dprk', '北朝鮮')],
    times: [{ text: '8日', value: '2024-01-08' }],
  });
  assert.deepEqual(list.map((e) => [e.type, e.participants.map((p) => p.entity)]), [
    ['election', ['local:h']], ['legislation', ['local:diet']], ['military_action', ['kb:dprk']],
  ]);
  assert.equal(list[2]!.date?.value, '2024-01-08');
  assert.equal(list[2]!.plover, 'MOBILIZE');
});

test('a protest: the verb describing the demonstration is no second event', async () => {
  const list = await eventsOf({ text: '首都リマでは数万人が政府に抗議するデモを行った。', entities: [place('kb:lima', 'リマ')] });
  assert.deepEqual(list.map((e) => [e.type, e.plover, ids(e, 'location')]), [['protest', 'PROTEST', ['kb:lima']]]);
  assert.equal(list[0]!.participants.find((p) => p.role === 'source')?.text, '数万人');
});

test('an air strike, an earthquake in part of a country, a death', async () => {
  const list = await eventsOf({
    text: 'イスラエル軍はガザ地区を空爆した。トルコ南部で大地震が発生した。I元首相が死去した。',
    entities: [org('kb:idf', 'イスラエル軍'), { id: 'kb:gaza', type: 'LOC', forms: ['ガザ地区'] }, place('kb:turkey', 'トルコ'), person('local:i', 'I元首相')],
  });
  assert.deepEqual(list.map((e) => [e.type, e.plover, e.participants.map((p) => `${p.role}:${p.entity}`)]), [
    ['attack', 'ASSAULT', ['source:kb:idf', 'target:kb:gaza']],
    ['disaster', 'OTHER', ['location:kb:turkey']],
    ['death', 'OTHER', ['target:local:i']],
  ]);
});

test('a relative clause: its head noun is who acted, not the topic further left', async () => {
  const list = await eventsOf({
    text: '反政府組織は同日、リマを訪れていたA大統領と初めて会談した。',
    entities: [org('local:rebels', '反政府組織'), person('local:a', 'A大統領'), place('kb:lima', 'リマ')],
  });
  const visit = only(list, 'visit');
  assert.deepEqual([ids(visit, 'source'), ids(visit, 'target')], [['local:a'], ['kb:lima']]);
  assert.deepEqual(ids(only(list, 'meeting'), 'participant'), ['local:a', 'local:rebels']);
});

test('an allegation (…したとして、) is not the accusing police’s own act', async () => {
  const list = await eventsOf({
    text: '県警は、偽物を販売したとして、B容疑者を逮捕した。',
    entities: [org('local:police', '県警'), person('local:b', 'B容疑者')],
  });
  assert.deepEqual(list.map((e) => [e.type, ids(e, 'source'), ids(e, 'target')]), [['arrest', ['local:police'], ['local:b']]]);
});

test('a bare title refers to the person the article is about, not a predecessor named in passing', async () => {
  const list = await eventsOf({
    text: 'C首相は辞任を表明した。C首相の辞任はD首相に続くものだ。野党のE代表は首相辞任表明に対して記者会見を行った。',
    entities: [person('local:c', 'C首相'), person('local:d', 'D首相'), person('local:e', 'E代表')],
  });
  const statement = only(list, 'statement');
  assert.deepEqual([ids(statement, 'source'), ids(statement, 'target')], [['local:e'], ['local:c']]);
});

test('an event an entity names (EVENT type) is still an event', async () => {
  const list = await eventsOf({
    text: 'F国で軍によるクーデターが発生した。',
    entities: [place('local:f', 'F国'), org('local:army', '軍'), { id: 'local:coup', type: 'EVENT', forms: ['クーデター'] }],
  });
  assert.deepEqual(list.map((e) => [e.type, ids(e, 'source'), ids(e, 'location')]), [['military_action', ['local:army'], ['local:f']]]);
});

test('a reaction to an act (…辞任表明を受け、…と批判) targets whoever did it', async () => {
  const list = await eventsOf({
    text: 'G首相は1日、辞任を表明した。今回の辞任表明を受け、H党は「無責任だ」と批判した。',
    entities: [person('local:g', 'G首相'), org('local:h', 'H党')],
    times: [{ text: '1日', value: '2026-09-01' }],
  });
  const acc = only(list, 'accusation');
  assert.deepEqual([ids(acc, 'source'), ids(acc, 'target')], [['local:h'], ['local:g']]);
});

test('naming someone to a post (XをY首相とした) is an appointment', async () => {
  const list = await eventsOf({
    text: '評議会は20日、全権を掌握した。評議会は、J司令官を暫定首相とした。',
    entities: [org('local:council', '評議会'), person('local:j', 'J司令官')],
    times: [{ text: '20日', value: '2006-09-20' }],
  });
  const ev = only(list, 'appointment');
  assert.deepEqual([ids(ev, 'source'), ids(ev, 'target')], [['local:council'], ['local:j']]);
});
