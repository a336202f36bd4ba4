/**
 * The store's contents as flat records for export, read page by page so a large store is never held in memory.
 */
import type { Analysis } from '../../analysis/contract.js';
import { events, type EventView } from '../query/events.js';
import { getDocument } from '../query/documents.js';
import { quotes, type QuoteView } from '../query/quotes.js';
import type { Store } from '../store.js';

export const EXPORT_KINDS = ['entities', 'events', 'quotes', 'documents'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface EntityRecord {
  id: number;
  key: string;
  name: string;
  type: string | null;
  kb_id: string | null;
  wikidata: string | null;
  names: Record<string, string>;
  documents: number;
  mentions: number;
}

const PAGE = 500;

/** Every canonical entity with its document and mention counts (merged entities counted with their group). */
export async function* entityRecords(store: Store): AsyncGenerator<EntityRecord> {
  for (let offset = 0; ; offset += PAGE) {
    const rows = await store.db.all<Omit<EntityRecord, 'names'> & { names: string }>(
      `SELECT c.id, c.key, c.name, c.type, c.kb_id, c.wikidata, c.names,
         COUNT(DISTINCT de.doc) AS documents, COALESCE(SUM(de.mentions), 0) AS mentions
       FROM entities c LEFT JOIN entities m ON m.id = c.id OR m.canonical = c.id LEFT JOIN doc_entities de ON de.entity = m.id
       WHERE c.canonical IS NULL GROUP BY c.id ORDER BY c.id LIMIT ? OFFSET ?`,
      [PAGE, offset],
    );
    for (const r of rows) {
      yield { ...r, names: JSON.parse(r.names) as Record<string, string>, documents: Number(r.documents), mentions: Number(r.mentions) };
    }
    if (rows.length < PAGE) return;
  }
}

export async function* eventRecords(store: Store): AsyncGenerator<EventView> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await events(store, { limit: PAGE, offset });
    yield* page.events;
    if (page.events.length < PAGE) return;
  }
}

export async function* quoteRecords(store: Store): AsyncGenerator<QuoteView> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await quotes(store, { limit: PAGE, offset });
    let n = 0;
    for (const g of page.groups) {
      n += g.quotes.length;
      yield* g.quotes;
    }
    if (n < PAGE) return;
  }
}

/** Every stored analysis, in ingest order. */
export async function* documentRecords(store: Store): AsyncGenerator<Analysis & { store_id: string }> {
  for (let after = 0; ;) {
    const rows = await store.db.all<{ seq: number; id: string }>('SELECT seq, id FROM documents WHERE seq > ? ORDER BY seq LIMIT ?', [after, PAGE]);
    for (const r of rows) {
      const doc = await getDocument(store, r.id);
      if (doc) yield { store_id: r.id, ...doc.analysis };
      after = r.seq;
    }
    if (rows.length < PAGE) return;
  }
}
