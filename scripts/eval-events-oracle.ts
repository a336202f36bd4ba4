/**
 * Measures the events stage alone: each dev article runs through layout, sentences and tokens, then gets its
 * entities, times, quantities and quotes from the gold file itself (oracle layers), and only `events` is the
 * system's. The score says how good the event rules are when the layers they read are right; `newsgraph eval`
 * measures the real pipeline. With --real-times the times and quantities come from their stages instead.
 *
 *   node dist/scripts/eval-events-oracle.js [GOLD_DIR] [--verbose] [--print] [--trace] [--only=STEM] [--real-times]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EntityType, Quantity, Quote, TimeExpression, TimePrecision } from '../src/analysis/contract.js';
import { toAnalysis } from '../src/analysis/serialize.js';
import { Doc } from '../src/doc.js';
import { readGold, type Gold } from '../src/eval/gold.js';
import { mergeScores, place, score, type Score } from '../src/eval/score.js';
import { events, sentenceCandidates } from '../src/extract/events/index.js';
import { layout } from '../src/ingest/layout.js';
import { readArticle } from '../src/ingest/read.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { span } from '../src/spans.js';
import { language } from '../src/text/language.js';
import { sentences } from '../src/text/sentences.js';
import { tokens } from '../src/text/tokens.js';
import { quantities as quantityStage } from '../src/extract/quantity/index.js';
import { times as timeStage } from '../src/extract/time/index.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/dev';
const verbose = args.includes('--verbose');
const print = args.includes('--print');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const trace = args.includes('--trace');
const realTimes = args.includes('--real-times');

function findAll(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push(i);
  return out;
}

/** Gold entities as an entities layer: every place a form stands (longest form first), as the scorer finds them. */
function oracleEntities(text: string, gold: Gold): Entity[] {
  const forms = gold.entities.flatMap((e) => e.forms.map((f) => ({ f, e }))).sort((a, b) => b.f.length - a.f.length);
  const taken: [number, number][] = [];
  const byId = new Map<string, Entity>();
  for (const { f, e } of forms) {
    for (const s of findAll(text, f)) {
      if (taken.some(([a, b]) => s < b && a < s + f.length)) continue;
      taken.push([s, s + f.length]);
      let ent = byId.get(e.id);
      if (!ent) {
        const type = (Array.isArray(e.type) ? e.type[0] : e.type) as EntityType;
        ent = { id: e.id, name: e.name ?? f, names: {}, wikidata: null, type, mentions: [], roles: [] };
        byId.set(e.id, ent);
      }
      ent.mentions.push(span(text, s, s + f.length));
    }
  }
  for (const e of byId.values()) e.mentions.sort((a, b) => a.start - b.start);
  return [...byId.values()];
}

function precisionOf(value: string): TimePrecision {
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  return 'year';
}

const pipeline = new Pipeline([layout, language, sentences, tokens]);
await pipeline.prepare();
await timeStage.prepare?.();
await quantityStage.prepare?.();
await events.prepare!();
const scores: Score[] = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith('.gold.yaml')).sort()) {
  if (only && !name.startsWith(only)) continue;
  const gold = await readGold(join(dir, name));
  const article = await readArticle(gold.textPath);
  const doc = pipeline.run(new Doc({ ...article, id: gold.stem }));
  const text = doc.text;
  doc.set('entities', oracleEntities(text, gold));
  const times: TimeExpression[] = gold.times.map((t) => {
    const [s, e] = place(text, t.anchor, t.occurrence ?? 1);
    return { ...span(text, s, e), value: String(t.value), precision: precisionOf(String(t.value)) };
  });
  const quantities: Quantity[] = gold.quantities.map((q) => {
    const [s, e] = place(text, q.anchor, q.occurrence ?? 1);
    return { ...span(text, s, e), value: Number(q.value), unit: q.unit ?? '', item: q.item ?? null, period: null };
  });
  const quotes: Quote[] = gold.quotes.map((q) => {
    let [s, e] = place(text, q.core, q.occurrence ?? 1);
    // A real quote's content is the whole bracketed stretch the core stands in.
    const open = text.lastIndexOf('「', s);
    const close = text.indexOf('」', e);
    if (open >= 0 && close >= 0 && text.lastIndexOf('」', s) < open && !text.slice(e, close).includes('「')) [s, e] = [open + 1, close];
    const generic = q.speaker.startsWith('generic:');
    return {
      speaker: generic ? null : q.speaker, speaker_text: generic ? q.speaker.slice(8) : q.speaker,
      kind: (q.kind ?? 'indirect') as Quote['kind'], cue: null, content: span(text, s, e), about: [],
    };
  });
  if (realTimes) {
    timeStage.run(doc, {});
    quantityStage.run(doc, {});
  } else doc.set('times', times.sort((a, b) => a.start - b.start)).set('quantities', quantities);
  doc.set('quotes', quotes);
  events.run(doc, {});
  if (trace) {
    for (const c of sentenceCandidates(doc)) {
      const who = c.participants.map((p) => `${p.role}:${p.entity ?? `"${p.text}"`}`).join(' ');
      console.log(`  · s${c.sentence} ${c.word}→${c.type}/${c.modality} ${who} @${c.date?.value ?? '-'} | ${c.evidence.text.slice(0, 50)}`);
    }
  }
  const analysis = toAnalysis(doc);
  const sc = score(gold, analysis);
  scores.push(sc);
  const e = sc.events;
  console.log(`${gold.stem.padEnd(20)} events P ${e.precision.toFixed(2)} R ${e.recall.toFixed(2)} F1 ${e.f1.toFixed(2)}  (tp ${e.tp} fp ${e.fp} fn ${e.fn})`);
  if (verbose) {
    for (const m of sc.misses.events.fn) console.log(`    missed  ${m}`);
    for (const m of sc.misses.events.fp) console.log(`    false   ${m}`);
  }
  if (print) {
    for (const ev of analysis.events) {
      const who = ev.participants.map((p) => `${p.role}:${p.entity ?? `"${p.text}"`}`).join(' ');
      console.log(`    ${ev.type}/${ev.modality} ${who} @${ev.date?.value ?? '-'} ${ev.attributed_to ? `(by ${ev.attributed_to})` : ''} q${JSON.stringify(ev.quantities)} | ${ev.evidence.text.slice(0, 60)}`);
    }
  }
}
const all = mergeScores(scores).events;
console.log(`ALL (oracle layers)   events P ${all.precision.toFixed(3)} R ${all.recall.toFixed(3)} F1 ${all.f1.toFixed(3)}  (tp ${all.tp} fp ${all.fp} fn ${all.fn})`);
