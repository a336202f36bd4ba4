import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LABELS, NE_TYPES, O, canFollow, decodeSpans, encodeSpans, label, tagOf, typeOf } from './labels.js';

test('BIOES labels round-trip through encodeSpans and decodeSpans', () => {
  const spans = [
    { start: 0, end: 3, type: NE_TYPES.indexOf('PERSON') },
    { start: 5, end: 6, type: NE_TYPES.indexOf('GPE') },
    { start: 6, end: 8, type: NE_TYPES.indexOf('ORG') },
  ];
  const labels = new Uint8Array(10);
  encodeSpans(spans, labels);
  assert.deepEqual(decodeSpans(labels, 10), spans);
  assert.equal(labels[3], O);
  assert.equal(tagOf(labels[5]!), 3, 'a one-character span is S');
});

test('label arithmetic gives each type four distinct labels', () => {
  assert.equal(LABELS, 41);
  for (let t = 0; t < NE_TYPES.length; t++) for (let g = 0; g < 4; g++) {
    assert.equal(typeOf(label(t, g)), t);
    assert.equal(tagOf(label(t, g)), g);
  }
});

test('only legal transitions are allowed: a span cannot change type or stay open', () => {
  const person = NE_TYPES.indexOf('PERSON');
  const org = NE_TYPES.indexOf('ORG');
  assert.ok(canFollow(label(person, 0), label(person, 1)));
  assert.ok(canFollow(label(person, 0), label(person, 2)));
  assert.ok(!canFollow(label(person, 0), label(org, 2)), 'B-PERSON → E-ORG');
  assert.ok(!canFollow(label(person, 1), O), 'I → O leaves a span open');
  assert.ok(!canFollow(O, label(person, 1)), 'O → I starts a span without B');
  assert.ok(canFollow(label(person, 2), label(org, 0)), 'a span may follow another directly');
});
