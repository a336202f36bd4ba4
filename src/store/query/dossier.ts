/**
 * The entity dossier: everything the store knows about one entity (with whatever is merged into it) — names in
 * each language, roles with their dates and evidence, when it was first and last reported, how often, the
 * events it took part in, quotes by and about it, and the actors it most often appears with.
 */
import type { Span } from '../../spans.js';
import { placeholders, type SqlDb } from '../sql.js';
import type { Store } from '../store.js';
import { eventsById, type EventView } from './events.js';
import { QUOTE_ROW_SQL, quoteViews, type QuoteRow, type QuoteView } from './quotes.js';
import { entityRefs, findEntities, members, type EntityMatch, type EntityRef } from './refs.js';
import { textCondition } from './search.js';

export interface RoleView {
  title: string;
  org: EntityRef | null;
  org_text: string | null;
  former: boolean;
  first_seen: string | null;
  last_seen: string | null;
  /** Where articles say so (the most recent first, at most five). */
  evidence: { document: string; published: string | null; span: Span | null }[];
}

export interface EntityDossier extends EntityRef {
  kb_id: string | null;
  wikidata: string | null;
  /** Every name seen, by language. */
  names: Record<string, string[]>;
  /** Entities merged into this one. */
  merged: EntityRef[];
  documents: number;
  mentions: number;
  first_seen: string | null;
  last_seen: string | null;
  roles: RoleView[];
  events_total: number;
  events: EventView[];
  quotes_by_total: number;
  quotes_by: QuoteView[];
  quotes_about_total: number;
  quotes_about: QuoteView[];
  /** Actors (people, organisations, places, groups) reported in the same articles, most shared articles first. */
  co_occurring: (EntityRef & { documents: number })[];
}

export interface DossierResult {
  query: string;
  /** The best match, or null when no stored entity has the name. */
  entity: EntityDossier | null;
  /** Other entities the name matched. */
  alternatives: EntityMatch[];
  /** Articles whose text contains the name, linked or not (when no entity matched, or `text` asked for it). */
  text: { documents: number; first_seen: string | null; last_seen: string | null } | null;
}

export interface DossierOptions {
  /** How many events, quotes and co-occurring actors to list (default 20, 20, 10). */
  events?: number;
  quotes?: number;
  actors?: number;
  /** Also count the articles whose text contains the name. */
  text?: boolean;
}

const ACTOR_TYPES = ['PERSON', 'ORG', 'GPE', 'NORP'];

/** The dossier of the entity `ref` names (a name, key or #id). */
export async function dossier(store: Store, ref: string, options: DossierOptions = {}): Promise<DossierResult> {
  const db = store.db;
  const found = await findEntities(db, ref, { limit: 10 });
  const [best, ...alternatives] = found;
  // Scanning every text costs more than the rest of a dossier (a two-character name cannot use the trigram
  // index), so it is done when no entity answers, or when asked.
  const text = !best || options.text ? await textMatches(db, ref) : null;
  return { query: ref, entity: best ? await build(db, best, options) : null, alternatives, text };
}

