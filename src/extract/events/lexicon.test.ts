import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EVENT_TYPES } from '../../analysis/contract.js';
import { loadTokenizer } from '../../text/tokenizer.js';
import { tokenize } from '../../text/tokens.js';
import { compileLexicon, matchAt, type Lexicon } from './lexicon.js';
import { markerAt } from './markers.js';
import { PLOVER } from './plover.js';

let lex: Lexicon;
before(async () => {
  await loadTokenizer();
  lex = compileLexicon();
});

function triggersIn(text: string): string[] {
  const bases = tokenize(text, 0, text.length).map((t) => t.base);
  const out: string[] = [];
  for (let i = 0; i < bases.length; i++) {
    const m = matchAt(lex, bases, i);
    if (!m) continue;
    out.push(`${m.word}:${m.type ?? '-'}`);
    i += m.bases.length - 1;
  }
  return out;
}

test('every contract event type has trigger words and one PLOVER root', () => {
  const types = new Set<string>();
  for (const list of lex.byFirst.values()) for (const t of list) if (t.type) types.add(t.type);
  assert.deepEqual([...types].sort(), [...EVENT_TYPES].sort());
  const roots = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT', 'OTHER']);
  for (const t of EVENT_TYPES) assert.ok(roots.has(PLOVER[t]), `${t} → ${PLOVER[t]}`);
});

test('longer words win: 電話会談 is a call, 首脳会談 a meeting, 世論調査 no investigation', () => {
  assert.deepEqual(triggersIn('電話会談を行った'), ['電話会談:call']);
  assert.deepEqual(triggersIn('日米首脳会談が開かれた'), ['首脳会談:meeting']);
  assert.deepEqual(triggersIn('世論調査を行った'), ['世論調査:-']);
});

test('verbs match in every inflection through base forms', () => {
  assert.deepEqual(triggersIn('北京に招いた'), ['招く:invitation']);
  assert.deepEqual(triggersIn('大統領を招き、'), ['招く:invitation']);
  assert.deepEqual(triggersIn('資格を取り消すと発表'), ['資格を取り消す:dismissal', '発表:statement']);
  assert.deepEqual(triggersIn('米国を訪れて'), ['訪れる:visit']);
  assert.deepEqual(triggersIn('元首相が亡くなった'), ['亡くなる:death']);
});

test('particles after a phrase, longest first, read from the text', () => {
  const at = (s: string) => markerAt(s, 0);
  assert.equal(at('に対して制裁')?.kind, 'tgt');
  assert.equal(at('によると、')?.kind, 'attr');
  assert.equal(at('による攻撃')?.kind, 'agt');
  assert.equal(at('との会談')?.word, 'との');
  assert.equal(at('らと会談')?.kind, 'and-with');
  assert.equal(at('について')?.kind, 'about');
  assert.equal(at('会談'), null);
});
