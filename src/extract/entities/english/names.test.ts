import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../../analysis/contract.js';
import { analyzeDoc } from '../../../analyze.js';

/** The entities of an English text, as [id, type, mention texts]. */
async function entitiesOf(text: string): Promise<Entity[]> {
  const doc = await analyzeDoc({ text }, { published: '2026-05-04', lang: 'en' });
  for (const e of doc.get('entities')) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  return doc.get('entities');
}
const brief = (es: readonly Entity[]) => es.map((e) => [e.id, e.type, e.mentions.map((m) => m.text)]);
const byId = (es: readonly Entity[], id: string) => {
  const e = es.find((x) => x.id === id);
  assert.ok(e, `${id} in ${es.map((x) => x.id).join(' ')}`);
  return e;
};

test('English names: titles before a name make a person and a role; honorifics only a person', async () => {
  const es = await entitiesOf('The decision was welcomed by Deputy Foreign Minister Tomas de la Vega and by former prime minister Helen Strand. Gen. Ali Reza said the troops would stay. Company spokesperson Mark Ellison declined to comment, and Ms Strand did not answer.');
  const vega = byId(es, 'local:Tomas_de_la_Vega');
  assert.equal(vega.type, 'PERSON');
  assert.deepEqual(vega.roles.map((r) => [r.title, r.former, r.evidence?.text]), [['Deputy Foreign Minister', false, 'Deputy Foreign Minister Tomas de la Vega']]);
  const strand = byId(es, 'local:Helen_Strand');
  assert.deepEqual(strand.mentions.map((m) => m.text), ['Helen Strand', 'Strand'], 'Ms Strand is Helen Strand');
  assert.deepEqual(strand.roles.map((r) => [r.title, r.former]), [['Prime Minister', true]]);
  assert.deepEqual(byId(es, 'local:Ali_Reza').roles.map((r) => r.title), ['General']);
  assert.deepEqual(byId(es, 'local:Mark_Ellison').roles.map((r) => r.title), ['Spokesperson']);
});

test('English names: a body before the title is the role\'s organisation; the KB wins where it knows the name', async () => {
  const es = await entitiesOf('Acme Corp Chief Executive Dana Whitlock met President Emmanuel Macron in Paris on Monday.');
  const dana = byId(es, 'local:Dana_Whitlock');
  assert.deepEqual(dana.roles.map((r) => [r.title, r.org]), [['Chief Executive', 'local:Acme_Corp']]);
  assert.equal(byId(es, 'local:Acme_Corp').type, 'ORG');
  const macron = byId(es, 'kb:emmanuel-macron');
  assert.deepEqual(macron.roles.map((r) => r.title), ['President']);
  assert.ok(!es.some((e) => e.id.startsWith('local:') && /Macron|Paris/.test(e.name)), JSON.stringify(brief(es)));
});

test('English names: heads type bodies, facilities and places; connectors join only inside a body\'s name', async () => {
  const es = await entitiesOf('Officials from the Ministry of Trade and Industry inspected Linden Airport and Harbour Hall. Brightwater Shipping Ltd and the Coastal Freight Group bid for the contract, as did the Bank of Japan. Floods hit Hebei Province and the Sorrel River.');
  assert.deepEqual(es.map((e) => [e.name, e.type]), [
    ['Ministry of Trade and Industry', 'ORG'], ['Linden Airport', 'FAC'], ['Harbour Hall', 'FAC'],
    ['Brightwater Shipping Ltd', 'ORG'], ['Coastal Freight Group', 'ORG'], ['Bank of Japan', 'ORG'],
    ['Hebei Province', 'GPE'], ['Sorrel River', 'LOC'],
  ]);
  assert.equal(byId(es, 'kb:boj').mentions[0]!.text, 'Bank of Japan');
});

test('English names: a person\'s surname, possessive and acronym join the full name within the document', async () => {
  const es = await entitiesOf('Jane Okonkwo resigned after the National Accounts Office (NAO) published its audit. Okonkwo\'s lawyer said the NAO had ignored the evidence. "It is unfair," Okonkwo said.');
  assert.deepEqual(brief(es), [
    ['local:Jane_Okonkwo', 'PERSON', ['Jane Okonkwo', 'Okonkwo', 'Okonkwo']],
    ['local:National_Accounts_Office', 'ORG', ['National Accounts Office', 'NAO', 'NAO']],
  ]);
});

