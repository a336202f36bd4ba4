/**
 * Throughput of the events stage against tokenisation over the first N Wikinews articles (default 500):
 * characters per second of each, from the pipeline's per-stage timings. While entity linking and quotes are not on
 * main, the entities layer is approximated from the NER layer (one entity per surface form) so that the stage has
 * mentions to read, and the quotes layer is empty.
 *
 * usage: node dist/scripts/bench-events.js [ARTICLES.jsonl] [N]
 */
import { readFileSync } from 'node:fs';
import type { Entity, EntityType } from '../src/analysis/contract.js';
import { ENTITY_TYPES } from '../src/analysis/contract.js';
import { Doc } from '../src/doc.js';
import { ner } from '../src/extract/entities/index.js';
import { events } from '../src/extract/events/index.js';
import { quantities } from '../src/extract/quantity/index.js';
import { times } from '../src/extract/time/index.js';
import { layout } from '../src/ingest/layout.js';
import { Pipeline, type Stage, type StageTimings } from '../src/pipeline/pipeline.js';
import { span } from '../src/spans.js';
import { language } from '../src/text/language.js';
import { sentences } from '../src/text/sentences.js';
import { tokens } from '../src/text/tokens.js';

const KINDS = new Set<string>(ENTITY_TYPES);

/** Stand-in for the entities stage: the NER spans grouped by surface form. */
const nerEntities: Stage = {
  name: 'entities',
  requires: ['ner'],
  assigns: ['entities'],
  run(doc) {
    const byName = new Map<string, Entity>();
    for (const m of doc.get('ner')) {
      if (!KINDS.has(m.label)) continue;
      const name = doc.text.slice(m.start, m.end);
      let e = byName.get(name);
      if (!e) byName.set(name, (e = { id: `local:${name}`, name, names: {}, wikidata: null, type: m.label as EntityType, mentions: [], roles: [] }));
      e.mentions.push(span(doc.text, m.start, m.end));
    }
    return doc.set('entities', [...byName.values()]);
  },
};

const noQuotes: Stage = { name: 'quotes', requires: [], assigns: ['quotes'], run: (doc) => doc.set('quotes', []) };

const path = process.argv[2] ?? '../shared/corpus/wikinews-ja/articles.jsonl';
const n = Number(process.argv[3] ?? 500);
const articles = readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l) as { id: string; text: string });
const pipeline = new Pipeline([layout, language, sentences, tokens, ner, nerEntities, times, quantities, noQuotes, events]);
await pipeline.prepare();
for (const a of articles.slice(0, 50)) pipeline.run(new Doc({ text: a.text, id: a.id }));
const timings: StageTimings = new Map();
let chars = 0;
let found = 0;
for (const a of articles) {
  const doc = pipeline.run(new Doc({ text: a.text, id: a.id }), {}, timings);
  chars += a.text.length;
  found += doc.get('events').length;
}
const rate = (ms: number) => (chars / ms) * 1000;
const ev = timings.get('events') ?? 0;
const tok = timings.get('tokens') ?? 0;
console.log(`${articles.length} articles, ${chars} characters, ${found} events`);
console.log(`tokens  ${tok.toFixed(0).padStart(6)} ms  ${(rate(tok) / 1e6).toFixed(2)} M chars/s`);
console.log(`events  ${ev.toFixed(0).padStart(6)} ms  ${(rate(ev) / 1e6).toFixed(2)} M chars/s  (${(tok / ev).toFixed(1)}× the speed of tokens)`);
