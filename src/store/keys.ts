/**
 * How the store recognises the same thing across articles: content ids for documents, and keys for entities —
 * the KB id where linking found one, else `local:TYPE:normalised name`.
 */
import { createHash } from 'node:crypto';
import type { Entity } from '../analysis/contract.js';

/** A document's id in the store: the sha256 of its text (as `document.id` defaults to in the contract). */
export function contentId(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

// Separators and honorifics that vary between outlets writing the same name.
const SEPARATORS = /[\s・·･.\-‐‑–—_'"「」『』()（）]+/gu;
const HONORIFICS = /(氏|さん|様|殿|君)$/u;

/**
 * The form names are compared in: NFKC (full-width letters and digits fold), lower case, without spaces, dots or
 * middle dots, and without a trailing honorific (トランプ氏 = トランプ).
 */
export function normName(name: string): string {
  const folded = name.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
  const bare = folded.replace(HONORIFICS, '');
  return bare.length > 0 ? bare : folded;
}

/** Whether an analysis entity id names a KB entry (anything but `local:…`). */
export function isKbId(id: string): boolean {
  return !id.startsWith('local:');
}

/** The store key of an analysis entity: its KB id, or `local:TYPE:normalised name`. */
export function entityKey(entity: Pick<Entity, 'id' | 'name' | 'type'>): string {
  if (isKbId(entity.id)) return entity.id;
  return `local:${entity.type}:${normName(entity.name)}`;
}
