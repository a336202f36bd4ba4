import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Token } from '../../../text/token.js';
import { classOf } from './chars.js';
import { FEATURES, sentenceFeatures } from './features.js';
import { finish, hashString, mix } from './hash.js';

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

/** The features by their definition, one template at a time (the shipped model's hashes; never change them). */
function reference(text: string, start: number, end: number, tokens: readonly Token[]): number[] {
  const f = (t: number, ...v: number[]) => finish(mix(v.reduce(mix, t), v.length));
  const n = end - start;
  const at = (i: number) => (i < 0 ? 0x110000 : i >= n ? 0x110001 : text.charCodeAt(start + i));
  const cls = (i: number) => (i < 0 || i >= n ? 0 : classOf(at(i)));
  const pos = (i: number, s: number, e: number) => (e - s === 1 ? 3 : i === s ? 0 : i === e - 1 ? 2 : 1);
  const mine = tokens.filter((t) => t.end > start && t.start < end);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let rs = i;
    let re = i + 1;
    while (rs > 0 && cls(rs - 1) === cls(i)) rs--;
    while (re < n && cls(re) === cls(i)) re++;
    out.push(f(0, 0), f(1, at(i - 2)), f(2, at(i - 1)), f(3, at(i)), f(4, at(i + 1)), f(5, at(i + 2)));
    out.push(f(6, at(i - 2), at(i - 1)), f(7, at(i - 1), at(i)), f(8, at(i), at(i + 1)), f(9, at(i + 1), at(i + 2)));
    out.push(f(10, cls(i - 2) | (cls(i - 1) << 4), cls(i), cls(i + 1), cls(i + 2)), f(11, cls(i - 1), cls(i), cls(i + 1)));
    out.push(f(12, cls(i), Math.min(re - rs, 10), pos(i, rs, re)));
    let k = -1;
    mine.forEach((t, j) => (t.start - start <= i && i < t.end - start ? (k = j) : 0));
    if (k < 0) {
      for (let t = 13; t < FEATURES; t++) out.push(f(t, 0x110002));
      continue;
    }
    const info = (j: number, edge: number) => {
      const t = mine[j];
      return t
        ? { s: hashString(text.slice(t.start, t.end)), p: hashString(`${t.pos},${t.pos1},${t.pos2}`), p1: hashString(t.pos) }
        : { s: edge, p: edge, p1: edge };
    };
    const [prev, t, next] = [info(k - 1, 0x110000), info(k, 0), info(k + 1, 0x110001)];
    const tok = mine[k]!;
    const tp = pos(i, tok.start - start, tok.end - start);
    out.push(f(13, tp, t.p), f(14, tp, t.s), f(15, tp, prev.p, t.p), f(16, tp, t.p, next.p), f(17, tp, prev.s), f(18, tp, next.s));
    out.push(f(19, tp, Math.min(tok.end - tok.start, 8), cls(i)), f(20, tp, at(i)), f(21, tp, prev.p1, t.p1, next.p1));
  }
  return out;
}

test('the features are the hashes their definition gives (those the model was trained on)', () => {
  const text = '「ＡＢＣ社のＣＥＯ」田中太郎氏は2026年3月、𠮷野家で東京都千代田区の会議に出た。 abc-DEF ・ー〇一';
  const t = (start: number, end: number, pos: string, pos1 = '*', pos2 = '*'): Token => ({ start, end, pos, pos1, pos2, base: '', form: '*' });
  const toks: Token[] = [];
  // Uneven tokens, one gap (characters 30–31 are covered by none) and one token astride each sentence edge.
  for (let i = 0, k = 0; i < text.length; k++) {
    const len = 1 + (k % 4);
    if (i !== 30) toks.push(t(i, Math.min(i + len, text.length), k % 3 ? '名詞' : '助詞', k % 2 ? '固有名詞' : '一般', k % 5 ? '*' : '人名'));
    i += i === 30 ? 2 : len;
  }
  for (const [s, e] of [[0, text.length], [3, 40], [11, 12], [5, 5]] as const) {
    assert.deepEqual(Array.from(sentenceFeatures(text, s, e, toks, true)), reference(text, s, e, toks), `[${s}, ${e})`);
  }
});
