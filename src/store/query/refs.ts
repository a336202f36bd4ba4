/**
 * Shared pieces of the query API: entity references as clients see them (always the canonical entity of a
 * merge group), finding entities by name, key or `#id`, and the member ids of a group.
 */
import { normName } from '../keys.js';
import { likeEscape, placeholders, type SqlDb } from '../sql.js';

/** An entity as query results name it. */
export interface EntityRef {
  id: number;
  key: string;
  name: string;
  type: string | null;
}

/** An entity with how much the store says about it. */
export interface EntityMatch extends EntityRef {
  documents: number;
  mentions: number;
}

/** Canonical references for raw entity ids. */
export async function entityRefs(db: SqlDb, ids: Iterable<number | null>): Promise<Map<number, EntityRef>> {
  const wanted = [...new Set([...ids].filter((id): id is number => id != null))];
  const out = new Map<number, EntityRef>();
  for (let i = 0; i < wanted.length; i += 500) {
    const part = wanted.slice(i, i + 500);
    // A left join on `canonical` (not a join on COALESCE) lets both backends look each side up by its key.
    const rows = await db.all<{ raw: number } & EntityRef>(
      `SELECT e.id AS raw, COALESCE(c.id, e.id) AS id, COALESCE(c.key, e.key) AS key, COALESCE(c.name, e.name) AS name,
         CASE WHEN c.id IS NULL THEN e.type ELSE c.type END AS type
       FROM entities e LEFT JOIN entities c ON c.id = e.canonical WHERE e.id IN (${placeholders(part.length)})`,
      part,
    );
    for (const { raw, ...ref } of rows) out.set(raw, ref);
  }
  return out;
}

/** The raw ids of every entity in the merge groups of these canonical ids. */
export async function members(db: SqlDb, canonical: readonly number[]): Promise<number[]> {
  if (canonical.length === 0) return [];
  const p = placeholders(canonical.length);
  const rows = await db.all<{ id: number }>(`SELECT id FROM entities WHERE id IN (${p}) OR canonical IN (${p})`, [...canonical, ...canonical]);
  return rows.map((r) => r.id);
}

/** The raw ids in the merge group of canonical entity `c.id`, as a subquery. */
const GROUP = 'SELECT m.id FROM entities m WHERE m.id = c.id OR m.canonical = c.id';

/** Documents and mentions per canonical entity. */
async function weigh(db: SqlDb, canonical: readonly number[]): Promise<EntityMatch[]> {
  if (canonical.length === 0) return [];
  const p = placeholders(canonical.length);
  const rows = await db.all<EntityMatch>(
    `SELECT c.id, c.key, c.name, c.type,
       (SELECT COUNT(DISTINCT de.doc) FROM doc_entities de WHERE de.entity IN (${GROUP})) AS documents,
       (SELECT COALESCE(SUM(de.mentions), 0) FROM doc_entities de WHERE de.entity IN (${GROUP})) AS mentions
     FROM entities c WHERE c.id IN (${p})`,
    [...canonical],
  );
  return rows.map((r) => ({ ...r, documents: Number(r.documents), mentions: Number(r.mentions) }))
    .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.id - b.id);
}

async function canonicalOf(db: SqlDb, sql: string, params: (string | number)[]): Promise<number[]> {
  const rows = await db.all<{ cid: number }>(sql, params);
  return [...new Set(rows.map((r) => r.cid))];
}

export interface FindOptions {
  /** Also match names that contain the text (default: only when nothing matches exactly). */
  partial?: boolean;
  /** Never fall back to names that merely contain the text. */
  exact?: boolean;
  type?: string;
  limit?: number;
}

/**
 * Entities a user's reference names, most documented first: `#12` (a store id), a key (`kb:…`, `local:…`), or a
 * name in any language, compared normalised (トランプ氏 finds トランプ). Exact names first; names containing
 * the text when nothing matches exactly or `partial` asks for them.
 */
export async function findEntities(db: SqlDb, ref: string, options: FindOptions = {}): Promise<EntityMatch[]> {
  const limit = options.limit ?? 20;
  const text = ref.trim();
  let ids: number[];
  const byId = /^#(\d+)$/.exec(text);
  if (byId) {
    ids = await canonicalOf(db, 'SELECT COALESCE(canonical, id) AS cid FROM entities WHERE id = ?', [Number(byId[1])]);
  } else {
    ids = await canonicalOf(db, 'SELECT COALESCE(canonical, id) AS cid FROM entities WHERE key = ?', [text]);
    const norm = normName(text);
    if (ids.length === 0 && norm) {
      ids = await canonicalOf(db,
        'SELECT DISTINCT COALESCE(e.canonical, e.id) AS cid FROM entity_names n JOIN entities e ON e.id = n.entity WHERE n.norm = ?', [norm]);
    }
    if (!options.exact && (ids.length === 0 || options.partial) && norm) {
      const more = await canonicalOf(db,
        `SELECT DISTINCT COALESCE(e.canonical, e.id) AS cid FROM entity_names n JOIN entities e ON e.id = n.entity
         WHERE n.norm LIKE ? ESCAPE '\\' LIMIT 500`, [`%${likeEscape(norm)}%`]);
      ids = [...new Set([...ids, ...more])];
    }
  }
  let found = await weigh(db, ids);
  if (options.type) found = found.filter((e) => e.type === options.type);
  return found.slice(0, limit);
}
