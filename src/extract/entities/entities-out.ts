/**
 * Clusters → the contract's entities: ids (`kb:…` or `local:…`), names from the KB, mention spans (the name
 * only: titles and honorifics are not inside a mention) and roles with their evidence.
 */
import type { Entity, EntityType, Role } from '../../analysis/contract.js';
import { span, type Range } from '../../spans.js';
import type { Candidate, TitleHit } from './candidate.js';
import { clusterType, type Cluster } from './cluster.js';
import type { LinkContext } from './context.js';
import { demonymEntry } from './english/demonyms.js';
import { mark, marks } from './marks.js';

/** The printed entities of one document, in the order they are first mentioned. */
export function toEntities(ctx: LinkContext, clusters: readonly Cluster[]): Entity[] {
  const { text } = ctx;
  const ordered = [...clusters].sort((a, b) => firstStart(a) - firstStart(b));
  const types = ordered.map((c) => c.entry?.type ?? clusterType(c.mentions));
  const ids = assignIds(ctx, ordered);
  const ownerOf = marks(text.length, -1);
  ordered.forEach((c, k) => { for (const m of c.mentions) mark(ownerOf, m.start, m.end, k); });
  const lookup: OrgLookup = { ownerOf, ids, types };
  return ordered.map((c, k) => {
    const entry = c.entry;
    const mentions = uniqueSpans(c.mentions).map((m) => span(text, m.start, m.end));
    const entity: Entity = {
      id: ids[k]!,
      name: entry ? (entry.names.ja ?? entry.names.en ?? entry.id) : canonicalName(ctx, c.mentions),
      names: entry ? { ...entry.names } : {},
      wikidata: entry?.wikidata ?? null,
      type: types[k]!,
      mentions,
      roles: types[k] === 'PERSON' ? rolesOf(ctx, c, lookup) : [],
    };
    return entity;
  });
}

function firstStart(c: Cluster): number {
  return Math.min(...c.mentions.map((m) => m.start));
}

