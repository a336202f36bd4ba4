import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishLexicon, inflect } from './lexicon.js';

test('English lexicon: regular and irregular inflections, particles kept', () => {
  assert.deepEqual(inflect('impose').map((f) => f.words.join(' ')), ['impose', 'imposes', 'imposing', 'imposed']);
  assert.deepEqual(inflect('meet with/met with/met with').map((f) => f.words.join(' ')), ['meet with', 'meets with', 'meeting with', 'met with']);
  assert.deepEqual(inflect('speak to/spoke to/spoken to').map((f) => [f.words.join(' '), f.form]), [
    ['speak to', 'base'], ['speaks to', 's'], ['speaking to', 'ing'], ['spoke to', 'past'], ['spoken to', 'pp'],
  ]);
  assert.deepEqual(inflect('carry out/carried out/carried out').map((f) => f.words[0]), ['carry', 'carries', 'carrying', 'carried']);
});

test('English lexicon: nouns in both numbers, longest entries first, support verbs by base form', () => {
  const lex = englishLexicon();
  assert.ok(lex.byFirst.get('airstrikes')?.some((t) => t.type === 'attack' && t.form === 'noun'));
  const phone = lex.byFirst.get('phone') ?? [];
  assert.equal(phone[0]!.words.length, 2, 'phone call before phone');
  assert.equal(lex.support.get('held')?.base, 'hold');
  assert.equal(lex.support.get('called off')?.base, 'call off');
});
