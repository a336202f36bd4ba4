/**
 * Which store entity each entity id of one analysis became (added for the web workbench): a reader needs it to
 * open the dossier of a name it shows. Looked up by the same key the store joins entities by.
 */
import type { Analysis } from '../../analysis/contract.js';
import { entityKey, isKbId } from '../keys.js';
import { placeholders } from '../sql.js';
import type { Store } from '../store.js';
import { entityRefs, type EntityRef } from './refs.js';

/** Every KB id the analysis's facts name (quotes, events, roles, quantities), listed or not. */
function referencedIds(a: Analysis): string[] {
  const ids: (string | null)[] = [];
  for (const e of a.entities) for (const r of e.roles) ids.push(r.org);
  for (const q of a.quotes) ids.push(q.speaker, ...q.about);
  for (const ev of a.events) ids.push(ev.attributed_to, ...ev.participants.map((p) => p.entity));
  for (const q of a.quantities) ids.push(q.item);
  return ids.filter((id): id is string => !!id && isKbId(id));
}

/** Analysis entity id → the canonical store entity it resolves to (ids the store does not know are left out). */
export async function documentEntities(store: Store, analysis: Analysis): Promise<Record<string, EntityRef>> {
  const keyOf = new Map<string, string>();
  for (const e of analysis.entities) keyOf.set(e.id, entityKey(e));
  for (const id of referencedIds(analysis)) if (!keyOf.has(id)) keyOf.set(id, id);
  const keys = [...new Set(keyOf.values())];
  const byKey = new Map<string, number>();
  for (let i = 0; i < keys.length; i += 500) {
    const part = keys.slice(i, i + 500);
    const rows = await store.db.all<{ id: number; key: string }>(`SELECT id, key FROM entities WHERE key IN (${placeholders(part.length)})`, part);
    for (const r of rows) byKey.set(r.key, r.id);
  }
  const refs = await entityRefs(store.db, byKey.values());
  const out: Record<string, EntityRef> = {};
  for (const [id, key] of keyOf) {
    const raw = byKey.get(key);
    const ref = raw == null ? undefined : refs.get(raw);
    if (ref) out[id] = ref;
  }
  return out;
}
