import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KnowledgeBase } from './knowledge-base.js';
import { parseKb } from './parse.js';
import { Trie } from './trie.js';

test('the trie finds every form at an offset, shortest first, and the longest', () => {
  const t = new Trie<string>();
  t.add('国連', 'un');
  t.add('国連安保理', 'unsc');
  t.add('国連安全保障理事会', 'unsc');
  const text = 'きょう国連安全保障理事会が開かれた';
  assert.deepEqual(t.matchesAt(text, 3).map((m) => [text.slice(m.start, m.end), m.values]), [['国連', ['un']], ['国連安全保障理事会', ['unsc']]]);
  assert.deepEqual(t.longestAt(text, 3)?.values, ['unsc']);
  assert.equal(t.longestAt(text, 0), null);
  assert.equal(t.count, 3);
});

test('matching folds full-width letters, case and middle dots without moving offsets', () => {
  const t = new Trie<number>();
  t.add('IAEA', 1);
  t.add('ジョージ・W・ブッシュ', 2);
  const text = '国際原子力機関（ＩＡＥＡ）とジョージ･Ｗ･ブッシュ';
  const iaea = t.longestAt(text, 8)!;
  assert.equal(text.slice(iaea.start, iaea.end), 'ＩＡＥＡ');
  const bush = t.longestAt(text, 14)!;
  assert.equal(text.slice(bush.start, bush.end), 'ジョージ･Ｗ･ブッシュ');
});

test('inside a Latin name, spaces, dots and hyphens are skipped (Wikinews strips spaces)', () => {
  const t = new Trie<string>();
  t.add('John G. Roberts Jr.', 'roberts');
  for (const text of ['JohnG.RobertsJr.', 'John G Roberts Jr.', 'john g. roberts jr.']) {
    const m = t.longestAt(text, 0);
    assert.ok(m, text);
    assert.equal(m.values[0], 'roberts');
  }
  assert.equal(t.longestAt('JohnRoberts', 0), null);
});

test('short capitalised acronyms of the KB match only as written', () => {
  const kb = new KnowledgeBase(parseKb('- id: un\n  type: ORG\n  names: {ja: 国際連合, en: United Nations}\n  aliases: [UN]\n', 'kb.yaml'));
  const [surface] = kb.matcher.longestAt('UN', 0)!.values;
  assert.equal(surface?.exact, 'UN');
  assert.equal(kb.matcher.longestAt('united nations', 0)?.values[0]?.exact, undefined);
});

test('English-only forms are in the English matcher only; a dotted acronym matches only as written', () => {
  const kb = new KnowledgeBase(parseKb('- {id: usa, type: GPE, names: {en: United States}, english: [US, U.S., America]}\n', 'x.yaml'));
  assert.equal(kb.matcher.longestAt('US-CERT', 0), null, 'not in the matcher for Japanese text');
  const dotted = kb.englishMatcher.matchesAt('U.S. officials', 0);
  assert.deepEqual(dotted.map((m) => m.values.map((s) => s.exact)), [['US', 'U.S.']]);
  assert.equal(kb.matcherFor('en'), kb.englishMatcher);
  assert.equal(kb.matcherFor('ja'), kb.matcher);
  assert.equal(kb.englishMatcher.longestAt('america', 0)?.values[0]?.exact, undefined, 'a word form is no acronym');
});

test('a run of glue between Latin letters is skipped by every lookup (". " in "G. Roberts")', () => {
  const t = new Trie<number>();
  t.add('John G. Roberts', 1);
  assert.deepEqual(t.matchesAt('John G. Roberts said', 0).map((m) => m.end), [15]);
  assert.deepEqual(t.matchesAt('JohnG.Roberts', 0).map((m) => m.end), [13]);
});
