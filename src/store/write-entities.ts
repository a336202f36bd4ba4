/**
 * Writes one article's entities: each joins the store entity with its key (KB id, or local type + normalised
 * name) or creates it; names, mentions and roles are kept per document. Joining an entity another article
 * already brought is an automatic merge, recorded so it can be reviewed and undone.
 */
import type { Analysis, Entity } from '../analysis/contract.js';
import { entityKey, isKbId, normName } from './keys.js';
import { insertMany, type Param, type SqlDb } from './sql.js';

/** A store entity as a document's facts refer to it. */
export interface EntityRef {
  id: number;
  /** The entity it is merged into (itself when not merged). */
  canonical: number;
}

/** Resolves the entity ids of one analysis to store entities. */
export interface EntityResolver {
  /** The store entity for an entity id the analysis uses; null for none or for a local id it does not list. */
  resolve(id: string | null): EntityRef | null;
}

interface EntityRow {
  id: number;
  canonical: number | null;
  type: string | null;
  names: string;
  wikidata: string | null;
}

interface Seed {
  key: string;
  type: string | null;
  name: string;
  names: Record<string, string>;
  wikidata: string | null;
}

/** Finds or creates the entity with `seed.key`, completing its names, type and Wikidata id; `created` says which. */
export async function upsertEntity(tx: SqlDb, seed: Seed, now: string): Promise<EntityRef & { created: boolean }> {
  const inserted = await tx.get<{ id: number }>(
    `INSERT INTO entities (key, kb_id, type, name, names, wikidata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO NOTHING RETURNING id`,
    [seed.key, isKbId(seed.key) ? seed.key : null, seed.type, seed.name, JSON.stringify(seed.names), seed.wikidata, now],
  );
  if (inserted) return { id: inserted.id, canonical: inserted.id, created: true };
  const row = (await tx.get<EntityRow>('SELECT id, canonical, type, names, wikidata FROM entities WHERE key = ?', [seed.key]))!;
  const names = JSON.parse(row.names) as Record<string, string>;
  let changed = false;
  for (const [lang, name] of Object.entries(seed.names)) {
    if (!names[lang]) {
      names[lang] = name;
      changed = true;
    }
  }
  const type = row.type ?? seed.type;
  const wikidata = row.wikidata ?? seed.wikidata;
  if (changed || type !== row.type || wikidata !== row.wikidata) {
    await tx.run('UPDATE entities SET names = ?, type = ?, wikidata = ? WHERE id = ?', [JSON.stringify(names), type, wikidata, row.id]);
  }
  return { id: row.id, canonical: row.canonical ?? row.id, created: false };
}

/**
 * Writes the entities of `analysis` (stored as document `doc`) and returns the resolver the other facts use.
 * Keys are written in sorted order, so concurrent writers on PostgreSQL lock rows in one order and never deadlock.
 */
export async function writeEntities(tx: SqlDb, doc: number, analysis: Analysis, now: string): Promise<EntityResolver> {
  const lang = analysis.document.lang || 'und';
  const byKey = new Map<string, Entity[]>();
  for (const e of analysis.entities) {
    const key = entityKey(e);
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  const bare = referencedKbIds(analysis, byKey);
  const local = new Map<string, EntityRef>();
  const mentionRows: Param[][] = [];
  const docEntityRows: Param[][] = [];
  const nameRows: Param[][] = [];
  const roleRows: Param[][] = [];
  const joins: Param[][] = [];
  for (const key of [...byKey.keys(), ...bare.keys()].sort()) {
    const group = byKey.get(key);
    if (!group) {
      // A KB id a fact names without the article listing the entity: kept as a bare entity.
      local.set(key, await upsertEntity(tx, { key, type: null, name: bare.get(key)!, names: {}, wikidata: null }, now));
      continue;
    }
    const first = group[0]!;
    const names: Record<string, string> = {};
    for (const e of group) for (const [l, n] of Object.entries(e.names)) if (n && !names[l]) names[l] = n;
    if (!names[lang]) names[lang] = first.name;
    const ref = await upsertEntity(tx, { key, type: first.type, name: first.name, names, wikidata: first.wikidata ?? null }, now);
    let mentions = 0;
    for (const e of group) {
      local.set(e.id, ref);
      mentions += e.mentions.length;
      for (const m of e.mentions) mentionRows.push([doc, ref.id, m.start, m.end, m.text]);
      nameRows.push([ref.id, normName(e.name), e.name, lang]);
      for (const [l, n] of Object.entries(e.names)) if (n) nameRows.push([ref.id, normName(n), n, l]);
    }
    docEntityRows.push([doc, ref.id, first.id, mentions]);
    if (!ref.created) joins.push(['entity', isKbId(key) ? 'kb-id' : 'local-name', ref.id, doc, first.id, now]);
  }

  const resolver: EntityResolver = {
    resolve: (id) => (id ? (local.get(id) ?? null) : null),
  };

  for (const e of analysis.entities) {
    const ref = local.get(e.id)!;
    for (const r of e.roles) {
      const org = r.org ? resolver.resolve(r.org) : null;
      roleRows.push([ref.id, doc, r.title, org?.id ?? null, r.org, r.former ? 1 : 0, r.evidence?.start ?? null, r.evidence?.end ?? null, r.evidence?.text ?? null]);
    }
  }
  await insertMany(tx, 'doc_entities', ['doc', 'entity', 'local_id', 'mentions'], docEntityRows);
  await insertMany(tx, 'mentions', ['doc', 'entity', 'start_off', 'end_off', 'text'], mentionRows);
  await insertNames(tx, nameRows);
  await insertMany(tx, 'roles', ['entity', 'doc', 'title', 'org', 'org_text', 'former', 'ev_start', 'ev_end', 'ev_text'], roleRows);
  await insertMany(tx, 'merges', ['kind', 'rule', 'target', 'doc', 'local_id', 'created_at'], joins);
  return resolver;
}

async function insertNames(tx: SqlDb, rows: Param[][]): Promise<void> {
  const seen = new Set<string>();
  const unique: Param[][] = [];
  for (const row of rows) {
    const k = `${row[0]}\u0000${row[2]}\u0000${row[3]}`;
    if (seen.has(k)) continue;
    seen.add(k);
    unique.push(row);
  }
  await insertMany(tx, 'entity_names', ['entity', 'norm', 'name', 'lang'], unique, 'ON CONFLICT DO NOTHING');
}

/** KB ids that facts (quotes, events, roles, quantities) name but the entity list lacks, with a text to name them by. */
function referencedKbIds(a: Analysis, listed: ReadonlyMap<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  const add = (id: string | null | undefined, text?: string | null) => {
    if (id && isKbId(id) && !listed.has(id) && !out.has(id)) out.set(id, text || id);
  };
  for (const e of a.entities) for (const r of e.roles) add(r.org);
  for (const q of a.quotes) {
    add(q.speaker, q.speaker_text);
    for (const id of q.about) add(id);
  }
  for (const ev of a.events) {
    for (const p of ev.participants) add(p.entity, p.text);
    add(ev.attributed_to);
  }
  for (const q of a.quantities) add(q.item);
  return out;
}
