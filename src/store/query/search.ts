/**
 * Full-text search over titles and texts. SQLite answers from its FTS5 trigram index for three or more
 * characters and scans with LIKE for one or two (a trigram index cannot hold shorter strings); PostgreSQL uses
 * ILIKE, served by its pg_trgm GIN index from three characters. Hits carry the spans where the text matches.
 */
import { errors } from '../../errors.js';
import type { Span } from '../../spans.js';
import { ilike, likeEscape, type Param, type SqlDb } from '../sql.js';
import type { Store } from '../store.js';

export interface SearchHit {
  document: string;
  ext_id: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  /** How often the text occurs in the document's text. */
  count: number;
  /** The first few occurrences. */
  matches: Span[];
  /** The first occurrence with some text around it. */
  snippet: string;
}

export interface SearchPage {
  query: string;
  total: number;
  hits: SearchHit[];
}

/** A condition on `documents d` that holds where the title or text contains `query`. */
export function textCondition(db: SqlDb, query: string): { sql: string; params: Param[] } {
  const q = query.trim();
  if (q === '') throw errors.usage('search: give some text to look for');
  // The trigram index answers LIKE for three characters or more, but not with an ESCAPE clause: text with
  // LIKE's own wildcards in it takes the scan below.
  if (db.dialect === 'sqlite' && [...q].length >= 3 && !/[%_\\]/.test(q)) {
    const pattern = `%${q}%`;
    return { sql: 'd.seq IN (SELECT rowid FROM documents_fts WHERE title LIKE ? OR text LIKE ?)', params: [pattern, pattern] };
  }
  const op = ilike(db.dialect);
  const pattern = `%${likeEscape(q)}%`;
  return { sql: `(d.text ${op} ? ESCAPE '\\' OR d.title ${op} ? ESCAPE '\\')`, params: [pattern, pattern] };
}

/** Where `needle` occurs in `text` (ASCII case ignored, as the indexes do). */
export function occurrences(text: string, needle: string, max = Infinity): { count: number; matches: Span[] } {
  const folded = text.toLowerCase();
  const sameLength = folded.length === text.length;
  const hay = sameLength ? folded : text;
  const n = sameLength ? needle.toLowerCase() : needle;
  const matches: Span[] = [];
  let count = 0;
  if (n.length === 0) return { count, matches };
  for (let i = hay.indexOf(n); i !== -1; i = hay.indexOf(n, i + n.length)) {
    count++;
    if (matches.length < max) matches.push({ start: i, end: i + n.length, text: text.slice(i, i + n.length) });
  }
  return { count, matches };
}

/** Documents whose title or text contains `text`, newest first. */
export async function search(store: Store, text: string, options: { limit?: number; offset?: number } = {}): Promise<SearchPage> {
  const db = store.db;
  const q = text.trim();
  const cond = textCondition(db, q);
  const total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM documents d WHERE ${cond.sql}`, cond.params);
  const rows = await db.all<{ id: string; ext_id: string | null; title: string | null; published: string | null; source: string | null; text: string }>(
    `SELECT d.id, d.ext_id, d.title, d.published, d.source, d.text FROM documents d WHERE ${cond.sql}
     ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC, d.seq DESC LIMIT ? OFFSET ?`,
    [...cond.params, options.limit ?? 20, options.offset ?? 0],
  );
  const hits = rows.map((r) => {
    const { count, matches } = occurrences(r.text, q, 5);
    const first = matches[0];
    const snippet = first ? r.text.slice(Math.max(0, first.start - 40), first.end + 40).replace(/\s+/g, ' ') : (r.title ?? '');
    return { document: r.id, ext_id: r.ext_id, title: r.title, published: r.published, source: r.source, count, matches, snippet };
  });
  return { query: q, total: Number(total?.n ?? 0), hits };
}
