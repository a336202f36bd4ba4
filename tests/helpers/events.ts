/**
 * Running the events stage on docs with hand-made layers (layers.ts), and reading its records in tests.
 */
import assert from 'node:assert/strict';
import type { EventRecord, EventType, ParticipantRole, Role } from '../../src/analysis/contract.js';
import { events } from '../../src/extract/events/stage.js';
import { layeredDoc, type DocSpec, type EntitySpec } from './layers.js';

/** Prepares the stage (tokenizer, lexicon, knowledge base): call from `before`. */
export async function prepareEvents(): Promise<void> {
  await events.prepare!();
}

/** The events of a doc built from `spec`. */
export async function eventsOf(spec: DocSpec): Promise<EventRecord[]> {
  const doc = await layeredDoc(spec);
  return events.run(doc, {}).get('events');
}

export function person(id: string, forms: string[], roles: Role[] = []): EntitySpec {
  return { id, type: 'PERSON', forms, roles };
}
export function place(id: string, ...forms: string[]): EntitySpec {
  return { id, type: 'GPE', forms };
}
export function org(id: string, ...forms: string[]): EntitySpec {
  return { id, type: 'ORG', forms };
}
export function goods(id: string, ...forms: string[]): EntitySpec {
  return { id, type: 'COMMODITY', forms };
}

/** Entity ids in `role` (sorted). */
export function ids(ev: EventRecord, role: ParticipantRole): string[] {
  return ev.participants.filter((p) => p.role === role && p.entity).map((p) => p.entity!).sort();
}

/** The one record of `type` in `list` (fails when there are none or several). */
export function only(list: readonly EventRecord[], type: EventType): EventRecord {
  const found = list.filter((e) => e.type === type);
  assert.equal(found.length, 1, `one ${type} expected, got ${JSON.stringify(list.map((e) => e.type))}`);
  return found[0]!;
}
