import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { EventRecord } from '../../analysis/contract.js';
import { layeredDoc, type DocSpec, type EntitySpec } from '../../../tests/helpers/layers.js';
import { events } from './stage.js';

before(async () => {
  await events.prepare!();
});

async function eventsOf(spec: DocSpec): Promise<EventRecord[]> {
  return events.run(await layeredDoc(spec), {}).get('events');
}

const person = (id: string, form: string): EntitySpec => ({ id, type: 'PERSON', forms: [form] });
const country = (id: string, form: string): EntitySpec => ({ id, type: 'GPE', forms: [form] });

/** type/modality pairs, in text order. */
function moods(list: EventRecord[]): string[] {
  return list.map((e) => `${e.type}/${e.modality}`);
}

test('negation: a meeting that did not take place, a denied one, an import that is not made', async () => {
  assert.deepEqual(moods(await eventsOf({ text: 'J首相はK大統領と会談しなかった。', entities: [person('j', 'J首相'), person('k', 'K大統領')] })), ['meeting/negated']);
  assert.deepEqual(moods(await eventsOf({ text: 'C大統領は、E首相と会談したことを否定した。', entities: [person('c', 'C大統領'), person('e', 'E首相')] })), ['meeting/negated']);
  const trade = await eventsOf({
    text: 'E政府は、F国から原油を輸入していないと述べた。',
    entities: [country('e', 'E'), country('f', 'F国'), { id: 'oil', type: 'COMMODITY', forms: ['原油'] }],
  });
  assert.deepEqual(moods(trade), ['trade/negated']);
});

test('hypotheticals: a conditional visit, a possible sanction in an analyst’s words (reported by him)', async () => {
  assert.deepEqual(moods(await eventsOf({ text: 'L大統領が訪日すれば、初めてとなる。', entities: [person('l', 'L大統領')] })), ['visit/hypothetical']);
  const [sanction] = await eventsOf({
    text: 'アナリストのA氏は「B国が制裁を科す可能性がある」と語った。',
    entities: [person('a', 'A氏'), country('b', 'B国')],
    quotes: [{ speaker: 'a', kind: 'direct', content: 'B国が制裁を科す可能性がある' }],
  });
  assert.deepEqual([sanction?.type, sanction?.modality, sanction?.attributed_to], ['sanction', 'hypothetical', 'a']);
  assert.equal(sanction?.participants.some((p) => p.entity === 'a'), false, 'the analyst is not the one who sanctions');
});

test('plans: 予定 and a dated visit', async () => {
  const [visit] = await eventsOf({
    text: 'M外相は来月、N国を訪問する予定だ。',
    entities: [person('m', 'M外相'), country('n', 'N国')],
    times: [{ text: '来月', value: '2026-03' }],
  });
  assert.deepEqual([visit?.type, visit?.modality, visit?.date], ['visit', 'planned', { value: '2026-03', precision: 'month' }]);
});

test('reported: inside an announcement (the announcer is the actor and the source), under によると', async () => {
  const [dismissal] = await eventsOf({
    text: 'O省は、P将軍を解任したと発表した。',
    entities: [{ id: 'o', type: 'ORG', forms: ['O省'] }, person('p', 'P将軍')],
    quotes: [{ speaker: 'o', kind: 'indirect', content: 'P将軍を解任した' }],
  });
  assert.deepEqual([dismissal?.modality, dismissal?.attributed_to], ['reported', 'o']);
  assert.deepEqual(dismissal?.participants.map((p) => `${p.role}:${p.entity}`).sort(), ['source:o', 'target:p']);
  const [sanction] = await eventsOf({
    text: 'Q通信によると、R国はS国に制裁を科した。',
    entities: [{ id: 'q', type: 'ORG', forms: ['Q通信'] }, country('r', 'R国'), country('s', 'S国')],
  });
  assert.deepEqual([sanction?.modality, sanction?.attributed_to], ['reported', 'q']);
});

test('dates by clause: each event of a sentence takes the time of its own clause', async () => {
  const list = await eventsOf({
    text: 'T首相は1日に訪米し、3日にU大統領と会談した。',
    entities: [person('t', 'T首相'), person('u', 'U大統領')],
    times: [{ text: '1日', value: '2026-02-01' }, { text: '3日', value: '2026-02-03' }],
  });
  assert.deepEqual(list.map((e) => `${e.type}@${e.date?.value}`), ['visit@2026-02-01', 'meeting@2026-02-03']);
});

test('同日 (resolved by the times layer) dates the next sentence; 両外相 are the two just named', async () => {
  const list = await eventsOf({
    text: 'G外相は2日、H外相と会談した。同日、両外相は共同記者会見を開いた。',
    entities: [person('g', 'G外相'), person('h', 'H外相')],
    times: [{ text: '2日', value: '2026-02-02' }, { text: '同日', value: '2026-02-02' }],
  });
  assert.deepEqual(list.map((e) => `${e.type}@${e.date?.value}:${e.participants.map((p) => p.entity).sort().join(',')}`), [
    'meeting@2026-02-02:g,h', 'statement@2026-02-02:g,h',
  ]);
});

