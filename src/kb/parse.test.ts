import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NewsgraphError } from '../errors.js';
import { KnowledgeBase } from './knowledge-base.js';
import { isDate, parseKb } from './parse.js';

const GOOD = `# a small knowledge base
- id: freedonia
  type: GPE
  wikidata: Q1
  names: {ja: フリードニア, en: Freedonia}
  aliases: [フリードニア共和国]
  abbr: 自
- id: freedonia-party
  type: ORG
  names: {ja: 自由党, en: Liberty Party}
  country: freedonia
- id: rufus-firefly
  type: PERSON
  names:
    ja: ルーファス・ファイアフライ
    en: Rufus T. Firefly
  short: [ファイアフライ]
  country: freedonia
  roles:
    - {title: 首相, org: freedonia, from: 1933-11}
    - {title: 党首, org: freedonia-party, from: 1930, to: 1933-11-17}
`;

/** Runs `f` and returns the catalogued error it throws (failing the test otherwise). */
function kbError(f: () => unknown): NewsgraphError {
  try {
    f();
  } catch (error) {
    assert.ok(error instanceof NewsgraphError, `expected a NewsgraphError, got ${String(error)}`);
    assert.equal(error.code, 'bad-kb');
    return error;
  }
  assert.fail('expected the knowledge base to be rejected');
}

test('a well-formed KB file parses into entries with their lines', () => {
  const entries = parseKb(GOOD, 'mine.yaml');
  assert.deepEqual(entries.map((e) => [e.id, e.source.line]), [['freedonia', 2], ['freedonia-party', 8], ['rufus-firefly', 12]]);
  const firefly = entries[2]!;
  assert.equal(firefly.names.en, 'Rufus T. Firefly');
  assert.deepEqual(firefly.short, ['ファイアフライ']);
  assert.deepEqual(firefly.roles[1], { title: '党首', org: 'freedonia-party', from: '1930', to: '1933-11-17' });
  assert.equal(entries[0]!.wikidata, 'Q1');
  assert.deepEqual(entries[0]!.abbr, ['自']);
  assert.doesNotThrow(() => new KnowledgeBase(entries));
});

test('malformed entries are rejected with file:line and what is wrong', () => {
  const cases: [string, RegExp][] = [
    ['- id: x\n  type: PERSN\n  names: {ja: x}\n', /^bad\.yaml:2: type "PERSN" is not one of PERSON/],
    ['- id: x\n  type: GPE\n  names: {ja: x}\n  nmaes: {en: y}\n', /^bad\.yaml:4: unknown field "nmaes"/],
    ['- id: X Y\n  type: GPE\n  names: {ja: x}\n', /^bad\.yaml:1: id "X Y" must be lower-case/],
    ['- id: x\n  type: GPE\n', /^bad\.yaml:1: entry x needs names/],
    ['- id: x\n  type: GPE\n  names: {fr: x}\n', /^bad\.yaml:3: unknown name language "fr"/],
    ['- id: x\n  type: GPE\n  names: {zh: 某}\n', /^bad\.yaml:3: entry x needs a ja or an en name/],
    ['- id: x\n  type: GPE\n  wikidata: 148\n  names: {ja: x}\n', /^bad\.yaml:3: wikidata must be a non-empty text|^bad\.yaml:3: wikidata "148"/],
    ['- id: x\n  type: PERSON\n  names: {ja: x}\n  roles:\n    - {title: 首相, from: 2012-13}\n', /^bad\.yaml:5: from "2012-13" is not a date/],
    ['- id: x\n  type: PERSON\n  names: {ja: x}\n  roles:\n    - {title: 首相, from: 2013, to: 2012}\n', /^bad\.yaml:5: role 首相 ends \(2012\) before it starts \(2013\)/],
    ['- id: x\n  type: GPE\n  names: {ja: x}\n  abbr: 米国\n', /^bad\.yaml:4: abbr "米国" must be one character/],
    ['- id: x\n  type: GPE\n  names: {ja: [x\n', /^bad\.yaml:\d+: not valid YAML/],
    ['id: x\n', /^bad\.yaml:1: a KB file is a list of entries/],
    ['- id: x\n  type: GPE\n  names: {ja: x}\n  capital: yes please\n', /^bad\.yaml:4: capital must be true or false/],
  ];
  for (const [source, message] of cases) {
    const e = kbError(() => parseKb(source, 'bad.yaml'));
    assert.match(e.message, message, source);
  }
});

