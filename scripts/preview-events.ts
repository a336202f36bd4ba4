/**
 * Reads events on Wikinews articles with the real pipeline up to quantities, entities approximated from the NER
 * layer (one local entity per surface form) while linking is not on main, and no quotes. For reading output:
 *
 *   node dist/scripts/preview-events.js [--from N] [--count N] [--jsonl PATH]
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
import { Pipeline } from '../src/pipeline/pipeline.js';
import { span } from '../src/spans.js';
import { language } from '../src/text/language.js';
import { sentences } from '../src/text/sentences.js';
import { tokens } from '../src/text/tokens.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : def;
};
const from = Number(opt('--from', '0'));
const count = Number(opt('--count', '20'));
const path = opt('--jsonl', '../shared/corpus/wikinews-ja/articles.jsonl');
const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(from, from + count);

const stages = [layout, language, sentences, tokens, ner];
const pipeline = new Pipeline(stages);
await pipeline.prepare();
await times.prepare?.();
await events.prepare!();
const kinds = new Set<string>(ENTITY_TYPES);

for (const line of lines) {
  const a = JSON.parse(line) as { id: string; text: string };
  const doc = pipeline.run(new Doc({ text: a.text, id: a.id }));
  const byName = new Map<string, Entity>();
  for (const m of doc.get('ner')) {
    if (!kinds.has(m.label)) continue;
    const name = doc.text.slice(m.start, m.end);
    let e = byName.get(name);
    if (!e) byName.set(name, (e = { id: `local:${name}`, name, names: {}, wikidata: null, type: m.label as EntityType, mentions: [], roles: [] }));
    e.mentions.push(span(doc.text, m.start, m.end));
  }
  doc.set('entities', [...byName.values()]).set('quotes', []);
  times.run(doc, {});
  quantities.run(doc, {});
  events.run(doc, {});
  console.log(`\n=== ${a.id} ${doc.get('document').title ?? ''}`);
  for (const ev of doc.get('events')) {
    const who = ev.participants.map((p) => `${p.role}:${p.entity ? p.entity.slice(6) : `"${p.text}"`}`).join(' ');
    console.log(`  ${ev.type}/${ev.modality} ${who} @${ev.date?.value ?? '-'} | ${ev.evidence.text.slice(0, 70)}`);
  }
}