test('an event with no date of its own gets none, not the publication date', async () => {
  const [ev] = await eventsOf({ text: 'V首相はW大統領と会談した。', entities: [person('v', 'V首相'), person('w', 'W大統領')] });
  assert.equal(ev?.date, null);
});

test('no event: a topic of discussion, a modifier, a request, an obligation', async () => {
  const list = await eventsOf({
    text: '専門家は電話会談について分析した。会談の内容は明らかにされていない。V党はW首相の辞任を求めた。Z氏は「選挙を実施すべきだ」と述べた。',
    entities: [{ id: 'v', type: 'ORG', forms: ['V党'] }, person('w', 'W首相'), person('z', 'Z氏')],
  });
  assert.deepEqual(list, []);
});

test('an event stated in the headline and again in the body is one record, with the body’s date and words', async () => {
  const list = await eventsOf({
    title: 'X首相、Y大統領と会談',
    text: 'X首相は4日、Y大統領と会談した。',
    entities: [person('x', 'X首相'), person('y', 'Y大統領')],
    times: [{ text: '4日', value: '2026-02-04' }],
  });
  assert.equal(list.length, 1);
  assert.equal(list[0]!.date?.value, '2026-02-04');
  assert.equal(list[0]!.evidence.text, 'X首相は4日、Y大統領と会談した');
});

test('evidence spans are exact slices of the text', async () => {
  const doc = await layeredDoc({
    text: '中国国防部は1月24日、A将軍とB将軍を解任し、規律違反の疑いで調査していると発表した。',
    entities: [{ id: 'mnd', type: 'ORG', forms: ['中国国防部'] }, person('a', 'A将軍'), person('b', 'B将軍')],
    times: [{ text: '1月24日', value: '2026-01-24' }],
  });
  const list = events.run(doc, {}).get('events');
  assert.deepEqual(list.map((e) => `${e.type}:${e.participants.map((p) => `${p.role}=${p.entity}`).sort().join(',')}@${e.date?.value}`), [
    'dismissal:source=mnd,target=a,target=b@2026-01-24',
    'investigation:source=mnd,target=a,target=b@2026-01-24',
  ]);
  for (const e of list) assert.equal(doc.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
});

test('a time that modifies another noun does not date the event (2027年度の予算案を発表), a dated scene does', async () => {
  const list = await eventsOf({
    text: 'K省は10日、2027年度の予算案を発表した。L委員会は、9日の会合で、M氏を議長に任命した。',
    entities: [{ id: 'k', type: 'ORG', forms: ['K省'] }, { id: 'l', type: 'ORG', forms: ['L委員会'] }, person('m', 'M氏')],
    times: [{ text: '10日', value: '2026-02-10' }, { text: '2027年度', value: '2027', precision: 'fiscal_year' }, { text: '9日', value: '2026-02-09' }],
  });
  assert.deepEqual(list.map((e) => `${e.type}@${e.date?.value}`), ['statement@2026-02-10', 'appointment@2026-02-09']);
});

test('a name in brackets is no quote; a hearsay relative clause (死亡したとみられる男性) has its own head', async () => {
  const list = await eventsOf({
    text: '動物園では4月に「リンリン」が死んだ。警察は、死亡したとみられる男性の身元を調べている。',
    entities: [{ id: 'rinrin', type: 'PERSON', forms: ['リンリン'] }, { id: 'police', type: 'ORG', forms: ['警察'] }],
    times: [{ text: '4月', value: '2026-04' }],
  });
  assert.deepEqual(list.map((e) => `${e.type}/${e.modality}:${e.participants.map((p) => p.entity ?? p.text).join(',')}@${e.date?.value}`), [
    'death/asserted:rinrin@2026-04',
  ]);
});

test('an announced event dated after publication is planned, though its words are past (…と発表した)', async () => {
  const [visit] = await eventsOf({
    text: 'N国大統領府は10日、大統領が来月ワシントンを訪問し、首脳会談を行うと発表した。',
    entities: [{ id: 'office', type: 'ORG', forms: ['N国大統領府'] }, { id: 'dc', type: 'GPE', forms: ['ワシントン'] }],
    times: [{ text: '10日', value: '2025-06-10' }, { text: '来月', value: '2025-07' }],
    quotes: [{ speaker: 'office', kind: 'indirect', content: '大統領が来月ワシントンを訪問し、首脳会談を行う' }],
    published: '2025-06-11',
  });
  assert.deepEqual([visit?.type, visit?.modality, visit?.date?.value, visit?.attributed_to], ['visit', 'planned', '2025-07', 'office']);
  assert.deepEqual(visit?.participants.find((p) => p.role === 'source'), { entity: null, role: 'source', text: '大統領' });
});
