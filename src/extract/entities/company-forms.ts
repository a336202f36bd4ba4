/**
 * Names of one company written with and without its legal form: センテニアル社 and センテニアル, ヤマト運輸株式会社
 * and ヤマト運輸, 株式会社ミライ and ミライ; and a katakana company named by the first part of its name
 * (センテニアル社 after センテニアル・インベストメント社).
 */
import type { Candidate } from './candidate.js';
import { nameParts, type UnionFind } from './cluster.js';
import type { LinkContext } from './context.js';

/** Legal forms written after a company's name. */
const TRAILING = ['株式会社', '有限会社', '合同会社', '(株)', '（株）', '社'];
/** Legal forms written before it. */
const LEADING = ['株式会社', '有限会社', '合同会社', '(株)', '（株）'];

/** The name without its legal form, or null when it has none (or too little is left to be a name). */
export function companyStem(name: string): string | null {
  for (const f of LEADING) if (name.startsWith(f) && name.length - f.length >= 2) return name.slice(f.length);
  for (const f of TRAILING) {
    if (!name.endsWith(f) || name.length - f.length < 2) continue;
    const stem = name.slice(0, name.length - f.length);
    // 社 ends many words that are no legal form (新聞社, 通信社, 神社, 会社): only after katakana, Latin or a name part
    if (f === '社' && !/[\u30a1-\u30fa\u30fcA-Za-z0-9]$/.test(stem)) return null;
    return stem;
  }
  return null;
}

/**
 * Joins local ORG mentions that name one company: the same name with and without a legal form, and a stem that is
 * the first part of exactly one longer katakana company name (センテニアル・インベストメント社).
 */
export function uniteCompanyForms(ctx: LinkContext, mentions: readonly Candidate[], entries: readonly (unknown | null)[], uf: UnionFind): void {
  const orgs = mentions.map((m, i) => ({ i, name: ctx.text.slice(m.start, m.end) })).filter((o) => !entries[o.i] && mentions[o.i]!.type === 'ORG');
  const byName = new Map<string, number>();
  for (const o of orgs) if (!byName.has(o.name)) byName.set(o.name, o.i);
  const stems = new Map<string, number>();
  for (const o of orgs) {
    const stem = companyStem(o.name);
    if (!stem) continue;
    if (!stems.has(stem)) stems.set(stem, o.i);
    const bare = byName.get(stem);
    if (bare !== undefined) uf.union(bare, o.i);
  }
  // a stem that is the first part of one longer company's stem (センテニアル of センテニアル・インベストメント)
  for (const [stem, i] of stems) {
    if (nameParts(stem).length !== 1) continue;
    const owners = new Set<number>();
    for (const [long, j] of stems) if (long !== stem && nameParts(long).length > 1 && nameParts(long)[0] === stem) owners.add(uf.find(j));
    if (owners.size === 1) uf.union([...owners][0]!, i);
  }
}