async function textMatches(db: SqlDb, ref: string): Promise<NonNullable<DossierResult['text']>> {
  if (/^#\d+$/.test(ref.trim()) || ref.trim() === '') return { documents: 0, first_seen: null, last_seen: null };
  const cond = textCondition(db, ref);
  const row = await db.get<{ n: number; first: string | null; last: string | null }>(
    `SELECT COUNT(*) AS n, MIN(d.published) AS first, MAX(d.published) AS last FROM documents d WHERE ${cond.sql}`, cond.params,
  );
  return { documents: Number(row?.n ?? 0), first_seen: row?.first ?? null, last_seen: row?.last ?? null };
}

async function build(db: SqlDb, match: EntityMatch, options: DossierOptions): Promise<EntityDossier> {
  const ids = await members(db, [match.id]);
  const p = placeholders(ids.length);
  const eventLimit = options.events ?? 20;
  const quoteLimit = options.quotes ?? 20;
  // Independent questions: on PostgreSQL they run at once on the pool's connections (SQLite answers in turn).
  const [rows, seenNames, seen, eventIds, by, about, roleViews, actors] = await Promise.all([
    db.all<{ id: number; key: string; name: string; type: string | null; kb_id: string | null; wikidata: string | null; names: string }>(
      `SELECT id, key, name, type, kb_id, wikidata, names FROM entities WHERE id IN (${p})`, ids),
    db.all<{ name: string; lang: string }>(`SELECT DISTINCT name, lang FROM entity_names WHERE entity IN (${p})`, ids),
    db.get<{ first: string | null; last: string | null }>(
      `SELECT MIN(d.published) AS first, MAX(d.published) AS last FROM doc_entities de JOIN documents d ON d.seq = de.doc
       WHERE de.entity IN (${p})`, ids),
    db.all<{ id: number }>(
      `SELECT ev.id FROM events ev WHERE ev.id IN (SELECT event FROM event_participants WHERE entity IN (${p}))
       ORDER BY CASE WHEN ev.day_from IS NULL THEN 1 ELSE 0 END, ev.day_from DESC, ev.id DESC`, ids),
    quotesWhere(db, `q.speaker IN (${p})`, ids, quoteLimit),
    quotesWhere(db, `q.id IN (SELECT quote FROM quote_about WHERE entity IN (${p}))`, ids, quoteLimit),
    roles(db, ids),
    coOccurring(db, match.id, ids, options.actors ?? 10),
  ]);
  const self = rows.find((r) => r.id === match.id)!;
  const names: Record<string, Set<string>> = {};
  const addName = (lang: string, name: string) => (names[lang] ??= new Set()).add(name);
  for (const r of [self, ...rows.filter((x) => x !== self)]) {
    for (const [lang, name] of Object.entries(JSON.parse(r.names) as Record<string, string>)) addName(lang, name);
  }
  for (const n of seenNames) addName(n.lang, n.name);
  return {
    id: self.id, key: self.key, name: self.name, type: self.type, kb_id: self.kb_id, wikidata: self.wikidata,
    names: Object.fromEntries(Object.entries(names).map(([lang, set]) => [lang, [...set]])),
    merged: rows.filter((r) => r.id !== self.id).map((r) => ({ id: r.id, key: r.key, name: r.name, type: r.type })),
    documents: match.documents,
    mentions: match.mentions,
    first_seen: seen?.first ?? null,
    last_seen: seen?.last ?? null,
    roles: roleViews,
    events_total: eventIds.length,
    events: await eventsById(db, eventIds.slice(0, eventLimit).map((r) => r.id)),
    quotes_by_total: by.total,
    quotes_by: by.views,
    quotes_about_total: about.total,
    quotes_about: about.views,
    co_occurring: actors,
  };
}

async function quotesWhere(db: SqlDb, cond: string, ids: number[], limit: number): Promise<{ total: number; views: QuoteView[] }> {
  const [total, rows] = await Promise.all([
    db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM quotes q WHERE ${cond}`, ids),
    db.all<QuoteRow>(
      `${QUOTE_ROW_SQL} WHERE ${cond} ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC, q.id DESC LIMIT ?`, [...ids, limit]),
  ]);
  return { total: Number(total?.n ?? 0), views: await quoteViews(db, rows) };
}

async function roles(db: SqlDb, ids: number[]): Promise<RoleView[]> {
  const rows = await db.all<{
    title: string; org: number | null; org_text: string | null; former: number; document: string; published: string | null;
    ev_start: number | null; ev_end: number | null; ev_text: string | null;
  }>(
    `SELECT r.title, r.org, r.org_text, r.former, d.id AS document, d.published, r.ev_start, r.ev_end, r.ev_text
     FROM roles r JOIN documents d ON d.seq = r.doc WHERE r.entity IN (${placeholders(ids.length)})
     ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC, r.id DESC`,
    ids,
  );
  const refs = await entityRefs(db, rows.map((r) => r.org));
  const grouped = new Map<string, RoleView>();
  for (const r of rows) {
    const org = r.org == null ? null : (refs.get(r.org) ?? null);
    const key = `${r.title}\u0000${org ? `#${org.id}` : (r.org_text ?? '')}\u0000${r.former}`;
    let view = grouped.get(key);
    if (!view) {
      view = { title: r.title, org, org_text: r.org_text, former: r.former === 1, first_seen: r.published, last_seen: r.published, evidence: [] };
      grouped.set(key, view);
    }
    if (r.published && (!view.first_seen || r.published < view.first_seen)) view.first_seen = r.published;
    if (r.published && (!view.last_seen || r.published > view.last_seen)) view.last_seen = r.published;
    if (view.evidence.length < 5) {
      const span = r.ev_start != null && r.ev_end != null ? { start: r.ev_start, end: r.ev_end, text: r.ev_text ?? '' } : null;
      view.evidence.push({ document: r.document, published: r.published, span });
    }
  }
  return [...grouped.values()];
}

/**
 * Counted per raw entity in SQL (one grouped pass over the articles' entity rows, no join), then folded into
 * merge groups and filtered to actor types for the best candidates only: an entity in thousands of articles
 * stays fast.
 */
async function coOccurring(db: SqlDb, self: number, ids: number[], limit: number): Promise<(EntityRef & { documents: number })[]> {
  const p = placeholders(ids.length);
  const raw = await db.all<{ entity: number; n: number }>(
    `SELECT o.entity, COUNT(*) AS n FROM doc_entities o WHERE o.doc IN (SELECT doc FROM doc_entities WHERE entity IN (${p}))
     GROUP BY o.entity ORDER BY n DESC, o.entity LIMIT ?`,
    [...ids, Math.max(200, limit * 20)],
  );
  const refs = await entityRefs(db, raw.map((r) => r.entity));
  const groups = new Map<number, { ref: EntityRef; members: number[]; n: number }>();
  for (const r of raw) {
    const ref = refs.get(r.entity);
    if (!ref || ref.id === self || !ACTOR_TYPES.includes(ref.type ?? '')) continue;
    const g = groups.get(ref.id);
    if (g) {
      g.members.push(r.entity);
      g.n += Number(r.n);
    } else groups.set(ref.id, { ref, members: [r.entity], n: Number(r.n) });
  }
  // Members of one group can share an article: count those groups' articles exactly.
  for (const g of groups.values()) {
    if (g.members.length < 2) continue;
    const row = await db.get<{ n: number }>(
      `SELECT COUNT(DISTINCT doc) AS n FROM doc_entities WHERE entity IN (${placeholders(g.members.length)})
       AND doc IN (SELECT doc FROM doc_entities WHERE entity IN (${p}))`,
      [...g.members, ...ids],
    );
    g.n = Number(row?.n ?? g.n);
  }
  return [...groups.values()].sort((a, b) => b.n - a.n || a.ref.id - b.ref.id).slice(0, limit).map((g) => ({ ...g.ref, documents: g.n }));
}
