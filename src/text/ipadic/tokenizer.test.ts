import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Token } from '../token.js';
import { IpadicTokenizer, loadIpadic } from './tokenizer.js';
import { alignedStarts, firstDifference, loadKuromoji, referenceTokens, type Kuromoji } from './reference.js';

let own: IpadicTokenizer;
let reference: Kuromoji;

before(async () => {
  [own, reference] = await Promise.all([IpadicTokenizer.load(), loadKuromoji()]);
});

/** Asserts the own tokens of `text[start, end)` are kuromoji's, and returns them. */
function same(text: string, start = 0, end = text.length): Token[] {
  const actual = own.tokenize(text, start, end);
  assert.equal(firstDifference(text, referenceTokens(reference, text, start, end), actual), null, JSON.stringify(text.slice(start, end)));
  return actual;
}

/** Asserts the tokens tile `text[start, end)` exactly, each at the offsets of its surface. */
function tiles(text: string, tokens: readonly Token[], start = 0, end = text.length): void {
  let at = start;
  for (const t of tokens) {
    assert.ok(t.start >= at && t.end > t.start && t.end <= end, `token ${t.start}-${t.end} after ${at}`);
    // kuromoji's unknown runs swallow no text, so only white space the path skips may lie between tokens
    assert.match(text.slice(at, t.start), /^\s*$/u);
    at = t.end;
  }
  assert.match(text.slice(at, end), /^\s*$/u);
}

const ASTRAL_RUN = /[\uD800-\uDBFF][\uDC00-\uDFFF][\uD800-\uDBFF]/;

const TRICKY = [
  '国会で首相が答弁し、野党は反発した。',
  'スーパーカリフラジリスティックエクスピアリドーシャスなトランスフォーメーション',
  'ｶﾀｶﾅのﾃｽﾄとﾊﾝｶｸｶﾅ、ﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞ。',
  'iPhone 15 ProとGPT-4oは2026年3月に3.5%値上がりした',
  '１２３４５円、ＡＢＣ社、ＮＨＫ。',
  '𠮷野家で𠮷田さんが牛丼を食べた。',
  '寿司🍣が好き😀です。絵文字👍🏻も。',
  '😀😀と🍣🍣🍣',
  '𩸽を焼く',
  '  東京\n\n大阪\t名古屋　福岡 \r\n',
  '「ええ、そうです」と彼は言った。（注：原文ママ）',
  'Ωの値はЖとは違う～①②③℃',
  'ー、、。。ッ',
  'a',
  '。',
];

test('the same morphemes as kuromoji on tricky inputs', () => {
  for (const text of TRICKY) same(text);
});

test('offsets are exact UTF-16 indices, astral characters included', () => {
  const text = '𠮷野家で𠮷田さんが牛丼を食べた。寿司🍣が好き😀';
  const tokens = same(text);
  tiles(text, tokens);
  const yoshi = tokens.filter((t) => text.slice(t.start, t.end).includes('𠮷'));
  assert.deepEqual(yoshi.map((t) => t.start), [0, 5]);
  assert.ok(tokens.some((t) => text.slice(t.start, t.end) === '😀' && t.end === text.length));
  // (not after two astral characters in a row: see the test of kuromoji's skips below)
  for (const t of TRICKY.filter((x) => !ASTRAL_RUN.test(x))) tiles(t, same(t));
});

test('a range of a longer text has offsets into the whole text', () => {
  const text = '見出し\n\n外相は北京で会談した。𠮷野家も。';
  const tokens = same(text, 5, 22);
  assert.equal(tokens[0]?.start, 5);
  assert.equal(tokens.map((t) => text.slice(t.start, t.end)).join(''), '外相は北京で会談した。𠮷野家も。');
  assert.equal(tokens.find((t) => text.slice(t.start, t.end) === 'し')?.base, 'する');
});

test('empty and white-space-only inputs', () => {
  assert.deepEqual(own.tokenize(''), []);
  assert.deepEqual(own.tokenize('abc', 1, 1), []);
  for (const text of [' ', '\n', '\n\n\t', '　　']) same(text);
});

test('a long input without punctuation', () => {
  const text = '東京都の国立大学で研究を続けるアンドレアス・シュミットハウゼン教授は'.repeat(60) + 'ア'.repeat(500);
  tiles(text, same(text));
});

test('where kuromoji skips text after a run of astral characters, the same tokens at their real offsets', () => {
  // kuromoji measures a run of two or more astral characters in UTF-16 units on a lattice of code points, so
  // the run seems to end past its end: the path resumes further on (or, here, finds no way to the end at all)
  assert.deepEqual(same('😀👍🏻😀は👍🏻ク'), []);
  const text = 'オ）百😀👍🏻をキ4を2';
  const expected = referenceTokens(reference, text, 0, text.length);
  const tokens = same(text);
  const aligned = alignedStarts(text, 0, text.length, expected);
  const k = tokens.findIndex((t, i) => t.start !== aligned[i]);
  assert.ok(k > 0, 'the surface search lands on an earlier copy of a surface');
  assert.equal(text.slice(tokens[k]!.start, tokens[k]!.end), expected[k]!.surface);
});

test('random mixtures of scripts, astral characters and punctuation', () => {
  const pieces = [...'あのをにがはアイカーッヴ東京大学日本一十、。ABx09０ 　\nｶﾀﾞ・「」(', '𠮷', '😀', '🍣', '👍🏻', '🏻', '\u200d', 'é', 'Ж', '～'];
  let seed = 20260401;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  for (let k = 0; k < 1500; k++) {
    let text = '';
    for (let n = 1 + Math.floor(random() * 20); n > 0; n--) text += pieces[Math.floor(random() * pieces.length)];
    same(text);
  }
});

test('a dictionary in shared memory, posted to another thread, tokenises the same', async () => {
  const shared = await loadIpadic({ shared: true });
  // what a worker receives: a structured clone, whose typed arrays still view the same SharedArrayBuffers
  const posted = structuredClone(shared);
  assert.ok(posted.trie.buffer instanceof SharedArrayBuffer && posted.features.buffer instanceof SharedArrayBuffer);
  const other = new IpadicTokenizer(posted);
  for (const text of TRICKY) assert.deepEqual(other.tokenize(text), own.tokenize(text));
});
