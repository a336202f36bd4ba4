/**
 * Capitals as their governments: in English news a capital that acts or speaks ("Beijing vowed to respond",
 * "Washington said") stands for the country governed from it (the `capital` entries of kb/cities.yaml).
 */
import { shippedKb } from './load.js';

/** The entity id of the country a capital's entity id (`kb:beijing`) stands for, or null for anything else. */
export function governmentOf(id: string): string | null {
  if (!id.startsWith('kb:')) return null;
  const entry = shippedKb().get(id.slice(3));
  return entry?.capital && entry.country ? `kb:${entry.country}` : null;
}
