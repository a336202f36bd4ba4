/**
 * Stored documents: a filtered list, and one document's full analysis as it was produced when it was ingested.
 */
import type { Analysis } from '../../analysis/contract.js';
import { placeholders, type Param } from '../sql.js';
import type { Store } from '../store.js';
import { findEntities, members } from './refs.js';

export interface DocumentSummary {
  id: string;
  ext_id: string | null;
  title: string | null;
  published: string | null;
  lang: string | null;
  source: string | null;
  chars: number;
  ingested_at: string;
  /** The document this one nearly duplicates, and how similar they are. */
  duplicate_of: string | null;
  similarity: number | null;
}

export interface DocumentFilter {
  /** ISO day: published on or after. */
  from?: string;
  /** ISO day: published on or before. */
  to?: string;
  /** Only documents mentioning this entity (name, key or #id). */
  entity?: string;
  /** Include near-duplicates (default true). */
  duplicates?: boolean;
  limit?: number;
  offset?: number;
}

export interface DocumentPage {
  total: number;
  documents: DocumentSummary[];
}

const SUMMARY = `d.id, d.ext_id, d.title, d.published, d.lang, d.source, d.chars, d.ingested_at, o.id AS duplicate_of, d.dup_similarity AS similarity
  FROM documents d LEFT JOIN documents o ON o.seq = d.dup_of`;

/** Documents matching `filter`, newest first. */
export async function listDocuments(store: Store, filter: DocumentFilter = {}): Promise<DocumentPage> {
  const where: string[] = [];
  const params: Param[] = [];
  if (filter.from) {
    where.push('d.published >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    // A published value may carry a time after the day; anything starting with the day is still on it.
    where.push('d.published <= ?');
    params.push(`${filter.to}\uffff`);
  }
  if (filter.duplicates === false) where.push('d.dup_of IS NULL');
  if (filter.entity) {
    const ids = await members(store.db, (await findEntities(store.db, filter.entity, { limit: 50 })).map((e) => e.id));
    if (ids.length === 0) return { total: 0, documents: [] };
    where.push(`d.seq IN (SELECT doc FROM doc_entities WHERE entity IN (${placeholders(ids.length)}))`);
    params.push(...ids);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await store.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM documents d ${clause}`, params);
  const documents = await store.db.all<DocumentSummary>(
    `SELECT ${SUMMARY} ${clause} ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC, d.seq DESC LIMIT ? OFFSET ?`,
    [...params, filter.limit ?? 50, filter.offset ?? 0],
  );
  return { total: Number(total?.n ?? 0), documents };
}

export interface StoredDocument extends DocumentSummary {
  analysis: Analysis;
}

/** One document by content id or by the id its batch gave it, with its analysis; null when not stored. */
export async function getDocument(store: Store, id: string): Promise<StoredDocument | null> {
  const row = await store.db.get<DocumentSummary & { text: string; analysis: string }>(
    `SELECT ${SUMMARY.replace('FROM', ', d.text, d.analysis FROM')} WHERE d.id = ? OR d.ext_id = ? ORDER BY d.seq LIMIT 1`, [id, id],
  );
  if (!row) return null;
  const { text, analysis, ...summary } = row;
  const stored = JSON.parse(analysis) as Omit<Analysis, 'text'>;
  // Put the text back where the contract has it, between document and sentences.
  const { schema, document, ...rest } = stored;
  return { ...summary, analysis: { schema, document, text, ...rest } as Analysis };
}
