import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDoc } from '../../analyze.js';
import { tokenize } from '../../text/tokens.js';

// Sentences written for this test; none comes from a dataset or the dev articles.
const ARTICLE = [
  '中国の何立峰副首相が来日',
  '中国の何立峰副首相は15日、東京で日本の経済団体の幹部と会談した。',
  'トヨタ自動車の社長も同席し、両国の自動車産業について意見を交わした。',
  '趙楽際氏も北京で記者団に対し、協力を続ける考えを示した。',
].join('\n');

async function names(text: string): Promise<Map<string, string>> {
  const doc = await analyzeDoc({ text });
  const out = new Map<string, string>();
  for (const m of doc.get('ner')) out.set(text.slice(m.start, m.end), m.label);
  return out;
}

test('the shipped model tags people, organisations and places in new sentences', async () => {
  const found = await names(ARTICLE);
  assert.equal(found.get('東京'), 'GPE');
  assert.equal(found.get('北京'), 'GPE');
  assert.equal(found.get('トヨタ自動車'), 'ORG');
});

test('a Chinese three-character name that kuromoji splits is tagged whole', async () => {
  const text = '趙楽際氏も北京で記者団に対し、協力を続ける考えを示した。';
  const pieces = tokenize(text, 0, 5).map((t) => text.slice(t.start, t.end));
  assert.ok(pieces.length > 2 && !pieces.includes('趙楽際'), `kuromoji splits the name: ${pieces.join('/')}`);
  assert.equal((await names(text)).get('趙楽際'), 'PERSON');
});

test('a party comes out as ORG, whatever convention the model learnt it under', async () => {
  const found = await names('自由民主党と公明党は連立政権の継続で合意した。');
  assert.equal(found.get('自由民主党'), 'ORG');
  assert.equal(found.get('公明党'), 'ORG');
});

test('ner spans are in order, do not overlap and lie inside the text', async () => {
  const doc = await analyzeDoc({ text: ARTICLE });
  const spans = doc.get('ner');
  assert.ok(spans.length >= 5);
  for (let i = 0; i < spans.length; i++) {
    const m = spans[i]!;
    assert.ok(m.start < m.end && m.end <= ARTICLE.length);
    assert.ok(m.score >= 0 && m.score <= 1);
    if (i > 0) assert.ok(spans[i - 1]!.end <= m.start);
  }
});
