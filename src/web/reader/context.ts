/** What the reader's parts share: the analysis, how entities map to the store, and names for ids. */
import type { Analysis, EntityRef } from '../api-types';
import { href } from '../router';

export interface ReaderData {
  analysis: Analysis;
  /** Analysis entity id → store entity (for a stored article). */
  refs: Record<string, EntityRef>;
}

/** The dossier link for an analysis entity id: its store id when stored, else its KB id or name. */
export function entityLink(data: ReaderData, id: string): string {
  const ref = data.refs[id];
  if (ref) return href('entity', ref.id);
  const entity = data.analysis.entities.find((e) => e.id === id);
  return href('entity', id.startsWith('local:') ? (entity?.name ?? id) : id);
}

/** A readable name for an entity id the analysis uses. */
export function nameOf(data: ReaderData, id: string | null): string | null {
  if (!id) return null;
  return data.analysis.entities.find((e) => e.id === id)?.name ?? data.refs[id]?.name ?? id;
}
