/**
 * Merges people can review and undo. A manual merge says two entities are one (`newsgraph merge`): the merged
 * entity keeps its rows and points at the other, so undoing it is one update. Undoing an automatic merge (an
 * article's entity or event joined a stored one) splits that article's part out into an entity or event of its own.
 */
import { errors } from '../errors.js';
import { dayRange, reportedWindow } from './date-range.js';
import type { SqlDb } from './sql.js';
import type { MergeRecord } from './types.js';

interface EntityRow {
  id: number;
  key: string;
  type: string | null;
  name: string;
  names: string;
  wikidata: string | null;
  merged_into: number | null;
  canonical: number | null;
}

const MERGE_COLUMNS = `m.id, m.kind, m.rule, m.target, m.source, d.id AS document, m.local_id, m.note, m.created_at, m.undone_at, m.split_into`;

async function entity(tx: SqlDb, id: number): Promise<EntityRow> {
  const row = await tx.get<EntityRow>('SELECT id, key, type, name, names, wikidata, merged_into, canonical FROM entities WHERE id = ?', [id]);
  if (!row) throw errors.store(`no entity #${id} in the store`);
  return row;
}

async function record(tx: SqlDb, id: number): Promise<MergeRecord> {
  const row = await tx.get<MergeRecord>(`SELECT ${MERGE_COLUMNS} FROM merges m LEFT JOIN documents d ON d.seq = m.doc WHERE m.id = ?`, [id]);
  if (!row) throw errors.store(`no merge record #${id} — list them with newsgraph merge --list`);
  return row;
}

/** Merges entity `source` (with everything already merged into it) into `target`'s group. */
export function mergeEntities(db: SqlDb, source: number, target: number, note: string | null): Promise<MergeRecord> {
  return db.transaction(async (tx) => {
    const s = await entity(tx, source);
    const t = await entity(tx, target);
    const from = s.canonical ?? s.id;
    const into = t.canonical ?? t.id;
    if (from === into) throw errors.store(`#${source} and #${target} are already one entity`);
    await tx.run('UPDATE entities SET merged_into = ? WHERE id = ?', [into, from]);
    await tx.run('UPDATE entities SET canonical = ? WHERE id = ? OR canonical = ?', [into, from, from]);
    const row = await tx.get<{ id: number }>(
      'INSERT INTO merges (kind, rule, target, source, note, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
      ['entity', 'manual', into, from, note, new Date().toISOString()],
    );
    return record(tx, row!.id);
  });
}

/** Undoes merge record `id`. */
export function unmerge(db: SqlDb, id: number): Promise<MergeRecord> {
  return db.transaction(async (tx) => {
    const m = await record(tx, id);
    if (m.undone_at) throw errors.store(`merge #${id} was already undone on ${m.undone_at}`);
    let split: number | null = null;
    if (m.rule === 'manual') await undoManual(tx, m);
    else if (m.kind === 'entity') split = await splitEntity(tx, m);
    else split = await splitEvent(tx, m);
    await tx.run('UPDATE merges SET undone_at = ?, split_into = ? WHERE id = ?', [new Date().toISOString(), split, id]);
    return record(tx, id);
  });
}

async function undoManual(tx: SqlDb, m: MergeRecord): Promise<void> {
  const source = await entity(tx, m.source!);
  if (source.merged_into !== m.target) throw errors.store(`entity #${source.id} is no longer merged into #${m.target}`);
  const root = source.canonical ?? source.id;
  await tx.run('UPDATE entities SET merged_into = NULL WHERE id = ?', [source.id]);
  // Everyone in the old group finds their root again by following merged_into.
  const members = await tx.all<{ id: number; merged_into: number | null }>(
    'SELECT id, merged_into FROM entities WHERE id = ? OR canonical = ?', [root, root],
  );
  const parent = new Map(members.map((r) => [r.id, r.merged_into]));
  for (const r of members) {
    let top = r.id;
    for (let hops = 0; parent.get(top) != null && hops < members.length; hops++) top = parent.get(top)!;
    await tx.run('UPDATE entities SET canonical = ? WHERE id = ?', [top === r.id ? null : top, r.id]);
  }
}

