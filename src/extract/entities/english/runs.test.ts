import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTitleCase } from './layout.js';
import { runsOf, wordsOf } from './runs.js';
import { titleInRun } from './titles.js';
import { connected, isHeaded } from './segments.js';

const runs = (text: string) => runsOf(text, wordsOf(text)).map((r) => text.slice(r.start, r.end));

test('English runs: initials, particles, hyphens and apostrophes stay inside; possessives, stop words and line ends cut', () => {
  assert.deepEqual(runs('Then J. K. Rowling met Tomas de la Vega and Bashar al-Assad.'), ['J. K. Rowling', 'Tomas de la Vega and Bashar al-Assad']);
  assert.deepEqual(runs("Okonkwo's lawyer met Sean O'Brien on Monday in Paris"), ['Okonkwo', "Sean O'Brien", 'Paris']);
  assert.deepEqual(runs('the Philippines\' navy'), ['Philippines']);
  assert.deepEqual(runs('a Beijing-based fund and the US-led bloc'), []);
  assert.deepEqual(runs('WELLINGTON, May 4 - NAO staff'), ['NAO']);
  assert.deepEqual(runs('Acme\nCorp'), ['Acme', 'Corp']);
  const w = wordsOf("Doe's")[0]!;
  assert.deepEqual([w.text, w.start, w.end, w.possessive], ['Doe', 0, 3, true]);
});

test('English runs: connectors join a body\'s name, not two names', () => {
  const parts = (text: string) => connected(runsOf(text, wordsOf(text))[0]!.words).map((p) => p.map((w) => w.text).join(' '));
  assert.deepEqual(parts('Ministry of Trade and Industry'), ['Ministry of Trade and Industry']);
  assert.deepEqual(parts('Center for Strategic and International Studies'), ['Center for Strategic and International Studies']);
  assert.deepEqual(parts('Acme Holdings Ltd and the Beta Group'), ['Acme Holdings Ltd', 'Beta Group']);
  assert.deepEqual(parts('Jane Doe of Acme Corp'), ['Jane Doe', 'Acme Corp']);
  assert.deepEqual(parts('Jane Doe and John Smith'), ['Jane Doe', 'John Smith']);
});

test('English titles inside a run: the title, its body before it, the name after it', () => {
  const split = (text: string) => {
    const t = titleInRun(runsOf(text, wordsOf(text))[0]!, isHeaded);
    return t && [t.title.title, t.title.org && text.slice(t.title.org.start, t.title.org.end), text.slice(wordsOf(text)[t.nameAt]!.start, wordsOf(text)[t.nameEnd - 1]!.end)];
  };
  assert.deepEqual(split('Taiwan President Lai Ching-te'), ['President', 'Taiwan', 'Lai Ching-te']);
  assert.deepEqual(split('US Secretary of State Jane Doe'), ['Secretary of State', 'US', 'Jane Doe']);
  assert.deepEqual(split('Analyst Rachel Beaumont of Kestrel Capital'), ['Analyst', null, 'Rachel Beaumont']);
  assert.deepEqual(split('Gen. Ali Reza'), ['General', null, 'Ali Reza']);
  assert.equal(split('General Motors'), null);
  assert.equal(split('Justice Department'), null);
  assert.equal(split('Jane King'), null);
});

test('English headlines: Title Case is not read for names, sentence case is', () => {
  assert.ok(isTitleCase('Port Authority Chief Resigns After Harbour Audit'));
  assert.ok(isTitleCase('Okonkwo Quits as Harbour Authority Head'));
  assert.ok(!isTitleCase('Rebels seize ferry terminal on the northern coast'));
  assert.ok(!isTitleCase('Jane Okonkwo resigns'));
});
