/**
 * Within-document unions of local mentions: parts of a person's name, and place names that differ only in an
 * interchangeable generic head.
 */
import type { Candidate } from './candidate.js';
import { allKanji } from './chars.js';
import { isNamePart, type UnionFind } from './cluster.js';
import type { LinkContext } from './context.js';

/** Generic heads that name the same kind of place, so that 開城工業地区 and 開城工業団地 are one. */
const HEAD_VARIANTS = ['工業地区', '工業団地', '工業地帯', '経済特区', '地区', '団地', '地域', '特区'];

/** Local places and facilities whose names differ only in an interchangeable generic head join. */
export function uniteHeadVariants(ctx: LinkContext, mentions: Candidate[], entries: readonly (unknown | null)[], uf: UnionFind): void {
  const byStem = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (entries[i] || m.type === 'PERSON') return;
    const name = ctx.text.slice(m.start, m.end);
    const head = HEAD_VARIANTS.find((h) => name.endsWith(h) && name.length - h.length >= 2);
    if (!head) return;
    const stem = name.slice(0, name.length - head.length);
    const first = byStem.get(stem);
    if (first === undefined) byStem.set(stem, i);
    else uf.union(first, i);
  });
}

/** Two resolutions may join when at most one of them is a KB entry, or both are the same entry. */
export function compatible(a: { id: string } | null, b: { id: string } | null): boolean {
  return !a || !b || a.id === b.id;
}

/** Local person mentions that are part of another person's name in the document join that person. */
export function unitePersonParts(ctx: LinkContext, mentions: Candidate[], entries: (unknown | null)[], uf: UnionFind): void {
  const persons = mentions.map((m, i) => ({ m, i, text: ctx.text.slice(m.start, m.end) })).filter((p) => p.m.type === 'PERSON');
  for (const p of persons) {
    if (entries[p.i]) continue;
    const owners = new Set<number>();
    for (const q of persons) {
      if (q.text.length <= p.text.length) continue;
      const part = isNamePart(p.text, q.text);
      // a kanji surname with a title: 小泉首相 after 小泉純一郎
      const prefix = allKanji(p.text) && allKanji(q.text) && q.text.startsWith(p.text) && p.m.titles.length > 0;
      if (part || prefix) owners.add(uf.find(q.i));
    }
    if (owners.size === 1) uf.union(p.i, [...owners][0]!);
  }
}

/**
 * A surname or part of a name (林氏, 小泉首相, プーチン氏) refers to the nearest person before it whose full name
 * begins with it (or, in katakana, has it as a part), preferring one who bears the same title: journalists name a
 * person in full first, then by the short form. This decides before the knowledge base does — 林氏 right after
 * 林穎佑助理教授 is not the 林芳正 named earlier. Returns the pairs of mentions (short, full) to join when the full
 * name is a local one; a KB person's entry is copied to the short form.
 */
export function bindShortForms<E>(ctx: LinkContext, mentions: readonly Candidate[], entries: (E | null)[], isPerson: (i: number) => boolean): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const short = ctx.text.slice(m.start, m.end);
    // a form the KB knows as a name or alias of its own (オバマ) keeps its link
    if (m.surfaces.some((s) => s.kind === 'name' || s.kind === 'alias')) continue;
    if (!isPerson(i) || !isShortForm(short) || !(m.titles.length || m.surfaces.every((s) => s.kind === 'short'))) continue;
    const titles = new Set(m.titles.filter((t) => !t.honorific).map((t) => t.title));
    let best = -1;
    for (let j = i - 1; j >= 0; j--) {
      const o = mentions[j]!;
      if (!isPerson(j)) continue;
      const full = ctx.text.slice(o.start, o.end);
      if (full.length <= short.length || !(allKanji(short) ? full.startsWith(short) : isNamePart(short, full))) continue;
      if (best < 0) best = j;
      if (!titles.size || o.titles.some((t) => titles.has(t.title))) {
        best = j;
        break;
      }
    }
    if (best < 0) continue;
    entries[i] = entries[best] ?? null;
    if (entries[best] === null || entries[best] === undefined) pairs.push([i, best]);
  }
  return pairs;
}

/** A surname of one or two kanji, or one katakana part without glue. */
function isShortForm(s: string): boolean {
  return (allKanji(s) && s.length <= 2) || /^[\u30a1-\u30faー]{1,8}$/.test(s);
}
