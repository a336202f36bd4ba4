/**
 * The last pass of linking: every name the document has established is looked for again where no mention stands
 * yet (唐靖遠 after 時事評論家である唐靖遠, ソンティ after ソンティ・ブーンヤラッガリン, 評議会 after 民主改革評議会).
 */
import type { KbEntry } from '../../kb/types.js';
import { Trie } from '../../kb/trie.js';
import { candidate, type Candidate } from './candidate.js';
import { allKanji, isKanji } from './chars.js';
import { nameParts, type UnionFind } from './cluster.js';
import type { LinkContext } from './context.js';
import { orgHeads } from './headed-names.js';
import { boundaryOk } from './kb-matches.js';
import { titleTrie } from './titles.js';
import { mark, marks } from './marks.js';

/**
 * Finds the other occurrences of every name the document has established (唐靖遠 after 時事評論家である唐靖遠,
 * ソンティ after ソンティ・ブーンヤラッガリン, 評議会 after 民主改革評議会) where no mention stands yet.
 */
export function propagate(ctx: LinkContext, mentions: Candidate[], entries: (KbEntry | null)[], uf: UnionFind, from: (m: Candidate) => boolean): void {
  const { text } = ctx;
  const trie = new Trie<number>();
  const heads = new Map<string, Set<number>>();
  mentions.forEach((m, i) => {
    if (m.source === 'abbr' || m.end - m.start < 2 || !from(m)) return;
    const name = text.slice(m.start, m.end);
    if (entries[i] && m.rule !== 'paren-alias') return; // the KB matcher has looked for these already
    if (m.surfaces.length && m.surfaces.every((s) => s.kind === 'short') && !m.titles.length) return;
    trie.add(name, i);
    if (m.type === 'PERSON' && !entries[i]) for (const part of nameParts(name)) if (part.length >= 2 && part !== name) trie.add(part, i);
    if (m.type !== 'PERSON') {
      const head = orgHeads(name);
      if (head) {
        const set = heads.get(head) ?? new Set<number>();
        set.add(uf.find(i));
        heads.set(head, set);
      }
    }
  });
  for (const [head, owners] of heads) if (owners.size === 1) trie.add(head, [...owners][0]!);
  const owner = marks(text.length, -1);
  mentions.forEach((m, i) => mark(owner, m.start, m.end, i));
  const added: { c: Candidate; from: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (owner[i]! >= 0 || !trie.canStart(text.charCodeAt(i))) continue;
    const ms = trie.matchesAt(text, i);
    for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k]!;
      let free = true;
      for (let j = m.start; j < m.end && free; j++) if (owner[j]! >= 0) free = false;
      if (!free || !boundaryOk(ctx, m.start, m.end)) continue;
      // in English the letters' case tells a name from a word: doe is not Doe, may is not May
      if (ctx.lang === 'en' && text[m.start] !== text[mentions[m.values[0]!]!.start]) continue;
      // a short kanji name glued to a longer word is another word (福島 in 福島県)
      const form = text.slice(m.start, m.end);
      if (allKanji(form) && form.length <= 2 && isKanji(ctx.code(m.end)) && !titleTrie().canStart(ctx.code(m.end))) continue;
      const from = m.values[0]!;
      const src = mentions[from]!;
      const c = candidate({ start: m.start, end: m.end, type: src.type, source: 'doc', rule: 'document', strength: 1 });
      const title = src.type === 'PERSON' ? titleTrie().longestAt(text, m.end) : null;
      if (title) {
        const w = title.values[0]!;
        c.titles.push({ start: m.end, end: title.end, title: w.word, honorific: w.honorific, personOnly: w.personOnly, former: false, org: null, evidence: { start: m.start, end: title.end } });
      }
      added.push({ c, from });
      mark(owner, m.start, m.end, 1);
      i = m.end - 1;
      break;
    }
  }
  for (const { c, from } of added) {
    mentions.push(c);
    entries.push(entries[from] ?? null);
    uf.union(uf.add(), from);
  }
}
