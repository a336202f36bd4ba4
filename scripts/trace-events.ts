/**
 * Prints every sentence's candidate events before the article-wide merge, then the merged records, for one text
 * file (for reading why an event was or was not kept):
 *
 *   node dist/scripts/trace-events.js FILE
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../src/doc.js';
import { sentenceCandidates } from '../src/extract/events/stage.js';
import { defaultPipeline } from '../src/pipeline/default.js';

const file = process.argv[2];
if (!file) throw new Error('usage: trace-events FILE');
const pipeline = defaultPipeline();
await pipeline.prepare();
const doc = pipeline.run(new Doc({ text: readFileSync(file, 'utf8'), id: file }));
const name = new Map(doc.get('entities').map((e) => [e.id, e.name]));
const who = (ps: readonly { entity: string | null; role: string; text: string }[]) =>
  ps.map((p) => `${p.role}:${p.entity ? name.get(p.entity) : `"${p.text}"`}`).join(' ');
console.log('--- candidates');
for (const c of sentenceCandidates(doc)) {
  console.log(`s${c.sentence} ${c.word} ${c.type}/${c.modality} ${who(c.participants)} @${c.date?.value ?? '-'}${c.ownDate ? '' : '(wide)'} | ${c.evidence.text.slice(0, 60)}`);
}
console.log('--- records');
for (const e of doc.get('events')) console.log(`${e.id} ${e.type}/${e.modality} ${who(e.participants)} @${e.date?.value ?? '-'} | ${e.evidence.text.slice(0, 60)}`);
