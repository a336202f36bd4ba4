/**
 * Checks across entries (and files): ids are unique, `country` names a country, role organisations resolve.
 * Shape checks (types, dates, fields) happen while parsing (parse.ts).
 */
import { errors } from '../errors.js';
import type { KbEntry } from './types.js';

const COUNTRY_TYPES = new Set(['GPE']);
const ORG_TYPES = new Set(['ORG', 'GPE', 'FAC']);

/**
 * Validates `entries` as one knowledge base; `base` are entries already checked (the shipped KB when a user's
 * file extends it), which references may point to and ids must not repeat.
 * @throws NewsgraphError (bad-kb) naming the file and line of the first bad entry.
 */
export function validateKb(entries: readonly KbEntry[], base: ReadonlyMap<string, KbEntry> = new Map()): Map<string, KbEntry> {
  const byId = new Map(base);
  for (const e of entries) {
    const earlier = byId.get(e.id);
    if (earlier) throw errors.badKb(e.source.file, e.source.line, `id "${e.id}" is already used at ${earlier.source.file}:${earlier.source.line}`);
    byId.set(e.id, e);
  }
  for (const e of entries) {
    const at = (why: string) => errors.badKb(e.source.file, e.source.line, `${e.id}: ${why}`);
    if (e.capital && (e.type !== 'GPE' || e.country === null)) throw at('a capital is a GPE with the country it is the capital of');
    if (e.country !== null) {
      const c = byId.get(e.country);
      if (!c) throw at(`country "${e.country}" is not an id in the knowledge base`);
      if (!COUNTRY_TYPES.has(c.type)) throw at(`country "${e.country}" is a ${c.type}, not a GPE`);
    }
    for (const r of e.roles) {
      if (r.org === null) continue;
      const o = byId.get(r.org);
      if (!o) throw at(`role ${r.title}: org "${r.org}" is not an id in the knowledge base`);
      if (!ORG_TYPES.has(o.type)) throw at(`role ${r.title}: org "${r.org}" is a ${o.type}, not an organisation or country`);
    }
    const notLatin = e.english.find((f) => !/\p{Script=Latin}/u.test(f));
    if (notLatin !== undefined) throw at(`english form "${notLatin}" has no Latin letter (English-only forms are written in English)`);
    if (e.abbr.length && e.type !== 'GPE' && e.type !== 'LOC') throw at('only countries and regions (GPE, LOC) have one-character abbr forms');
  }
  return byId;
}