test('English names: places by their context', async () => {
  const es = await entitiesOf('The ferry sank near the port city of Santa Lucia. Aid arrived from Dovska, Ukraine, and rescuers searched the coast outside Port Leland. Russian-held Kirovka was shelled.');
  assert.deepEqual(es.filter((e) => e.id.startsWith('local:')).map((e) => [e.name, e.type]), [
    ['Santa Lucia', 'GPE'], ['Dovska', 'GPE'], ['Port Leland', 'GPE'], ['Kirovka', 'GPE'],
  ]);
});

test('English names: people by their given name, an apposition or speech', async () => {
  const es = await entitiesOf('Rachel Beaumont of Kestrel Capital called the bid weak. Ngozi Adeyemi, who chairs the panel, disagreed, and Tariq Hallberg, 61, stayed silent. "We will see," said Osei Mensah. Lorna Quist, a senior analyst at the fund, was more cautious.');
  assert.deepEqual(es.map((e) => [e.name, e.type]), [
    ['Rachel Beaumont', 'PERSON'], ['Kestrel Capital', 'ORG'], ['Ngozi Adeyemi', 'PERSON'], ['Tariq Hallberg', 'PERSON'],
    ['Osei Mensah', 'PERSON'], ['Lorna Quist', 'PERSON'],
  ]);
  assert.deepEqual(byId(es, 'local:Lorna_Quist').roles.map((r) => r.title), ['Senior Analyst']);
});

test('English names: no names from ordinary capitalised words', async () => {
  const text = [
    'Port Authority Chief Resigns After Harbour Audit',
    '',
    'Separately, Western diplomats said the Cabinet would meet on Tuesday. Officials expect a decision in March.',
    'But Analysts Warned that the Plan could fail. He visited Tacloban and spoke in English.',
    'A Beijing-based fund, the Tuesday Group said nothing. Residents walked in the park.',
  ].join('\n');
  const es = await entitiesOf(text);
  assert.deepEqual(es.filter((e) => e.id.startsWith('local:')).map((e) => e.name), []);
});

test('English names: a Title Case headline is read only for names the body establishes', async () => {
  const text = 'Okonkwo Quits As Harbour Authority Head\n\nJane Okonkwo, head of the Pacific Harbour Authority, resigned on Monday. Mr Park, her deputy, takes over; the park by the harbour stays closed.';
  const es = await entitiesOf(text);
  assert.deepEqual(brief(es), [
    ['local:Jane_Okonkwo', 'PERSON', ['Okonkwo', 'Jane Okonkwo']],
    ['local:Pacific_Harbour_Authority', 'ORG', ['Pacific Harbour Authority']],
    ['local:Park', 'PERSON', ['Park']],
  ]);
});

test('English names: two people joined by "and" stay two; a surname-like head after a given name is a person', async () => {
  const es = await entitiesOf('The report was written by Jane Hall and Peter Lindqvist. Hall said Lindqvist had checked the numbers at Harbour Hall.');
  assert.deepEqual(brief(es), [
    ['local:Jane_Hall', 'PERSON', ['Jane Hall', 'Hall']],
    ['local:Peter_Lindqvist', 'PERSON', ['Peter Lindqvist', 'Lindqvist']],
    ['local:Harbour_Hall', 'FAC', ['Harbour Hall']],
  ]);
});

test('English names: a quote\'s speaker is the named person, not a possessive before it', async () => {
  const doc = await analyzeDoc({ text: "Ms Okonkwo's lawyer, Peter Hale, said his client had done nothing wrong." }, { lang: 'en' });
  assert.deepEqual(doc.get('quotes').map((q) => q.speaker), ['local:Peter_Hale']);
});

test('English country forms: US, U.S., America, the UK, the Kremlin and US departments are KB entries', async () => {
  const es = await entitiesOf('The U.S. and the UK agreed on Monday. America will respond, a State Department spokesperson said, and the Kremlin declined to comment. US forces left the base after the Pentagon asked the Justice Department.');
  assert.deepEqual(byId(es, 'kb:united-states').mentions.map((m) => m.text), ['U.S.', 'America']);
  assert.deepEqual(byId(es, 'kb:united-kingdom').mentions.map((m) => m.text), ['UK']);
  assert.deepEqual(byId(es, 'kb:us-state-department').mentions.map((m) => m.text), ['State Department']);
  assert.equal(byId(es, 'kb:kremlin').type, 'ORG');
  assert.deepEqual(byId(es, 'kb:us-armed-forces').mentions.map((m) => m.text), ['US forces']);
  assert.deepEqual(byId(es, 'kb:us-defense-department').mentions.map((m) => m.text), ['Pentagon']);
  assert.deepEqual(byId(es, 'kb:us-justice-department').mentions.map((m) => m.text), ['Justice Department']);
});

