/**
 * Prints the events the default pipeline finds in Wikinews articles (or any JSONL of {"id","text"}), one line each:
 * type/modality, participants, date, attribution and the evidence clause. For reading output by eye:
 *
 *   node dist/scripts/preview-events.js [--from N] [--count N] [--jsonl PATH]
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../src/doc.js';
import { defaultPipeline } from '../src/pipeline/default.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : def;
};
const from = Number(opt('--from', '0'));
const count = Number(opt('--count', '20'));
const path = opt('--jsonl', '../shared/corpus/wikinews-ja/articles.jsonl');
const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(from, from + count);
const pipeline = defaultPipeline();
await pipeline.prepare();
for (const line of lines) {
  const a = JSON.parse(line) as { id: string; text: string };
  const doc = pipeline.run(new Doc({ text: a.text, id: a.id }));
  console.log(`\n=== ${a.id} ${doc.get('document').title ?? ''}`);
  for (const ev of doc.get('events')) {
    const who = ev.participants.map((p) => `${p.role}:${p.entity ?? `"${p.text}"`}`).join(' ');
    const by = ev.attributed_to ? ` by ${ev.attributed_to}` : '';
    console.log(`  ${ev.type}/${ev.modality} ${who} @${ev.date?.value ?? '-'}${by} | ${ev.evidence.text.slice(0, 70)}`);
  }
}