/** Moves one document's share of an entity to a new entity of its own. */
async function splitEntity(tx: SqlDb, m: MergeRecord): Promise<number> {
  const e = await entity(tx, m.target);
  const doc = await docSeq(tx, m);
  const row = await tx.get<{ id: number }>(
    `INSERT INTO entities (key, kb_id, type, name, names, wikidata, created_at) VALUES (?, NULL, ?, ?, ?, ?, ?) RETURNING id`,
    [`${e.key}#split:${m.id}`, e.type, e.name, e.names, e.wikidata, new Date().toISOString()],
  );
  const to = row!.id;
  for (const [table, column] of [['mentions', 'entity'], ['doc_entities', 'entity'], ['roles', 'entity'], ['roles', 'org'],
    ['quotes', 'speaker'], ['quantities', 'item'], ['event_sources', 'attributed_to']] as const) {
    await tx.run(`UPDATE ${table} SET ${column} = ? WHERE doc = ? AND ${column} = ?`, [to, doc, e.id]);
  }
  await tx.run('UPDATE quote_about SET entity = ? WHERE entity = ? AND quote IN (SELECT id FROM quotes WHERE doc = ?)', [to, e.id, doc]);
  await tx.run(
    'INSERT INTO entity_names (entity, norm, name, lang) SELECT ?, norm, name, lang FROM entity_names WHERE entity = ?', [to, e.id],
  );
  return to;
}

/** Moves one document's report of an event to a new event of its own. */
async function splitEvent(tx: SqlDb, m: MergeRecord): Promise<number> {
  const doc = await docSeq(tx, m);
  const source = await tx.get<{ id: number; date_value: string | null; date_precision: string | null; published: string | null }>(
    `SELECT s.id, s.date_value, s.date_precision, d.published FROM event_sources s JOIN documents d ON d.seq = s.doc
     WHERE s.event = ? AND s.doc = ? AND s.local_id = ?`,
    [m.target, doc, m.local_id],
  );
  if (!source) throw errors.store(`the report merged by #${m.id} is no longer part of event #${m.target}`);
  const event = await tx.get<{ type: string; plover: string | null; sig: string }>('SELECT type, plover, sig FROM events WHERE id = ?', [m.target]);
  const range = dayRange(source.date_value) ?? reportedWindow(null, source.published);
  const row = await tx.get<{ id: number }>(
    `INSERT INTO events (type, plover, sig, date_value, date_precision, day_from, day_to, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    // A signature of its own, so later reports keep joining the original event rather than this split.
    [event!.type, event!.plover, `${event!.sig}#split:${m.id}`, source.date_value, source.date_precision, range?.from ?? null, range?.to ?? null,
      new Date().toISOString()],
  );
  const to = row!.id;
  await tx.run('INSERT INTO event_participants (event, entity, role, text) SELECT ?, entity, role, text FROM event_participants WHERE event = ?', [to, m.target]);
  await tx.run('UPDATE event_sources SET event = ? WHERE id = ?', [to, source.id]);
  return to;
}

async function docSeq(tx: SqlDb, m: MergeRecord): Promise<number> {
  const row = await tx.get<{ seq: number }>('SELECT seq FROM documents WHERE id = ?', [m.document]);
  if (!row) throw errors.store(`merge #${m.id} names no stored document`);
  return row.seq;
}

export interface MergeFilter {
  kind?: 'entity' | 'event';
  rule?: string;
  /** Records touching this entity or event id. */
  target?: number;
  /** Include undone records (default true). */
  undone?: boolean;
  limit?: number;
}

/** Merge records, newest first. */
export async function listMerges(db: SqlDb, filter: MergeFilter = {}): Promise<MergeRecord[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (filter.kind) add('m.kind = ?', filter.kind);
  if (filter.rule) add('m.rule = ?', filter.rule);
  if (filter.target != null) add('(m.target = ? OR m.source = ?)', filter.target, filter.target);
  if (filter.undone === false) add('m.undone_at IS NULL');
  params.push(filter.limit ?? 100);
  return db.all<MergeRecord>(
    `SELECT ${MERGE_COLUMNS} FROM merges m LEFT JOIN documents d ON d.seq = m.doc
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY m.id DESC LIMIT ?`,
    params,
  );
}