test('English country forms: "us", "America" inside a longer name and the Americas are not the United States', async () => {
  const es = await entitiesOf('Let us see what happens, she told us. Exports to North America, Latin America and the Americas rose, and Bank of America Corp cut its forecast.');
  assert.ok(!es.some((e) => e.id === 'kb:united-states'), JSON.stringify(brief(es)));
  assert.deepEqual(byId(es, 'kb:north-america').mentions.map((m) => m.text), ['North America']);
  assert.deepEqual(byId(es, 'kb:latin-america').mentions.map((m) => m.text), ['Latin America']);
});

test('English country forms are not read in Japanese text (US-CERT is no United States)', async () => {
  const doc = await analyzeDoc({ text: 'US-CERTなどは最新の更新を呼びかけた。' }, { published: '2026-05-04', lang: 'ja' });
  assert.ok(!doc.get('entities').some((e) => e.id === 'kb:united-states'));
});

test('a demonym before a title is the role\'s country: Chinese President Xi Jinping, South Korean President …', async () => {
  const es = await entitiesOf('Chinese President Xi Jinping met U.S. President Donald Trump. Taiwanese President Lai Ching-te and South Korean President Lee Jae-myung spoke, and Chinese foreign minister Wang Yi met British Foreign Secretary David Lammy and Acme Corp Chief Executive Dana Whitlock.');
  const role = (id: string) => byId(es, id).roles.map((r) => [r.title, r.org, r.evidence?.text]);
  assert.deepEqual(role('kb:xi-jinping'), [['President', 'kb:china', 'Chinese President Xi Jinping']]);
  assert.deepEqual(role('kb:donald-trump'), [['President', 'kb:united-states', 'U.S. President Donald Trump']]);
  assert.deepEqual(role('kb:lai-ching-te'), [['President', 'kb:taiwan', 'Taiwanese President Lai Ching-te']]);
  assert.deepEqual(role('kb:lee-jae-myung'), [['President', 'kb:south-korea', 'South Korean President Lee Jae-myung']]);
  assert.deepEqual(role('kb:wang-yi'), [['Foreign Minister', 'kb:china', 'Chinese foreign minister Wang Yi']]);
  assert.deepEqual(role('kb:david-lammy'), [['Foreign Secretary', 'kb:united-kingdom', 'British Foreign Secretary David Lammy']]);
  assert.deepEqual(role('local:Dana_Whitlock'), [['Chief Executive', 'local:Acme_Corp', 'Acme Corp Chief Executive Dana Whitlock']]);
  assert.ok(!es.some((e) => e.id === 'kb:china' || e.id === 'kb:taiwan'), 'a demonym is no mention of its country');
});

test('a demonym alone is no mention; a regional adjective gives no role organisation', async () => {
  const es = await entitiesOf('Chinese steel exports rose and Japanese buyers waited, while Western President Jane Doe of the club spoke.');
  assert.ok(!es.some((e) => e.type === 'GPE' || e.type === 'NORP'), JSON.stringify(brief(es)));
  assert.ok(es.every((e) => e.roles.every((r) => r.org === null)), JSON.stringify(es.map((e) => e.roles)));
});

test('a possessive country before a title is the role\'s country, past a lower-case body too', async () => {
  const es = await entitiesOf("Seoul talks\n\nSouth Korea's President Lee Jae-myung met China's foreign ministry spokesperson Mao Ning, and Acme's Chief Executive Dana Whitlock.");
  assert.deepEqual(byId(es, 'kb:lee-jae-myung').roles.map((r) => [r.title, r.org, r.evidence?.text]), [['President', 'kb:south-korea', "South Korea's President Lee Jae-myung"]]);
  assert.deepEqual(byId(es, 'kb:mao-ning').roles.map((r) => [r.title, r.org]), [['Spokesperson', 'kb:china']]);
  const plain = await entitiesOf('Talks\n\nThe minister met President Lee Jae-myung in Seoul.');
  assert.deepEqual(byId(plain, 'kb:lee-jae-myung').roles.map((r) => [r.title, r.org]), [['President', null]], 'no possessive, no organisation');
});
