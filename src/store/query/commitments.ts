/**
 * Commitments across the corpus (added for the web workbench): each stored article's quantities grouped by item
 * and unit with their targets and baselines (see src/analysis/commitments.ts), newest article first, items
 * named by their store entities. Articles without quantities are never read.
 */
import { commitmentsOf, type CommitmentSeries } from '../../analysis/commitments.js';
import { placeholders, type Param } from '../sql.js';
import type { Store } from '../store.js';
import { documentEntities } from './document-entities.js';
import { getDocument } from './documents.js';
import { findEntities, members, type EntityRef } from './refs.js';

export interface CommitmentFilter {
  /** Only quantities of this item (name, key or #id). */
  item?: string;
  from?: string;
  to?: string;
  /** Most articles to read (default 50). */
  limit?: number;
}

export interface DocumentCommitments extends CommitmentSeries {
  document: { id: string; title: string | null; published: string | null; source: string | null };
  /** The store entity of `item`. */
  item_entity: EntityRef | null;
}

export interface CommitmentPage {
  /** Articles with quantities (of the item, when filtered; all of them, not only those read). */
  documents: number;
  series: DocumentCommitments[];
}

/** Commitment series of the newest articles that state quantities (of `filter.item`, when given). */
export async function commitments(store: Store, filter: CommitmentFilter = {}): Promise<CommitmentPage> {
  const db = store.db;
  const params: Param[] = [];
  let items: Set<number> | null = null;
  let inQuantities = 'SELECT q.doc FROM quantities q';
  if (filter.item) {
    const found = await findEntities(db, filter.item, { limit: 50 });
    const ids = await members(db, found.map((e) => e.id));
    if (ids.length === 0) return { documents: 0, series: [] };
    items = new Set(found.map((e) => e.id));
    inQuantities += ` WHERE q.item IN (${placeholders(ids.length)})`;
    params.push(...ids);
  }
  let cond = `FROM documents d WHERE d.seq IN (${inQuantities})`;
  if (filter.from) {
    cond += ' AND d.published >= ?';
    params.push(filter.from);
  }
  if (filter.to) {
    cond += ' AND d.published <= ?';
    params.push(`${filter.to}\uffff`);
  }
  const total = await db.get<{ n: number }>(`SELECT COUNT(*) AS n ${cond}`, params);
  const rows = await db.all<{ id: string }>(
    `SELECT d.id ${cond} ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC, d.seq DESC LIMIT ?`,
    [...params, filter.limit ?? 50],
  );
  const series: DocumentCommitments[] = [];
  for (const { id } of rows) {
    const doc = await getDocument(store, id);
    if (!doc) continue;
    const refs = await documentEntities(store, doc.analysis);
    for (const s of commitmentsOf(doc.analysis)) {
      const item = s.item ? (refs[s.item] ?? null) : null;
      if (items && (!item || !items.has(item.id))) continue;
      series.push({ ...s, document: { id: doc.id, title: doc.title, published: doc.published, source: doc.source }, item_entity: item });
    }
  }
  return { documents: Number(total?.n ?? 0), series };
}
