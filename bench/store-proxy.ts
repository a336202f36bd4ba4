/**
 * A load fixture for the store benchmark while entity linking, quotes and events are not on main: it builds a
 * store from a JSONL corpus whose entities, events and quotes come from a crude stand-in stage (runs of IPADIC
 * proper nouns as local entities, cue words for events, 「…」と述べた for quotes). The facts are rough; the row
 * counts are of the right order, which is all the latency measurement needs. Never used outside bench/.
 *
 *   node dist/bench/store-proxy.js CORPUS.jsonl --db proxy.db
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Entity, EntityType, EventRecord, EventType, Quote } from '../src/analysis/contract.js';
import { analyze } from '../src/analyze.js';
import type { LayerName } from '../src/doc.js';
import { parseBatchLine } from '../src/ingest/jsonl.js';
import { DEFAULT_STAGES } from '../src/pipeline/default.js';
import { Pipeline, type Stage } from '../src/pipeline/pipeline.js';
import { span } from '../src/spans.js';
import { contentId } from '../src/store/keys.js';
import { minhash } from '../src/store/neardup.js';
import { openStore } from '../src/store/open.js';
import type { NewDocument } from '../src/store/types.js';

const TYPE_OF: Record<string, EntityType> = { 人名: 'PERSON', 組織: 'ORG', 地域: 'GPE' };
const CUES: [string, EventType][] = [
  ['電話', 'call'], ['会談', 'meeting'], ['訪問', 'visit'], ['合意', 'agreement'], ['辞任', 'resignation'], ['逮捕', 'arrest'],
  ['批判', 'accusation'], ['選挙', 'election'], ['制裁', 'sanction'], ['任命', 'appointment'],
];
const QUOTE = /「([^「」]{4,200})」と(?:述べ|語っ|話し|強調し|説明し)/g;
const MINE: readonly LayerName[] = ['entities', 'events', 'quotes'];

/** The stand-in stage: entities, events and quotes from tokens and surface cues. */
const proxyFacts: Stage = {
  name: 'proxy-facts',
  requires: ['tokens', 'sentences', 'document'],
  assigns: ['entities', 'events', 'quotes'],
  run(doc) {
    const text = doc.text;
    const tokens = doc.get('tokens');
    const byName = new Map<string, Entity>();
    const found: { start: number; end: number; entity: Entity }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.pos1 !== '固有名詞') continue;
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1]!.pos1 === '固有名詞' && tokens[j + 1]!.start === tokens[j]!.end) j++;
      const start = tokens[i]!.start;
      const end = tokens[j]!.end;
      const type = TYPE_OF[tokens[i]!.pos2] ?? 'ORG';
      const name = text.slice(start, end);
      const key = `${type}:${name}`;
      let e = byName.get(key);
      if (!e) byName.set(key, (e = { id: `local:${byName.size + 1}`, name, names: {}, wikidata: null, type, mentions: [], roles: [] }));
      e.mentions.push(span(text, start, end));
      found.push({ start, end, entity: e });
      i = j;
    }
    const published = doc.get('document').published;
    const events: EventRecord[] = [];
    const quotes: Quote[] = [];
    for (const s of doc.get('sentences')) {
      const inside = found.filter((f) => f.start >= s.start && f.end <= s.end);
      const actors = [...new Set(inside.map((f) => f.entity))];
      const sentence = text.slice(s.start, s.end);
      const cue = CUES.find(([w]) => sentence.includes(w));
      if (cue && actors.length >= 2) {
        const [a, b] = actors as [Entity, Entity];
        events.push({
          id: `e${events.length + 1}`, type: cue[1], plover: 'OTHER',
          participants: [{ entity: a.id, role: 'source', text: a.name }, { entity: b.id, role: 'target', text: b.name }],
          date: published ? { value: published, precision: 'day' } : null, modality: 'asserted', attributed_to: null, quantities: [],
          evidence: span(text, s.start, s.end),
        });
      }
      for (const m of sentence.matchAll(QUOTE)) {
        const at = s.start + m.index + 1;
        const speaker = inside.filter((f) => f.entity.type === 'PERSON' && f.end <= at).pop()?.entity ?? null;
        quotes.push({
          speaker: speaker?.id ?? null, speaker_text: speaker?.name ?? null, kind: 'direct', cue: null,
          content: span(text, at, at + m[1]!.length), about: actors.filter((x) => x !== speaker).slice(0, 2).map((x) => x.id),
        });
      }
    }
    doc.set('entities', [...byName.values()]);
    doc.set('events', events);
    return doc.set('quotes', quotes);
  },
};

/** The default stages with the stand-in where the first stage producing its layers was. */
export function proxyPipeline(): Pipeline {
  const stages: Stage[] = [];
  for (const s of DEFAULT_STAGES) {
    if (!s.assigns.some((l) => MINE.includes(l))) stages.push(s);
    else if (!stages.includes(proxyFacts)) stages.push(proxyFacts);
  }
  if (!stages.includes(proxyFacts)) stages.push(proxyFacts);
  return new Pipeline(stages);
}

/** Builds the proxy store at `db` from the JSONL corpus at `corpus`; returns documents written. */
export async function buildProxyStore(corpus: string, db: string): Promise<number> {
  const pipeline = proxyPipeline();
  const store = await openStore(db);
  let batch: NewDocument[] = [];
  let n = 0;
  try {
    const lines = createInterface({ input: createReadStream(corpus, { encoding: 'utf8' }), crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of lines) {
      const item = parseBatchLine(line, ++lineNo);
      if (!item) continue;
      const analysis = await analyze(item.article, { ...item.options, pipeline });
      batch.push({ id: contentId(analysis.text), analysis, source: `${corpus}:${lineNo}`, signature: minhash(analysis.text) });
      if (batch.length >= 64) {
        n += (await store.write(batch, null)).length;
        batch = [];
      }
    }
    n += (await store.write(batch, null)).length;
  } finally {
    await store.close();
  }
  return n;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({ options: { db: { type: 'string' } }, allowPositionals: true });
  if (!positionals[0] || !values.db) throw new Error('usage: node dist/bench/store-proxy.js CORPUS.jsonl --db PATH');
  const started = performance.now();
  const n = await buildProxyStore(positionals[0], values.db);
  process.stdout.write(`${n} documents in ${((performance.now() - started) / 1000).toFixed(1)} s → ${values.db}\n`);
}
