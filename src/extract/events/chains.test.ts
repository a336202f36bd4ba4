import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { eventsOf, ids, only, org, person, prepareEvents } from '../../../tests/helpers/events.js';

before(prepareEvents);

test('a leader titled 総統 is the subject of the meeting (every title the linker knows is a title here)', async () => {
  const list = await eventsOf({
    text: '頼清徳総統は12日、ウィッカー上院議員と会談した。',
    entities: [person('kb:lai', ['頼清徳']), person('local:wicker', ['ウィッカー'])],
    times: [{ text: '12日', value: '2026-03-12' }],
    published: '2026-03-13',
  });
  const meeting = only(list, 'meeting');
  assert.deepEqual(ids(meeting, 'participant'), ['kb:lai', 'local:wicker']);
  assert.equal(meeting.date?.value, '2026-03-12');
});

test('AはBと会談し、…で一致した: the agreement is between the same two', async () => {
  const list = await eventsOf({
    text: '石破首相は12日、豪州のアルバニージー首相と会談し、防衛協力を強化することで一致した。',
    entities: [person('kb:ishiba', ['石破']), person('kb:albanese', ['アルバニージー']), { id: 'kb:australia', type: 'GPE', forms: ['豪州'] }],
    times: [{ text: '12日', value: '2026-03-12' }],
    published: '2026-03-13',
  });
  assert.deepEqual(ids(only(list, 'meeting'), 'participant'), ['kb:albanese', 'kb:ishiba']);
  const agreed = only(list, 'agreement');
  assert.deepEqual(ids(agreed, 'participant'), ['kb:albanese', 'kb:ishiba']);
  assert.equal(agreed.date?.value, '2026-03-12');
});

test('a delegation (議員団) acts as the body it is from', async () => {
  const list = await eventsOf({
    text: '頼清徳総統は12日、米上院議員団と会談した。',
    entities: [person('kb:lai', ['頼清徳']), org('kb:us-senate', '米上院')],
    times: [{ text: '12日', value: '2026-03-12' }],
    published: '2026-03-13',
  });
  assert.deepEqual(ids(only(list, 'meeting'), 'participant'), ['kb:lai', 'kb:us-senate']);
});

test('a dated press conference dates the criticism voiced in it', async () => {
  const list = await eventsOf({
    text: '中国外務省の毛寧報道官は13日の記者会見で「内政干渉だ」と米国を批判した。',
    entities: [person('kb:mao-ning', ['毛寧']), org('kb:mfa-china', '中国外務省'), { id: 'kb:us', type: 'GPE', forms: ['米国'] }],
    times: [{ text: '13日', value: '2026-03-13' }],
    published: '2026-03-13',
  });
  assert.equal(only(list, 'accusation').date?.value, '2026-03-13');
});

test('a body that only confirms a launch is not its actor (韓国軍も発射を確認した)', async () => {
  const list = await eventsOf({
    text: '北朝鮮は20日、弾道ミサイルを発射した。韓国軍も発射を確認した。',
    entities: [{ id: 'kb:north-korea', type: 'GPE', forms: ['北朝鮮'] }, org('kb:rok-armed-forces', '韓国軍')],
    times: [{ text: '20日', value: '2026-05-20' }],
    published: '2026-05-20',
  });
  const launch = only(list, 'military_action');
  assert.deepEqual(ids(launch, 'source'), ['kb:north-korea']);
});

test('an attack named with its actor as a cause is an event: Xによる…攻撃で, Xの空爆で', async () => {
  const list = await eventsOf({
    text: 'ウクライナのゼレンスキー大統領は、ロシアによる夜間の無人機攻撃で民間人3人が死亡したと非難した。イスラエル軍の空爆で、住民10人が死亡した。',
    entities: [
      person('kb:zelensky', ['ゼレンスキー']), { id: 'kb:ukraine', type: 'GPE', forms: ['ウクライナ'] },
      { id: 'kb:russia', type: 'GPE', forms: ['ロシア'] }, org('kb:idf', 'イスラエル軍'),
    ],
    quotes: [{ speaker: 'kb:zelensky', kind: 'indirect', content: 'ロシアによる夜間の無人機攻撃で民間人3人が死亡した' }],
    published: '2026-05-20',
  });
  const attacks = list.filter((e) => e.type === 'attack');
  assert.deepEqual(attacks.map((e) => [ids(e, 'source'), e.modality]), [[['kb:russia'], 'reported'], [['kb:idf'], 'asserted']]);
  assert.ok(!attacks.some((e) => ids(e, 'source').includes('kb:zelensky')), 'the one who tells of the attack is not its actor');
});

