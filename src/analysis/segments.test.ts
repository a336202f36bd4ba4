import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCHEMA_ID, type Analysis } from './contract.js';
import { linesOf, marksOf, segments } from './segments.js';
import { span } from '../spans.js';

const text = '見出し\n\n2026年5月1日\n\n田中氏は「増やす」と述べた。\n写真：港\n';
const at = (s: string) => span(text, text.indexOf(s), text.indexOf(s) + s.length);

function analysis(): Analysis {
  return {
    schema: SCHEMA_ID,
    document: {
      id: 'x', lang: 'ja', title: '見出し', published: '2026-05-01', author: null, source: null,
      body: [at('田中氏は「増やす」と述べた。')], captions: [at('写真：港')], sources: [], title_span: at('見出し'), dateline: at('2026年5月1日'),
    },
    text,
    sentences: [],
    entities: [{ id: 'local:t', name: '田中', type: 'PERSON', names: {}, wikidata: null, mentions: [at('田中氏')], roles: [] }],
    quotes: [{ speaker: 'local:t', speaker_text: '田中氏', kind: 'direct', cue: at('と述べた'), content: at('増やす'), about: [] }],
    events: [{
      id: 'e', type: 'statement', plover: 'OTHER', participants: [], date: null, modality: 'asserted', attributed_to: null, quantities: [],
      evidence: at('田中氏は「増やす」と述べた'),
    }],
    times: [{ ...at('2026年5月1日'), value: '2026-05-01', precision: 'day' }],
    quantities: [],
    warnings: [],
  };
}

test('segments cut at every boundary and carry the marks covering them', () => {
  const a = analysis();
  const body = a.document.body[0]!;
  const segs = segments(marksOf(a), body.start, body.end);
  assert.deepEqual(segs.map((s) => text.slice(s.start, s.end)), ['田中氏', 'は「', '増やす', '」', 'と述べた', '。']);
  assert.deepEqual(segs.map((s) => s.marks.map((m) => m.kind).sort().join('+')),
    ['entity+event', 'event', 'event+quote', 'event', 'event+quote', '']);
  assert.deepEqual(segs[0]!.starts.map((m) => m.kind).sort(), ['entity', 'event']);
  assert.deepEqual(segs[2]!.starts, [{ kind: 'quote', index: 0, part: 'content' }]);
  // Together the segments are exactly the range.
  assert.equal(segs.map((s) => text.slice(s.start, s.end)).join(''), text.slice(body.start, body.end));
});

test('only the chosen kinds are marked, and highlights are their own mark', () => {
  const a = analysis();
  const marks = marksOf(a, [at('述べ')], new Set(['time']));
  assert.deepEqual(marks.map((m) => m.mark.kind).sort(), ['highlight', 'time']);
});

test('lines know which part of the article they belong to', () => {
  assert.deepEqual(linesOf(analysis()).map((l) => [text.slice(l.start, l.end), l.part]), [
    ['見出し', 'title'], ['2026年5月1日', 'dateline'], ['田中氏は「増やす」と述べた。', 'body'], ['写真：港', 'caption'],
  ]);
});
