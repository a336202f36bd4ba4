/**
 * Linking one document: candidates → non-overlapping mentions → knowledge-base entries → entities, with
 * within-document resolution (short forms, parenthesised forms, head nouns, a typo in a titled name) and a last
 * pass that finds the remaining occurrences of every name the document has established.
 */
import type { Entity } from '../../analysis/contract.js';
import { collectCandidates } from './candidates.js';
import { foldName, UnionFind, type Cluster } from './cluster.js';
import type { LinkContext } from './context.js';
import { toEntities } from './entities-out.js';
import type { NerMention } from './mention.js';
import type { EnglishLayout } from './english/names.js';
import { propagate } from './propagate.js';
import { docEvidence, resolveEntry } from './resolve-kb.js';
import { selectMentions } from './select.js';
import { uniteLatinSpellings } from './latin-spellings.js';
import { fillFromTagger } from './tagger-fill.js';
import { joinBranches } from './join-branches.js';
import { typoMerges } from './typo.js';
import { uniteCompanyForms } from './company-forms.js';
import { bindShortForms, compatible, uniteHeadVariants, unitePersonParts } from './unite.js';

/** The entities of one document; `english` is given for an English one (see english/names.ts). */
export function linkEntities(ctx: LinkContext, ner: readonly NerMention[], english?: EnglishLayout): Entity[] {
  const { all, ner: tagged, links, titlesAt } = collectCandidates(ctx, joinBranches(ctx.text, ner), english);
  const mentions = selectMentions(all, ctx.text.length);
  // a title right after a mention belongs to it (イ|大統領 found through a short form, not a title cue)
  const attachTitles = (from: number) => {
    for (const m of mentions.slice(from)) {
      const t = titlesAt.get(m.end);
      if (t && !m.titles.some((x) => x.start === t.start) && (m.type === 'PERSON' || m.surfaces.some((s) => s.entry.type === 'PERSON'))) {
        m.titles.push({ start: t.start, end: t.end, title: t.title, honorific: t.honorific, personOnly: t.personOnly, former: t.former, org: null, evidence: { start: m.start, end: t.end } });
      }
    }
  };
  attachTitles(0);
  const ev = docEvidence(mentions);
  const entries = mentions.map((m) => resolveEntry(ctx, m, ev));
  const isPerson = (i: number) => mentions[i]!.type === 'PERSON' || entries[i]?.type === 'PERSON'
    || (!entries[i] && mentions[i]!.surfaces.some((s) => s.entry.type === 'PERSON'));
  const shortPairs = bindShortForms(ctx, mentions, entries, isPerson);
  for (let i = 0; i < mentions.length; i++) {
    const e = entries[i];
    if (e) mentions[i]!.type = e.type;
    else if (mentions[i]!.source === 'kb' || mentions[i]!.source === 'abbr') {
      // a form of the KB that names nothing here: a person's surname with no support stays a local person
      if (!mentions[i]!.titles.length && mentions[i]!.surfaces.every((s) => s.kind === 'short')) mentions[i]!.type = 'PERSON';
    }
  }

  const uf = new UnionFind(mentions.length);
  const byKey = new Map<string, number>();
  const keyOf = (i: number) => (entries[i] ? `kb:${entries[i]!.id}` : `text:${foldName(ctx.text.slice(mentions[i]!.start, mentions[i]!.end))}`);
  mentions.forEach((_, i) => {
    const k = keyOf(i);
    const first = byKey.get(k);
    if (first === undefined) byKey.set(k, i);
    else uf.union(first, i);
  });
  const spanIndex = new Map(mentions.map((m, i) => [`${m.start}:${m.end}`, i]));
  for (const [a, b] of links) {
    const ia = spanIndex.get(`${a.start}:${a.end}`);
    const ib = spanIndex.get(`${b.start}:${b.end}`);
    if (ia !== undefined && ib !== undefined && compatible(entries[ia] ?? null, entries[ib] ?? null)) uf.union(ia, ib);
  }
  for (const [a, b] of shortPairs) uf.union(a, b);
  unitePersonParts(ctx, mentions, entries, uf);

  propagate(ctx, mentions, entries, uf, (m) => m.source !== 'ner');
  const before = mentions.length;
  const filled = fillFromTagger(ctx, tagged, mentions, entries, uf, byKey);
  if (filled) {
    // a full name only the tagger found (山崎広太郎市長) takes its title, and its surname (山崎市長) joins it
    attachTitles(before);
    unitePersonParts(ctx, mentions, entries, uf);
    propagate(ctx, mentions, entries, uf, (m) => m.source === 'ner');
  }
  typoMerges(ctx, mentions, entries, uf);
  uniteHeadVariants(ctx, mentions, entries, uf);
  uniteCompanyForms(ctx, mentions, entries, uf);
  uniteLatinSpellings(ctx, mentions, entries, uf);

  const groups = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const clusters: Cluster[] = [...groups.values()].map((idx) => ({
    mentions: idx.map((i) => mentions[i]!),
    entry: idx.map((i) => entries[i]).find((e) => e) ?? null,
  }));
  return toEntities(ctx, clusters);
}