test('a retaliation with the roles reversed is not the same event as the act it answers', async () => {
  const list = await eventsOf({
    title: '米、中国に追加関税',
    text: '中国は報復として米国に最大15%の関税を課す方針だ。',
    entities: [{ id: 'kb:us', type: 'GPE', forms: ['米国', '米'] }, { id: 'kb:china', type: 'GPE', forms: ['中国'] }],
    published: '2026-06-02',
  });
  const tariffs = list.filter((e) => e.type === 'tariff').map((e) => ({ s: ids(e, 'source'), t: ids(e, 'target') }));
  assert.ok(tariffs.some(({ s, t }) => s.includes('kb:china') && t.includes('kb:us')), JSON.stringify(tariffs));
  assert.ok(!tariffs.some(({ s, t }) => s.includes('kb:china') && t.includes('kb:china')), JSON.stringify(tariffs));
});

test('people are arrested, not the places that describe them', async () => {
  const list = await eventsOf({
    title: '中国・上海の期限切れ肉事件関係者5人を拘束',
    text: '警察は20日、幹部5人を拘束した。',
    entities: [{ id: 'kb:china', type: 'GPE', forms: ['中国'] }, { id: 'kb:shanghai', type: 'GPE', forms: ['上海'] }],
    published: '2026-06-02',
  });
  const targets = list.filter((x) => x.type === 'arrest').flatMap((e) => ids(e, 'target'));
  assert.ok(!targets.includes('kb:china') && !targets.includes('kb:shanghai'), targets.join(' '));
});

test('訪中, 訪米: a visit word cut by the one-character country inside it is still a visit to that country', async () => {
  const list = await eventsOf({
    text: 'トランプ大統領は4月に訪中する。',
    entities: [person('kb:trump', ['トランプ']), { id: 'kb:china', type: 'GPE', forms: ['中国', '中'] }],
    times: [{ text: '4月', value: '2026-04', precision: 'month' }],
    published: '2026-02-10',
  });
  const visit = only(list, 'visit');
  assert.deepEqual([ids(visit, 'source'), ids(visit, 'target'), visit.date?.value, visit.modality], [['kb:trump'], ['kb:china'], '2026-04', 'planned']);
});

test('a planned visit named with its visitor (4月のトランプ大統領の訪中など) is dated by the month before it', async () => {
  const list = await eventsOf({
    text: '中国は、4月のトランプ大統領の訪中など政治的成果を得ようとしている。',
    entities: [person('kb:trump', ['トランプ']), { id: 'kb:china', type: 'GPE', forms: ['中国', '中'] }],
    times: [{ text: '4月', value: '2026-04', precision: 'month' }],
    published: '2026-02-10',
  });
  const visit = only(list, 'visit');
  assert.deepEqual([ids(visit, 'source'), ids(visit, 'target'), visit.date?.value, visit.modality], [['kb:trump'], ['kb:china'], '2026-04', 'planned']);
});

test('米中両国は…合意した: both countries before the plural word take part', async () => {
  const list = await eventsOf({
    text: '米中両国は5日、関税の引き下げで合意した。',
    entities: [{ id: 'kb:us', type: 'GPE', forms: ['米国', '米'] }, { id: 'kb:china', type: 'GPE', forms: ['中国', '中'] }],
    times: [{ text: '5日', value: '2026-11-05' }],
    published: '2026-11-06',
  });
  assert.deepEqual(ids(only(list, 'agreement'), 'participant'), ['kb:china', 'kb:us']);
});
