/**
 * Quotes across the corpus, grouped by speaker: who said what, where, and about whom.
 */
import type { Span } from '../../spans.js';
import { ilike, likeEscape, placeholders, type Param, type SqlDb } from '../sql.js';
import type { Store } from '../store.js';
import { entityRefs, findEntities, members, type EntityRef } from './refs.js';

export interface QuoteFilter {
  /** A name, key or #id of the speaker; for a speaker no entity has, text of how articles name them. */
  speaker?: string;
  /** A name, key or #id of someone the quote is about. */
  about?: string;
  limit?: number;
  offset?: number;
}

export interface QuoteView {
  id: number;
  document: string;
  title: string | null;
  published: string | null;
  speaker: EntityRef | null;
  speaker_text: string | null;
  kind: string;
  cue: Span | null;
  content: Span;
  about: EntityRef[];
}

export interface QuoteGroup {
  /** The speaker (null for unnamed or unlinked sources, grouped by their text). */
  speaker: EntityRef | null;
  speaker_text: string | null;
  quotes: QuoteView[];
}

export interface QuotePage {
  total: number;
  groups: QuoteGroup[];
}

export interface QuoteRow {
  id: number;
  document: string;
  title: string | null;
  published: string | null;
  speaker: number | null;
  speaker_text: string | null;
  kind: string;
  cue_start: number | null;
  cue_end: number | null;
  cue_text: string | null;
  start_off: number;
  end_off: number;
  text: string;
}

async function groupIds(db: SqlDb, ref: string): Promise<number[]> {
  return members(db, (await findEntities(db, ref, { limit: 50 })).map((e) => e.id));
}

/** Quotes matching `filter`, newest first, grouped by speaker. */
export async function quotes(store: Store, filter: QuoteFilter = {}): Promise<QuotePage> {
  const db = store.db;
  const where: string[] = [];
  const params: Param[] = [];
  if (filter.speaker) {
    const ids = await groupIds(db, filter.speaker);
    if (ids.length) {
      where.push(`q.speaker IN (${placeholders(ids.length)})`);
      params.push(...ids);
    } else {
      // Unnamed and unlinked sources (「関係者」, a ministry's spokesperson) are found by how the article calls them.
      where.push(`q.speaker_text ${ilike(db.dialect)} ? ESCAPE '\\'`);
      params.push(`%${likeEscape(filter.speaker.trim())}%`);
    }
  }
  if (filter.about) {
    const ids = await groupIds(db, filter.about);
    if (ids.length === 0) return { total: 0, groups: [] };
    where.push(`q.id IN (SELECT quote FROM quote_about WHERE entity IN (${placeholders(ids.length)}))`);
    params.push(...ids);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM quotes q ${clause}`, params);
  const rows = await db.all<QuoteRow>(
    `${QUOTE_ROW_SQL} ${clause}
     ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC, q.id DESC LIMIT ? OFFSET ?`,
    [...params, filter.limit ?? 50, filter.offset ?? 0],
  );
  return { total: Number(total?.n ?? 0), groups: group(await quoteViews(db, rows)) };
}

/** Quote views for rows of the `quotes` table joined with their document. */
export async function quoteViews(db: SqlDb, rows: readonly QuoteRow[]): Promise<QuoteView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const about = await db.all<{ quote: number; entity: number }>(
    `SELECT quote, entity FROM quote_about WHERE quote IN (${placeholders(ids.length)})`, ids,
  );
  const refs = await entityRefs(db, [...rows.map((r) => r.speaker), ...about.map((a) => a.entity)]);
  return rows.map((r) => ({
    id: r.id,
    document: r.document,
    title: r.title,
    published: r.published,
    speaker: r.speaker == null ? null : (refs.get(r.speaker) ?? null),
    speaker_text: r.speaker_text,
    kind: r.kind,
    cue: r.cue_start == null || r.cue_end == null ? null : { start: r.cue_start, end: r.cue_end, text: r.cue_text ?? '' },
    content: { start: r.start_off, end: r.end_off, text: r.text },
    about: about.filter((a) => a.quote === r.id).map((a) => refs.get(a.entity)).filter((e): e is EntityRef => !!e),
  }));
}

/** SQL selecting quote rows as `quoteViews` wants them. */
export const QUOTE_ROW_SQL = `SELECT q.id, d.id AS document, d.title, d.published, q.speaker, q.speaker_text, q.kind, q.cue_start, q.cue_end,
  q.cue_text, q.start_off, q.end_off, q.text FROM quotes q JOIN documents d ON d.seq = q.doc`;

function group(views: readonly QuoteView[]): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  for (const v of views) {
    const key = v.speaker ? `#${v.speaker.id}` : `"${v.speaker_text ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = { speaker: v.speaker, speaker_text: v.speaker ? v.speaker.name : v.speaker_text, quotes: [] };
      groups.set(key, g);
    }
    g.quotes.push(v);
  }
  return [...groups.values()];
}
