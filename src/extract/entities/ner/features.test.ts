import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Token } from '../../../text/token.js';
import { FEATURES, sentenceFeatures } from './features.js';

const tok = (start: number, end: number, pos2 = '*'): Token => ({ start, end, pos: '名詞', pos1: '固有名詞', pos2, base: '', form: '*' });

test('every character gets FEATURES hashes, and the same input gives the same hashes', () => {
  const text = '緑川市で会議';
  const toks = [tok(0, 3, '地域'), tok(3, 4), tok(4, 6)];
  const a = sentenceFeatures(text, 0, text.length, toks);
  assert.equal(a.length, text.length * FEATURES);
  assert.deepEqual(sentenceFeatures(text, 0, text.length, toks), a);
});

test('features do not depend on what was tagged before (reused buffers are cleared)', () => {
  const short = '北山氏';
  const toks = [tok(0, 2, '人名'), tok(2, 3)];
  const fresh = Array.from(sentenceFeatures(short, 0, short.length, toks));
  const long = 'ＡＢＣ１２３アイウエオかきくけこ漢字漢字。「」・ー';
  sentenceFeatures(long, 0, long.length, [tok(0, long.length)], true);
  assert.deepEqual(Array.from(sentenceFeatures(short, 0, short.length, toks, true)), fresh);
});

test('a character far from a change keeps its character features; tokens matter to the token features', () => {
  const a = '東山太郎は青森へ行った';
  const b = '東山太郎は秋田へ行った';
  const toks = [tok(0, 2), tok(2, 4), tok(4, 5), tok(5, 7), tok(7, 8), tok(8, 11)];
  const fa = sentenceFeatures(a, 0, a.length, toks);
  const fb = sentenceFeatures(b, 0, b.length, toks);
  // Character 0 is five characters from the change: its character features (0..12) are the same…
  for (let f = 0; f < 13; f++) assert.equal(fa[f], fb[f], `feature ${f}`);
  // …and character 5 (changed) differs in its unigram.
  assert.notEqual(fa[5 * FEATURES + 3], fb[5 * FEATURES + 3]);
  const moved = sentenceFeatures(a, 0, a.length, [tok(0, 4), ...toks.slice(2)]);
  assert.notEqual(moved[14], fa[14], 'a different token around character 0 changes its token features');
});
