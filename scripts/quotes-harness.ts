/**
 * Development harness for the `quotes` stage, kept out of the shipped pipeline: analyses the dev articles, then
 * stands in for entity linking by adding one `local:` entity per distinct speaker name (its mentions are the
 * quotes' `speaker_span`s), so the official scorer can map speakers to gold entities before linking lands.
 *
 *   node dist/scripts/quotes-harness.js DIR > out.jsonl
 *   python3 ../shared/tools/score-gold.py --many DIR out.jsonl
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Analysis, Entity } from '../src/analysis/contract.js';
import { analyze } from '../src/analyze.js';

/** Adds a local entity per speaker name and points the quotes at it. */
export function withLocalSpeakers(a: Analysis): Analysis {
  const byName = new Map<string, Entity>();
  for (const q of a.quotes) {
    if (q.speaker || !q.speaker_span || !q.speaker_text) continue;
    const id = `local:speaker-${q.speaker_text}`;
    let e = byName.get(id);
    if (!e) {
      e = { id, name: q.speaker_text, names: {}, wikidata: null, type: 'PERSON', mentions: [], roles: [] };
      byName.set(id, e);
    }
    if (!e.mentions.some((m) => m.start === q.speaker_span!.start && m.end === q.speaker_span!.end)) e.mentions.push(q.speaker_span);
    q.speaker = id;
  }
  return { ...a, entities: [...a.entities, ...byName.values()] };
}

async function main(dir: string): Promise<void> {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const a = await analyze({ text, id: basename(f, '.txt'), source: f });
    process.stdout.write(`${JSON.stringify(withLocalSpeakers(a))}\n`);
  }
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node dist/scripts/quotes-harness.js DIR\n');
  process.exit(2);
}
await main(dir);
