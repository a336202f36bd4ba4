/**
 * The actor network: entities as nodes, weighted edges between those reported in the same articles
 * (co-occurrence) and those taking part in the same events. Everything is counted per merged entity.
 */
import { placeholders, type SqlDb } from '../sql.js';
import type { Store } from '../store.js';
import { findEntities, members, type EntityRef } from './refs.js';

export interface NetworkNode extends EntityRef {
  documents: number;
}

export interface NetworkEdge {
  source: number;
  target: number;
  /** Articles both appear in. */
  cooccurrence: number;
  /** Events both take part in. */
  events: number;
  /** Event types between them, with counts. */
  event_types: Record<string, number>;
  /** cooccurrence + events. */
  weight: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NetworkOptions {
  /** Centre the network on one entity (name, key or #id) and its neighbours. */
  entity?: string;
  /** Most nodes (default 100), the most documented first. */
  limit?: number;
  /** Drop edges lighter than this (default 1). */
  minWeight?: number;
  /** Only these entity types (default every type). */
  types?: string[];
}

/** Canonical id and document count of the most documented entities, optionally only among `within`. */
async function topNodes(db: SqlDb, limit: number, types: string[] | undefined, within: number[] | null): Promise<Map<number, number>> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (types?.length) {
    where.push(`e.type IN (${placeholders(types.length)})`);
    params.push(...types);
  }
  if (within) {
    where.push(`de.doc IN (SELECT doc FROM doc_entities WHERE entity IN (${placeholders(within.length)}))`);
    params.push(...within);
  }
  const rows = await db.all<{ cid: number; n: number }>(
    `SELECT COALESCE(e.canonical, e.id) AS cid, COUNT(DISTINCT de.doc) AS n FROM doc_entities de JOIN entities e ON e.id = de.entity
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY COALESCE(e.canonical, e.id) ORDER BY n DESC, cid LIMIT ?`,
    [...params, limit],
  );
  return new Map(rows.map((r) => [r.cid, Number(r.n)]));
}

/** Nodes and weighted edges among the most documented entities (or around one). */
export async function network(store: Store, options: NetworkOptions = {}): Promise<Network> {
  const db = store.db;
  const limit = options.limit ?? 100;
  let within: number[] | null = null;
  let centre: number | null = null;
  if (options.entity) {
    const found = await findEntities(db, options.entity, { limit: 1 });
    if (!found[0]) return { nodes: [], edges: [] };
    centre = found[0].id;
    within = await members(db, [centre]);
  }
  const counts = await topNodes(db, limit, options.types, within);
  if (centre != null && !counts.has(centre)) counts.set(centre, 0);
  const ids = [...counts.keys()];
  if (ids.length === 0) return { nodes: [], edges: [] };
  const p = placeholders(ids.length);
  const refs = await db.all<EntityRef>(`SELECT id, key, name, type FROM entities WHERE id IN (${p})`, ids);
  const nodes = refs.map((r) => ({ ...r, documents: counts.get(r.id) ?? 0 })).sort((a, b) => b.documents - a.documents || a.id - b.id);

  // One row per (document or event, canonical entity) among the chosen nodes; pairs are counted in JS.
  const docRows = await db.all<{ k: number; cid: number }>(
    `SELECT DISTINCT de.doc AS k, COALESCE(e.canonical, e.id) AS cid FROM doc_entities de JOIN entities e ON e.id = de.entity
     WHERE COALESCE(e.canonical, e.id) IN (${p})`, ids,
  );
  const evRows = await db.all<{ k: number; cid: number; type: string }>(
    `SELECT DISTINCT ep.event AS k, COALESCE(e.canonical, e.id) AS cid, ev.type FROM event_participants ep
     JOIN entities e ON e.id = ep.entity JOIN events ev ON ev.id = ep.event WHERE COALESCE(e.canonical, e.id) IN (${p})`, ids,
  );
  const edges = new Map<string, NetworkEdge>();
  const edge = (a: number, b: number) => {
    const [s, t] = a < b ? [a, b] : [b, a];
    const key = `${s}-${t}`;
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { source: s, target: t, cooccurrence: 0, events: 0, event_types: {}, weight: 0 }));
    return e;
  };
  for (const [, group] of groupBy(docRows)) {
    forPairs(group.map((r) => r.cid), (a, b) => edge(a, b).cooccurrence++);
  }
  for (const [, group] of groupBy(evRows)) {
    const type = group[0]!.type;
    forPairs(group.map((r) => r.cid), (a, b) => {
      const e = edge(a, b);
      e.events++;
      e.event_types[type] = (e.event_types[type] ?? 0) + 1;
    });
  }
  const minWeight = options.minWeight ?? 1;
  const out = [...edges.values()]
    .map((e) => ({ ...e, weight: e.cooccurrence + e.events }))
    .filter((e) => e.weight >= minWeight)
    .sort((a, b) => b.weight - a.weight || a.source - b.source || a.target - b.target);
  return { nodes, edges: out };
}

function groupBy<R extends { k: number }>(rows: readonly R[]): Map<number, R[]> {
  const out = new Map<number, R[]>();
  for (const r of rows) {
    const g = out.get(r.k);
    if (g) g.push(r);
    else out.set(r.k, [r]);
  }
  return out;
}

function forPairs(ids: readonly number[], fn: (a: number, b: number) => void): void {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) fn(unique[i]!, unique[j]!);
}
