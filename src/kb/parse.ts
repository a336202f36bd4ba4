/**
 * One KB file (YAML) → entries, with the line of every node kept so that a malformed entry is rejected as
 * `file:line: what is wrong` (errors.badKb). Cross-entry checks (unique ids, references) are in validate.ts.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import { ENTITY_TYPES, type EntityType } from '../analysis/contract.js';
import { errors } from '../errors.js';
import { NAME_LANGS, type KbEntry, type KbRole, type NameLang } from './types.js';

const ENTRY_KEYS = new Set(['id', 'type', 'wikidata', 'names', 'aliases', 'short', 'credit', 'english', 'abbr', 'country', 'capital', 'roles']);
const ROLE_KEYS = new Set(['title', 'org', 'from', 'to']);
const ID = /^[a-z0-9][a-z0-9-]*$/;
const QID = /^Q[1-9]\d*$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

let yamlLib: typeof Yaml | null = null;
/** The YAML library, loaded on first use: a cached knowledge base never needs it, and it costs ~50 ms to load. */
function yaml(): typeof Yaml {
  yamlLib ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yamlLib;
}

/** Reads the entries of one KB file. @throws NewsgraphError (bad-kb) at the first malformed node. */
export function parseKb(source: string, file: string): KbEntry[] {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const fail = (node: Node | null | undefined, why: string): never => {
    throw errors.badKb(file, lineOf(node), why);
  };
  const firstError = doc.errors[0];
  if (firstError) throw errors.badKb(file, firstError.linePos?.[0].line ?? 1, `not valid YAML: ${firstError.message.split('\n')[0]}`);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) return fail(doc.contents, 'a KB file is a list of entries (each starting with "- id: …")');

  const text = (node: unknown, what: string, owner: Node): string => {
    if (!isScalar(node)) return fail((node as Node | null) ?? owner, `${what} must be a text`);
    const v = node.value;
    if (typeof v === 'number' && what.endsWith('date')) return String(v);
    if (typeof v !== 'string' || v.trim() === '') return fail(node, `${what} must be a non-empty text`);
    return v.trim();
  };
  const textList = (node: unknown, what: string, owner: Node): string[] => {
    if (node === undefined || node === null) return [];
    if (isScalar(node) && typeof node.value === 'string') return [text(node, what, owner)];
    if (!isSeq(node)) return fail(owner, `${what} must be a list of texts`);
    return node.items.map((item) => text(item, `an entry of ${what}`, node));
  };

  const entries: KbEntry[] = [];
  for (const item of doc.contents.items) {
    if (!isMap(item)) return fail(item as Node, 'each entry must be a mapping with at least id, type and names');
    entries.push(readEntry(item));
  }
  return entries;

  function field(map: YAMLMap, key: string): unknown {
    return map.get(key, true);
  }

  function readEntry(map: YAMLMap): KbEntry {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!ENTRY_KEYS.has(key)) fail(pair.key as Node, `unknown field "${key}" (fields: ${[...ENTRY_KEYS].join(', ')})`);
    }
    const idNode = field(map, 'id');
    if (idNode === undefined) fail(map, 'an entry needs an id');
    const id = text(idNode, 'id', map);
    if (!ID.test(id)) fail(idNode as Node, `id "${id}" must be lower-case letters, digits and hyphens`);
    const typeNode = field(map, 'type');
    if (typeNode === undefined) fail(map, `entry ${id} needs a type`);
    const type = text(typeNode, 'type', map);
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) fail(typeNode as Node, `type "${type}" is not one of ${ENTITY_TYPES.join(' ')}`);
    const qidNode = field(map, 'wikidata');
    const wikidata = qidNode === undefined || (isScalar(qidNode) && qidNode.value === null) ? null : text(qidNode, 'wikidata', map);
    if (wikidata !== null && !QID.test(wikidata)) fail(qidNode as Node, `wikidata "${wikidata}" is not a QID such as Q148`);
    const names = readNames(field(map, 'names'), map, id);
    const abbrNode = field(map, 'abbr');
    const abbr = textList(abbrNode, 'abbr', map);
    for (const a of abbr) if ([...a].length !== 1) fail((abbrNode as Node) ?? map, `abbr "${a}" must be one character`);
    const countryNode = field(map, 'country');
    const country = countryNode === undefined ? null : text(countryNode, 'country', map);
    const capitalNode = field(map, 'capital');
    if (capitalNode !== undefined && !(isScalar(capitalNode) && typeof capitalNode.value === 'boolean')) fail(capitalNode as Node, 'capital must be true or false');
    const capital = isScalar(capitalNode) && capitalNode.value === true;
    return {
      id,
      type: type as EntityType,
      wikidata,
      names,
      aliases: textList(field(map, 'aliases'), 'aliases', map),
      short: textList(field(map, 'short'), 'short', map),
      credit: textList(field(map, 'credit'), 'credit', map),
      english: textList(field(map, 'english'), 'english', map),
      abbr,
      country,
      capital,
      roles: readRoles(field(map, 'roles'), map),
      source: { file, line: lineOf(map) },
    };
  }

  function readNames(node: unknown, owner: YAMLMap, id: string): Partial<Record<NameLang, string>> {
    if (node === undefined) return fail(owner, `entry ${id} needs names (at least ja or en)`);
    if (!isMap(node)) return fail(node as Node, 'names must be a mapping such as {ja: 中国, en: China}');
    const names: Partial<Record<NameLang, string>> = {};
    for (const pair of node.items) {
      const lang = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!(NAME_LANGS as readonly string[]).includes(lang)) fail(pair.key as Node, `unknown name language "${lang}" (${NAME_LANGS.join(', ')})`);
      names[lang as NameLang] = text(pair.value, `names.${lang}`, node);
    }
    if (!names.ja && !names.en) fail(node, `entry ${id} needs a ja or an en name`);
    return names;
  }

  function readRoles(node: unknown, owner: YAMLMap): KbRole[] {
    if (node === undefined || node === null) return [];
    if (!isSeq(node)) return fail(owner, 'roles must be a list such as [{title: 総書記, org: ccp, from: 2012-11}]');
    return node.items.map((item) => {
      if (!isMap(item)) return fail((item as Node) ?? node, 'a role must be a mapping with a title');
      for (const pair of item.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!ROLE_KEYS.has(key)) fail(pair.key as Node, `unknown role field "${key}" (fields: title, org, from, to)`);
      }
      const titleNode = item.get('title', true);
      if (titleNode === undefined) fail(item, 'a role needs a title');
      const date = (key: 'from' | 'to'): string | null => {
        const n = item.get(key, true);
        if (n === undefined) return null;
        const value = text(n, `${key} date`, item);
        if (!isDate(value)) fail(n as Node, `${key} "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
        return value;
      };
      const orgNode = item.get('org', true);
      const role: KbRole = {
        title: text(titleNode, 'title', item),
        org: orgNode === undefined ? null : text(orgNode, 'org', item),
        from: date('from'),
        to: date('to'),
      };
      if (role.from && role.to && role.to < role.from) fail(item, `role ${role.title} ends (${role.to}) before it starts (${role.from})`);
      return role;
    });
  }
}

/** Whether `s` is a real calendar date in the form YYYY, YYYY-MM or YYYY-MM-DD. */
export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}
