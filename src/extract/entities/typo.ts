/**
 * A typo in a titled name (ドナルド・v大統領, ロバート氏 for ロバーツ氏) joins the person it misspells, when
 *
 * - the misspelt name is no name the knowledge base knows and stands at most twice in the document;
 * - it bears the same title or honorific as that person does in this document (大統領 and 大統領, 氏 and 氏);
 * - its letters differ by one edit that keeps the first letter (names that differ in their first sound, ハリソン
 *   and モリソン, are other names), or all but a damaged part agree: the parts of a katakana name match one for
 *   one, at least one intact part of three or more letters is equal, and each other part is a stray one- or
 *   two-letter fragment that is no katakana (the "v" of ドナルド・v) or, in a part of five letters or more, one
 *   such edit;
 * - the person it joins is named at least twice in the document, and exactly one person fits.
 *
 * So ドナルド・トゥスク首相 does not join ドナルド・トランプ大統領 (another title, and トゥスク is three edits
 * from トランプ), ジョン・モリソン議員 stays apart from ジョン・ハリソン議員, and ミハイル・ペトロワ stays apart
 * from ミハイル・ペトロフ (a four-letter part, where one letter makes another name).
 */
import type { KbEntry } from '../../kb/types.js';
import type { Candidate } from './candidate.js';
import { isKatakana } from './chars.js';
import { nameParts, type UnionFind } from './cluster.js';
import type { LinkContext } from './context.js';

/** Levenshtein distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

const damagedFragment = (s: string) => s.length <= 2 && ![...s].some((ch) => isKatakana(ch.charCodeAt(0)));

/** One edit apart, with the same first letter. */
const oneEditKeepingStart = (x: string, y: string) => x[0] === y[0] && editDistance(x, y, 1) <= 1;

/** Whether `typo` is plausibly a misspelling of `name`. */
export function misspells(typo: string, name: string): boolean {
  if (typo === name) return false;
  const a = nameParts(typo);
  const b = nameParts(name);
  if (a.length !== b.length) return false;
  if (a.length === 1) return typo.length >= 4 && name.length >= 4 && oneEditKeepingStart(typo, name);
  let intact = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) {
      if (x.length >= 3) intact++;
    } else if (!(y.length >= 5 && oneEditKeepingStart(x, y)) && !damagedFragment(x)) return false;
  }
  return intact >= 1;
}

/** Joins misspelt titled names to the one person they fit (see the module comment). */
export function typoMerges(ctx: LinkContext, mentions: readonly Candidate[], entries: readonly (KbEntry | null)[], uf: UnionFind): void {
  const groups = new Map<number, number[]>();
  mentions.forEach((m, i) => {
    if (m.type !== 'PERSON') return;
    const r = uf.find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  const info = [...groups.entries()].map(([root, idx]) => {
    const entry = idx.map((i) => entries[i]).find((e) => e) ?? null;
    const names = new Set(idx.map((i) => ctx.text.slice(mentions[i]!.start, mentions[i]!.end)));
    if (entry?.names.ja) names.add(entry.names.ja);
    const titles = new Set(idx.flatMap((i) => mentions[i]!.titles.map((t) => t.title)));
    return { root, idx, entry, names, titles };
  });
  for (const a of info) {
    if (a.entry || a.idx.length > 2 || !a.titles.size) continue;
    const fits = info.filter((b) => b !== a && b.idx.length >= 2 && [...a.titles].some((t) => b.titles.has(t))
      && [...a.names].some((x) => [...b.names].some((y) => misspells(x, y))));
    if (fits.length === 1) uf.union(fits[0]!.root, a.root);
  }
}
