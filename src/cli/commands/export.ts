/**
 * `newsgraph export --format jsonl|csv|graphml` — the store's entities, events, quotes and documents as JSONL
 * or CSV, or its actor network as GraphML for Gephi.
 */
import { createWriteStream } from 'node:fs';
import { errors } from '../../errors.js';
import { csvLine } from '../../store/export/csv.js';
import { graphml } from '../../store/export/graphml.js';
import {
  documentRecords, entityRecords, eventRecords, EXPORT_KINDS, quoteRecords, type ExportKind,
} from '../../store/export/records.js';
import { network } from '../../store/query/network.js';
import type { Store } from '../../store/store.js';
import { parse, positiveInt, write, type Command } from '../command.js';
import { DB_HELP, withStore } from '../store-option.js';

const USAGE = `usage: newsgraph export --format jsonl|csv|graphml [options]

  jsonl     one record a line, {"record": "entity"|"event"|"quote"|"document", …}
            (--what picks kinds; default entities,events,quotes; documents are the full analyses)
  csv       one table: --what entities (default), events, quotes or documents
  graphml   the actor network: entities as nodes, edges weighted by shared articles and events
            (the --limit most reported entities, default 500; edges of weight ≥ --min-weight, default 1)

options:
${DB_HELP}
  --what K[,K…]          what to export (see above)
  --out FILE             write to FILE instead of standard output
  --limit N              graphml: how many entities
  --min-weight N         graphml: lightest edge kept`;

type Sink = (text: string) => Promise<void>;

async function jsonl(store: Store, kinds: readonly ExportKind[], out: Sink): Promise<void> {
  const line = (record: string, value: object) => out(`${JSON.stringify({ record, ...value })}\n`);
  for (const kind of kinds) {
    if (kind === 'entities') for await (const r of entityRecords(store)) await line('entity', r);
    if (kind === 'events') for await (const r of eventRecords(store)) await line('event', r);
    if (kind === 'quotes') for await (const r of quoteRecords(store)) await line('quote', r);
    if (kind === 'documents') for await (const r of documentRecords(store)) await line('document', r);
  }
}

async function csv(store: Store, kind: ExportKind, out: Sink): Promise<void> {
  if (kind === 'entities') {
    await out(csvLine(['id', 'key', 'name', 'type', 'kb_id', 'wikidata', 'name_en', 'documents', 'mentions']));
    for await (const e of entityRecords(store)) await out(csvLine([e.id, e.key, e.name, e.type, e.kb_id, e.wikidata, e.names.en, e.documents, e.mentions]));
  } else if (kind === 'events') {
    await out(csvLine(['id', 'type', 'date', 'precision', 'participants', 'sources', 'documents', 'evidence']));
    for await (const e of eventRecords(store)) {
      await out(csvLine([e.id, e.type, e.date?.value, e.date?.precision, e.participants.map((p) => `${p.role}:${p.entity?.name ?? p.text}`).join('; '),
        e.sources.length, e.sources.map((s) => s.ext_id ?? s.document).join('; '), e.sources[0]?.evidence.text]));
    }
  } else if (kind === 'quotes') {
    await out(csvLine(['id', 'published', 'speaker', 'speaker_text', 'kind', 'content', 'about', 'document']));
    for await (const q of quoteRecords(store)) {
      await out(csvLine([q.id, q.published, q.speaker?.key, q.speaker_text, q.kind, q.content.text, q.about.map((a) => a.name).join('; '), q.document]));
    }
  } else {
    await out(csvLine(['id', 'ext_id', 'title', 'published', 'lang', 'source', 'chars']));
    for await (const d of documentRecords(store)) {
      await out(csvLine([d.store_id, d.document.id === d.store_id ? '' : d.document.id, d.document.title, d.document.published, d.document.lang,
        d.document.source, d.text.length]));
    }
  }
}

export const exportCommand: Command = {
  name: 'export',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' }, format: { type: 'string' }, what: { type: 'string' }, out: { type: 'string' },
      limit: { type: 'string' }, 'min-weight': { type: 'string' },
    }, 'export');
    if (values.help) {
      await write(io.stdout, `${USAGE}\n`);
      return 0;
    }
    if (positionals.length) throw errors.usage('export takes no arguments (use --what and --out)');
    const format = values.format;
    if (format !== 'jsonl' && format !== 'csv' && format !== 'graphml') throw errors.usage(`--format ${format ?? '(missing)'}: expected jsonl, csv or graphml`);
    const kinds = (values.what ?? (format === 'csv' ? 'entities' : 'entities,events,quotes')).split(',').map((k) => k.trim()) as ExportKind[];
    for (const k of kinds) if (!EXPORT_KINDS.includes(k)) throw errors.usage(`--what ${k}: expected ${EXPORT_KINDS.join(', ')}`);
    if (format === 'csv' && kinds.length !== 1) throw errors.usage('csv exports one table: give one --what');
    const file = values.out ? createWriteStream(values.out) : null;
    const stream = file ?? io.stdout;
    const sink: Sink = (text) => write(stream, text);
    try {
      await withStore(values.db, async (store) => {
        if (format === 'jsonl') await jsonl(store, kinds, sink);
        else if (format === 'csv') await csv(store, kinds[0]!, sink);
        else {
          const net = await network(store, { limit: positiveInt(values.limit, '--limit', 500), minWeight: positiveInt(values['min-weight'], '--min-weight', 1) });
          for (const chunk of graphml(net)) await sink(chunk);
        }
      });
    } finally {
      if (file) await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
    }
    return 0;
  },
};