function uniqueSpans(ms: readonly Range[]): Range[] {
  const seen = new Set<string>();
  return [...ms].sort((a, b) => a.start - b.start || a.end - b.end).filter((m) => {
    const k = `${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The name a local entity goes by: its longest mention that is neither a parenthesised form nor a repeat found later. */
function canonicalName(ctx: LinkContext, ms: readonly Candidate[]): string {
  const primary = ms.filter((m) => m.rule !== 'paren-alias' && m.source !== 'doc');
  const pool = primary.length ? primary : ms;
  let best = pool[0]!;
  for (const m of pool) if (m.end - m.start > best.end - best.start) best = m;
  return ctx.text.slice(best.start, best.end);
}

function assignIds(ctx: LinkContext, clusters: readonly Cluster[]): string[] {
  const used = new Set<string>();
  return clusters.map((c) => {
    if (c.entry) return `kb:${c.entry.id}`;
    const base = `local:${canonicalName(ctx, c.mentions).replace(/\s+/g, '_')}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

interface OrgLookup {
  ownerOf: readonly number[];
  ids: string[];
  types: EntityType[];
}

const ORG_TYPES = new Set<EntityType>(['ORG', 'GPE', 'FAC']);

/** The id of the body or country whose mention covers `[start, end)`. */
function orgAt(lookup: OrgLookup, start: number, end: number): string | null {
  const k = lookup.ownerOf[end - 1] ?? -1;
  if (k < 0 || lookup.ownerOf[start] !== k || !ORG_TYPES.has(lookup.types[k]!)) return null;
  return lookup.ids[k]!;
}

/**
 * The body named just before `at`, across の, a closing bracket or a parenthesised form: 国家安全保障研究院の|沈明室,
 * 「台湾励志協会」の|代表, 中国共産党(中共)の|習近平.
 */
function orgBefore(ctx: LinkContext, lookup: OrgLookup, at: number): { id: string; start: number } | null {
  let p = at;
  if (ctx.text[p - 1] !== 'の') return null;
  p--;
  if (ctx.text[p - 1] === '」' || ctx.text[p - 1] === '』') p--;
  // a parenthesised form between body and の: 中国共産党(中共)の習近平党首
  if (ctx.text[p - 1] === ')' || ctx.text[p - 1] === '）') {
    const open = Math.max(ctx.text.lastIndexOf('(', p - 1), ctx.text.lastIndexOf('（', p - 1));
    if (open >= 0 && p - open <= 20) p = open;
  }
  const k = lookup.ownerOf[p - 1] ?? -1;
  if (k < 0 || !ORG_TYPES.has(lookup.types[k]!)) return null;
  let s = p - 1;
  while (s > 0 && lookup.ownerOf[s - 1] === k) s--;
  return { id: lookup.ids[k]!, start: s };
}

/**
 * The organisation of an English title whose words before it are no one mention: the name that ends right before
 * the title (… David Lammy and Acme Corp | Chief Executive …), or a demonym, which is no mention but names the
 * country of the office (Chinese | President Xi Jinping → kb:china).
 */
function englishOrg(ctx: LinkContext, lookup: OrgLookup, org: Range): { org: string; start: number } | null {
  const k = lookup.ownerOf[org.end - 1] ?? -1;
  if (k >= 0 && ORG_TYPES.has(lookup.types[k]!)) {
    let s = org.end - 1;
    while (s > org.start && lookup.ownerOf[s - 1] === k) s--;
    if (lookup.ownerOf[s - 1] !== k) return { org: lookup.ids[k]!, start: s };
  }
  const country = demonymEntry(ctx.text.slice(org.start, org.end));
  return country && ctx.kb.get(country) ? { org: `kb:${country}`, start: org.start } : null;
}

/** Roles from the titles a person bears in the text, each with the span that supports it. */
function rolesOf(ctx: LinkContext, c: Cluster, lookup: OrgLookup): Role[] {
  const out: Role[] = [];
  const seen = new Set<string>();
  for (const m of c.mentions) {
    for (const t of m.titles) {
      if (t.honorific) continue;
      const { org, start } = roleOrg(ctx, c, m, t, lookup);
      const key = `${t.title}|${org}|${t.former}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const end = Math.max(m.end, t.end);
      out.push({ title: t.title, org, former: t.former, evidence: span(ctx.text, Math.min(start, m.start, t.start), end) });
    }
  }
  // a title seen once with its body and once without is one role
  return out.filter((r) => r.org !== null || !out.some((o) => o !== r && o.title === r.title && o.former === r.former && o.org !== null));
}

function roleOrg(ctx: LinkContext, c: Cluster, m: Candidate, t: TitleHit, lookup: OrgLookup): { org: string | null; start: number } {
  let fromText: { org: string; start: number } | null = null;
  if (t.org) {
    const id = orgAt(lookup, t.org.start, t.org.end);
    if (id) fromText = { org: id, start: t.org.start };
    else if (ctx.lang === 'en') fromText = englishOrg(ctx, lookup, t.org);
  }
  if (!fromText) {
    const before = orgBefore(ctx, lookup, Math.min(m.start, t.start));
    if (before) fromText = { org: before.id, start: before.start };
  }
  const known = c.entry ? (ctx.kb.rolesAt(c.entry, ctx.date).find((x) => x.title === t.title) ?? c.entry.roles.find((x) => x.title === t.title)) : undefined;
  const kbOrg = known?.org ? ctx.kb.get(known.org) : undefined;
  // the text names the country (中国の王毅外相), the KB the body within it (China's foreign ministry)
  if (kbOrg && (!fromText || (fromText.org.startsWith('kb:') && kbOrg.country === fromText.org.slice(3)))) {
    return { org: `kb:${kbOrg.id}`, start: fromText?.start ?? t.start };
  }
  return fromText ?? { org: null, start: t.start };
}
