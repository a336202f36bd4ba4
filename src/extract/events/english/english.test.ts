import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventRecord } from '../../../analysis/contract.js';
import { analyzeDoc } from '../../../analyze.js';

/** The events of an English article (headline `Story`), published on Thursday 12 March 2026. */
async function events(body: string, title = 'Story'): Promise<EventRecord[]> {
  const doc = await analyzeDoc({ text: `${title}\n\n${body}` }, { published: '2026-03-12', lang: 'en' });
  for (const e of doc.get('events')) assert.equal(doc.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
  return doc.get('events');
}

/** type, modality, date and `role:entity` of each participant. */
function brief(e: EventRecord): string {
  const parts = e.participants.map((p) => `${p.role}:${p.entity ?? p.text}`).join(' ');
  return `${e.type} ${e.modality} ${e.date?.value ?? '-'} ${parts}`;
}

async function one(body: string): Promise<string> {
  const list = await events(body);
  assert.equal(list.length, 1, `${body} → ${list.map(brief).join(' / ')}`);
  return brief(list[0]!);
}

test('English events: calls and meetings list both sides as participants', async () => {
  assert.equal(await one('Chinese President Xi Jinping held a phone call with U.S. President Donald Trump on Wednesday.'),
    'call asserted 2026-03-11 participant:kb:xi-jinping participant:kb:donald-trump');
  assert.equal(await one('Vladimir Putin spoke by telephone with Kim Jong Un.'), 'call asserted - participant:kb:vladimir-putin participant:kb:kim-jong-un');
  assert.equal(await one('Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo on Monday.'),
    'meeting asserted 2026-03-09 participant:kb:shigeru-ishiba participant:kb:lee-jae-myung location:kb:tokyo');
  assert.equal(await one('Talks between Japan and China took place in Beijing last week.'),
    'meeting asserted 2026-03-05 participant:kb:japan participant:kb:china location:kb:beijing');
});

test('English events: visits need a visitor and a place; a commitment carries the goods and amounts it promises', async () => {
  assert.equal(await one('Kim Jong Un visited Moscow in September 2025.'), 'visit asserted 2025-09 source:kb:kim-jong-un target:kb:moscow');
  assert.equal(await one('Vladimir Putin arrived in Beijing on Tuesday.'), 'visit asserted 2026-03-10 source:kb:vladimir-putin target:kb:beijing');
  assert.equal(await one('Xi Jinping is expected to visit Russia in May.'), 'visit planned 2026-05 source:kb:xi-jinping target:kb:russia');
  const [pledge] = await events('China pledged to buy 20 million tonnes of soybeans from the United States this quarter.');
  assert.equal(brief(pledge!), 'commitment asserted - source:kb:china item:kb:soybeans target:kb:united-states');
  assert.deepEqual(pledge!.quantities, [0], 'the promised amount');
  assert.equal(pledge!.plover, 'AGREE');
});

test('English events: directed acts, active and passive', async () => {
  assert.equal(await one('The United States imposed sanctions on Russia last month.'), 'sanction asserted 2026-02 source:kb:united-states target:kb:russia');
  assert.equal(await one('Russia was sanctioned by the European Union.'), 'sanction asserted - target:kb:russia source:kb:eu');
  assert.equal(await one('Washington will impose new tariffs on China next month.'), 'tariff planned 2026-04 source:kb:washington-dc target:kb:china', 'the capital, when its country is not named');
  assert.equal(await one("Russia's foreign ministry accused Japan of provoking tensions."), 'accusation asserted - source:kb:russia target:kb:japan');
  assert.equal(await one('Japan condemned North Korea on Friday.'), 'accusation asserted 2026-03-06 source:kb:japan target:kb:north-korea');
  assert.equal(await one('Donald Trump threatened to impose tariffs on Japan.'), 'threat asserted - source:kb:donald-trump target:kb:japan');
  assert.equal(await one('Russia invaded Ukraine in February 2022.'), 'attack asserted 2022-02 source:kb:russia target:kb:ukraine');
  assert.equal(await one('North Korea fired two ballistic missiles on Thursday.'), 'military_action asserted 2026-03-12 source:kb:north-korea');
  assert.equal(await one('Xi Jinping removed Li Shangfu as defence minister.'), 'dismissal asserted - source:kb:xi-jinping target:kb:li-shangfu');
  assert.equal(await one('China expelled two Japanese diplomats.'), 'dismissal asserted - source:kb:china target:two Japanese diplomats');
});

test('English events: an arrest acts on people, never on the place around them', async () => {
  assert.equal(await one('Police in Moscow arrested Alexei Navalny.'), 'arrest asserted - source:Police location:kb:moscow target:kb:alexei-navalny');
  assert.equal(await one('Alexei Navalny was arrested by police in Moscow in January.'), 'arrest asserted 2026-01 target:kb:alexei-navalny source:police location:kb:moscow');
  assert.equal(await one('China detained two Japanese nationals in Beijing.'), 'arrest asserted - source:kb:china target:two Japanese nationals location:kb:beijing');
  assert.equal(await one('Police arrested dozens in Russia.'), 'arrest asserted - source:Police location:kb:russia');
});

test('English events: negation, plans, hypotheses and requests', async () => {
  assert.equal(await one('Russia did not attack Ukraine.'), 'attack negated - source:kb:russia target:kb:ukraine');
  assert.equal(await one('Japan called off talks with China.'), 'meeting negated - participant:kb:japan participant:kb:china');
  assert.equal(await one('China plans to sanction Lithuania.'), 'sanction planned - source:kb:china target:kb:lithuania');
  assert.equal(await one('Japan may impose sanctions on Russia.'), 'sanction hypothetical - source:kb:japan target:kb:russia');
  // Asked for, not done.
  assert.deepEqual(await events('Ukraine urged Japan to impose sanctions on Russia.'), []);
  assert.deepEqual(await events('Japan called for sanctions on Russia.'), []);
});

test('English events: reported speech is attributed to its speaker; "it" in the words is the speaker', async () => {
  const [dismissal] = await events("China's defence ministry said it had dismissed two generals.");
  assert.equal(brief(dismissal!), 'dismissal reported - source:kb:china target:two generals');
  assert.equal(dismissal!.attributed_to, 'kb:china');
  assert.equal(dismissal!.evidence.text, 'it had dismissed two generals');
  const [attack] = await events('Russia did not attack Ukraine, Vladimir Putin said.');
  assert.equal(attack!.modality, 'negated');
  assert.equal(attack!.attributed_to, 'kb:vladimir-putin');
  const [meeting] = await events('Vladimir Putin met Xi Jinping in Moscow on Monday, according to Russian state media.');
  assert.equal(meeting!.modality, 'reported');
  assert.equal(meeting!.attributed_to, null, 'an unnamed source');
  assert.equal(meeting!.date?.value, '2026-03-09');
});

test('English events: no event without an entity, no participant that names nobody', async () => {
  assert.deepEqual(await events('Japan said the meeting was cancelled.'), []);
  assert.deepEqual(await events('The plan was criticised by analysts.'), []);
  assert.deepEqual(await events('The two men met in a cafe.'), []);
  const [e] = await events('Japan criticised the plan on Monday.');
  assert.equal(brief(e!), 'accusation asserted 2026-03-09 source:kb:japan', 'the plan is no participant');
  // A noun that nothing performs is no event: the talks here are only what the remark is about.
  assert.deepEqual(await events('Shigeru Ishiba said the talks with China were useful.'), []);
});

test('English events: a wire story, headline and body merged, each clause its own event', async () => {
  const body = [
    'BEIJING, March 11 (Wire) - Chinese President Xi Jinping held a phone call with U.S. President Donald Trump on Wednesday, the foreign ministry said.',
    'Xi also spoke with Russian President Vladimir Putin by phone.',
    'Vladimir Putin and Kim Jong Un held talks in Pyongyang last year and signed a joint statement.',
  ].join(' ');
  const list = await events(body, 'Xi Jinping and Donald Trump discuss trade in phone call');
  assert.deepEqual(list.map(brief), [
    'call reported 2026-03-11 participant:kb:xi-jinping participant:kb:donald-trump',
    'call asserted - participant:kb:xi-jinping participant:kb:vladimir-putin',
    'meeting asserted 2025 participant:kb:vladimir-putin participant:kb:kim-jong-un location:kb:pyongyang',
    'statement asserted 2025 source:kb:vladimir-putin source:kb:kim-jong-un',
  ]);
  assert.equal(list[0]!.evidence.text, 'Chinese President Xi Jinping held a phone call with U.S. President Donald Trump on Wednesday');
});

test('English events: agreements, aid, trials, posts, deaths, protests, invitations and drills', async () => {
  assert.equal(await one('Japan and the Philippines signed a defence agreement in Manila on Monday.'),
    'agreement asserted 2026-03-09 participant:kb:japan participant:kb:philippines location:kb:manila');
  assert.equal(await one('The United States provided military aid to Ukraine.'), 'aid asserted - source:kb:united-states target:kb:ukraine');
  assert.equal(await one('Prosecutors in Seoul indicted Yoon Suk Yeol.'), 'trial asserted - source:Prosecutors location:kb:seoul target:kb:yoon-suk-yeol');
  assert.equal(await one('Donald Trump appointed Marco Rubio as secretary of state.'), 'appointment asserted - source:kb:donald-trump target:kb:marco-rubio');
  assert.equal(await one('Pope Francis died on Monday.'), 'death asserted 2026-03-09 target:kb:pope-francis');
  assert.equal(await one('Thousands of protesters held a rally in Taipei.'), 'protest asserted - source:Thousands of protesters location:kb:taipei');
  assert.equal(await one('China invited Vladimir Putin to Beijing.'), 'invitation asserted - source:kb:china target:kb:vladimir-putin location:kb:beijing');
  assert.equal(await one('China and Russia held joint military exercises near Japan.'), 'military_action asserted - source:kb:china source:kb:russia location:kb:japan');
  assert.equal(await one('A magnitude 7 earthquake struck Taiwan on Wednesday.'), 'disaster asserted 2026-03-11 location:kb:taiwan');
});

test('English events: "as" opens a clause with its own subject; a meeting to come is not the one that happened', async () => {
  const list = (await events('Japan held talks with China in Tokyo as North Korea fired a missile.')).map(brief);
  assert.deepEqual(list, ['meeting asserted - participant:kb:japan participant:kb:china location:kb:tokyo', 'military_action asserted - source:kb:north-korea']);
  assert.deepEqual((await events('Exports to Japan rose, as well as exports to China.')).map(brief), []);
  const two = await events(
    'President Vladimir Putin met President Donald Trump in Helsinki. "Nothing was agreed," said Dana Whitlock, a senior analyst at the Harbour Institute. The two leaders will meet in May.',
  );
  assert.deepEqual(two.map(brief), [
    'meeting asserted - participant:kb:vladimir-putin participant:kb:donald-trump location:kb:helsinki',
    'meeting planned 2026-05 participant:kb:donald-trump participant:kb:vladimir-putin',
  ], 'the two leaders are the two presidents, not the analyst quoted last; May is another meeting');
});

test('English events: the wire lead dates the dispatch, not the event; an arms sale is trade', async () => {
  const list = await events('SEOUL, March 12 (Wire) - Japan approved the sale of patrol boats to the Philippines on Tuesday.');
  assert.deepEqual(list.map(brief), ['trade asserted 2026-03-10 source:kb:japan target:kb:philippines']);
  assert.equal(list[0]!.evidence.text.startsWith('Japan approved'), true, list[0]!.evidence.text);
});

test('English events: a capital that acts is its government when the article names the country; where one goes it stays a place', async () => {
  const list = await events('The United States sold jets to Taiwan. Beijing condemned Washington on Friday. Lai Ching-te visited Washington in May, and Chinese officials held talks in Moscow.');
  assert.deepEqual(list.map(brief), [
    'trade asserted - source:kb:united-states target:kb:taiwan',
    'accusation asserted 2026-03-06 source:kb:beijing target:kb:united-states',
    'visit asserted 2025-05 source:kb:lai-ching-te target:kb:washington-dc',
  ]);
});

test('English events: summoning an envoy is a diplomatic protest against the envoy\'s country', async () => {
  assert.equal(await one('Japan summoned the U.S. ambassador on Friday.'), 'accusation asserted 2026-03-06 source:kb:japan target:kb:united-states');
});