test('references across entries must resolve and ids must be unique, also across files', () => {
  const base = parseKb(GOOD, 'mine.yaml');
  const dangling = parseKb('- id: y\n  type: ORG\n  names: {ja: y}\n  country: atlantis\n', 'more.yaml');
  assert.match(kbError(() => new KnowledgeBase([...base, ...dangling])).message, /^more\.yaml:1: y: country "atlantis" is not an id/);
  const notACountry = parseKb('- id: y\n  type: ORG\n  names: {ja: y}\n  country: freedonia-party\n', 'more.yaml');
  assert.match(kbError(() => new KnowledgeBase([...base, ...notACountry])).message, /country "freedonia-party" is a ORG, not a GPE/);
  const badOrg = parseKb('- id: y\n  type: PERSON\n  names: {ja: y}\n  roles: [{title: 長官, org: nowhere}]\n', 'more.yaml');
  assert.match(kbError(() => new KnowledgeBase([...base, ...badOrg])).message, /role 長官: org "nowhere" is not an id/);
  const twice = parseKb('- id: freedonia\n  type: GPE\n  names: {ja: 別}\n', 'user.yaml');
  assert.match(kbError(() => new KnowledgeBase(base).extend(twice)).message, /^user\.yaml:1: id "freedonia" is already used at mine\.yaml:2/);
  const abbrOnPerson = parseKb('- id: z\n  type: PERSON\n  names: {ja: z}\n  abbr: 乙\n', 'more.yaml');
  assert.match(kbError(() => new KnowledgeBase([...base, ...abbrOnPerson])).message, /only countries and regions/);
  const capitalOfNothing = parseKb('- id: z\n  type: GPE\n  names: {ja: z}\n  capital: true\n', 'more.yaml');
  assert.match(kbError(() => new KnowledgeBase([...base, ...capitalOfNothing])).message, /a capital is a GPE with the country/);
  const capital = parseKb('- id: z\n  type: GPE\n  names: {ja: z}\n  country: freedonia\n  capital: true\n', 'more.yaml');
  assert.equal(new KnowledgeBase([...base, ...capital]).get('z')?.capital, true);
});

test('a user file may refer to the entries it extends', () => {
  const kb = new KnowledgeBase(parseKb(GOOD, 'mine.yaml'));
  const more = parseKb('- id: groucho-institute\n  type: ORG\n  names: {ja: グルーチョ研究所}\n  country: freedonia\n', 'user.yaml');
  const extended = kb.extend(more);
  assert.equal(extended.get('groucho-institute')?.country, 'freedonia');
  assert.equal(kb.get('groucho-institute'), undefined, 'the base is not changed');
});

test('dates are real calendar dates at year, month or day precision', () => {
  for (const d of ['2012', '2012-11', '2024-02-29']) assert.ok(isDate(d), d);
  for (const d of ['2012-00', '2012-13', '2023-02-29', '12-11', '2012/11', '2012-1']) assert.ok(!isDate(d), d);
});

test('roles held at a date are those whose span includes it', () => {
  const kb = new KnowledgeBase(parseKb(GOOD, 'mine.yaml'));
  const firefly = kb.get('rufus-firefly')!;
  assert.deepEqual(kb.rolesAt(firefly, '1931-05-01').map((r) => r.title), ['党首']);
  assert.deepEqual(kb.rolesAt(firefly, '1933-11-17').map((r) => r.title).sort(), ['党首', '首相']);
  assert.deepEqual(kb.rolesAt(firefly, '1950-01-01').map((r) => r.title), ['首相']);
  assert.equal(kb.rolesAt(firefly, null).length, 2);
});

test('English-only forms are a list of Latin texts', () => {
  const [e] = parseKb('- id: usa\n  type: GPE\n  names: {ja: 米国, en: United States}\n  english: [US, U.S., America]\n', 'x.yaml');
  assert.deepEqual(e!.english, ['US', 'U.S.', 'America']);
  assert.deepEqual(parseKb(GOOD, 'mine.yaml')[0]!.english, []);
  const kana = parseKb('- id: usa\n  type: GPE\n  names: {ja: 米国}\n  english: [アメリカ]\n', 'x.yaml');
  assert.match(kbError(() => new KnowledgeBase(kana)).message, /^x\.yaml:1: usa: english form "アメリカ" has no Latin letter/);
});
