/**
 * `newsgraph query WHAT …` — the store's query API on the command line: entity dossiers, events, quotes,
 * entity search, documents, a timeline, the actor network, ingest errors and store statistics. JSON by default,
 * tables with --format pretty.
 */
import { errors } from '../../errors.js';
import { listErrors } from '../../store/jobs.js';
import {
  dossier, events, getDocument, listDocuments, network, quotes, searchEntities, timeline,
} from '../../store/query/index.js';
import type { Store } from '../../store/store.js';
import { parse, positiveInt, write, type Command } from '../command.js';
import { DB_HELP, withStore } from '../store-option.js';
import { dossierPretty, eventsTable, quotesTable } from '../store-pretty.js';
import { table } from '../table.js';

const USAGE = `usage: newsgraph query WHAT [ARGS] [options]

  entity NAME            dossier: names, type, roles, first/last seen, mentions, events, quotes by and
                         about, co-occurring actors (NAME may be a key such as kb:… or #ID);
                         --text also counts the articles whose text contains NAME
  events                 events, filtered by --type, --actor NAME, --from / --to YYYY-MM-DD
  quotes                 quotes grouped by speaker, filtered by --speaker NAME, --about NAME
  entities TEXT          entities whose names contain TEXT
  documents              stored articles, filtered by --from / --to, --entity NAME
  document ID            one article's stored analysis (content id or batch id)
  timeline               articles and events per day (--entity, --from, --to)
  network                actors and weighted relations (--entity, --limit)
  errors                 failed items, newest first (--job N)
  stats                  what the store holds

options:
${DB_HELP}
  --format json|pretty   json (default) or readable tables
  --limit N, --offset N  page through long results
  --type, --actor, --speaker, --about, --entity, --from, --to, --job   filters (see above)`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | undefined, option: string): string | undefined {
  if (value !== undefined && !DATE.test(value)) throw errors.usage(`${option} ${value}: expected YYYY-MM-DD`);
  return value;
}

type Values = Record<string, string | boolean | undefined>;
type Rendered = { json: unknown; pretty: () => string };

async function answer(store: Store, what: string, args: string[], v: Values): Promise<Rendered> {
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const limit = positiveInt(str('limit'), '--limit', 50);
  const offset = str('offset') === '0' ? 0 : positiveInt(str('offset'), '--offset', 0);
  const from = day(str('from'), '--from');
  const to = day(str('to'), '--to');
  const need = (label: string) => {
    const arg = args.join(' ').trim();
    if (!arg) throw errors.usage(`query ${what} needs ${label}`);
    return arg;
  };
  switch (what) {
    case 'entity': {
      const d = await dossier(store, need('a name'), { events: limit === 50 ? 20 : limit, quotes: limit === 50 ? 20 : limit, text: v.text === true });
      return { json: d, pretty: () => dossierPretty(d) };
    }
    case 'events': {
      const page = await events(store, { type: str('type'), actor: str('actor'), from, to, limit, offset });
      return { json: page, pretty: () => `${page.total} events\n${eventsTable(page.events)}` };
    }
    case 'quotes': {
      const page = await quotes(store, { speaker: str('speaker'), about: str('about'), limit, offset });
      return { json: page, pretty: () => `${page.total} quotes\n${quotesTable(page.groups)}` };
    }
    case 'entities': {
      const found = await searchEntities(store, need('some text'), { type: str('type'), limit });
      return { json: found, pretty: () => table(['id', 'name', 'type', 'key', 'articles', 'mentions'],
        found.map((e) => [`#${e.id}`, e.name, e.type ?? '?', e.key, String(e.documents), String(e.mentions)])) };
    }
    case 'documents': {
      const page = await listDocuments(store, { from, to, entity: str('entity'), limit, offset });
      return { json: page, pretty: () => `${page.total} documents\n${table(['published', 'title', 'id', 'copy of'],
        page.documents.map((d) => [d.published ?? '—', d.title ?? '—', d.ext_id ?? d.id.slice(0, 19), d.duplicate_of ? d.duplicate_of.slice(0, 19) : '']))}` };
    }
    case 'document': {
      const doc = await getDocument(store, need('an id'));
      if (!doc) throw errors.store(`no document "${args.join(' ')}" in the store — list them with newsgraph query documents`);
      return { json: doc, pretty: () => JSON.stringify(doc.analysis, null, 2) };
    }
    case 'timeline': {
      const days = await timeline(store, { entity: str('entity'), from, to, limit });
      return { json: days, pretty: () => table(['date', 'articles', 'events'], days.map((d) => [d.date, String(d.documents),
        d.events.map((e) => `${e.type}(${e.participants.map((p) => p.entity?.name ?? p.text).join(', ')})`).join('; ')]), 70) };
    }
    case 'network': {
      const net = await network(store, { entity: str('entity'), limit });
      const names = new Map(net.nodes.map((n) => [n.id, n.name]));
      return { json: net, pretty: () => `${net.nodes.length} actors, ${net.edges.length} relations\n${table(['a', 'b', 'articles', 'events', 'weight'],
        net.edges.slice(0, limit).map((e) => [names.get(e.source) ?? '', names.get(e.target) ?? '', String(e.cooccurrence), String(e.events), String(e.weight)]))}` };
    }
    case 'errors': {
      const job = str('job') ? positiveInt(str('job'), '--job', 0) : undefined;
      const rows = await listErrors(store.db, job, limit);
      return { json: rows, pretty: () => table(['job', 'item', 'error'], rows.map((r) => [String(r.job ?? '—'), r.item, r.error]), 80) };
    }
    case 'stats': {
      const s = await store.stats();
      return { json: { store: store.location, ...s }, pretty: () => Object.entries({ store: store.location, ...s }).map(([k, x]) => `${k.padEnd(15)} ${x}`).join('\n') };
    }
    default:
      throw errors.usage(`query: unknown "${what}" — one of entity, events, quotes, entities, documents, document, timeline, network, errors, stats`);
  }
}

export const queryCommand: Command = {
  name: 'query',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' },
      type: { type: 'string' }, actor: { type: 'string' }, speaker: { type: 'string' }, about: { type: 'string' },
      entity: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, job: { type: 'string' }, text: { type: 'boolean' },
    }, 'query');
    if (values.help || positionals.length === 0) {
      await write(io.stdout, `${USAGE}\n`);
      return values.help ? 0 : 2;
    }
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'pretty') throw errors.usage(`--format ${format}: expected json or pretty`);
    const [what, ...args] = positionals;
    return withStore(values.db, async (store) => {
      const result = await answer(store, what!, args, values);
      await write(io.stdout, `${format === 'pretty' ? result.pretty() : JSON.stringify(result.json, null, 2)}\n`);
      return 0;
    });
  },
};
