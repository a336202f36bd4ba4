import assert from 'node:assert/strict';
import { test } from 'node:test';
import { companyStem } from './company-forms.js';

test('a legal form before or after a company name is cut off', () => {
  assert.equal(companyStem('ミドリカワ精機株式会社'), 'ミドリカワ精機');
  assert.equal(companyStem('株式会社ABC'), 'ABC');
  assert.equal(companyStem('ベルナドット社'), 'ベルナドット');
  assert.equal(companyStem('XYZ社'), 'XYZ');
});

test('社 ending an ordinary word is no legal form', () => {
  assert.equal(companyStem('東西新聞社'), null);
  assert.equal(companyStem('八幡神社'), null);
  assert.equal(companyStem('社'), null);
  assert.equal(companyStem('ミドリカワ精機'), null);
});
