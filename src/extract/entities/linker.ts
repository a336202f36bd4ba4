/**
 * Linking one document: candidates → non-overlapping mentions → knowledge-base entries → entities, with
 * within-document resolution (short forms, parenthesised forms, head nouns, a typo in a titled name) and a last
 * pass that finds the remaining occurrences of every name the document has established.
 */
import type { Entity } from '../../analysis/contract.js';
import { Trie } from '../../kb/trie.js';
import { candidate, type Candidate } from './candidate.js';
import { collectCandidates } from './candidates.js';
import { allKanji, isKanji } from './chars.js';
import { foldName, isNamePart, nameParts, UnionFind, type Cluster } from './cluster.js';
import type { LinkContext } from './context.js';
import { toEntities } from './entities-out.js';
import { boundaryOk } from './kb-matches.js';
import type { NerMention } from './mention.js';
import { orgHeads } from './org-cues.js';
import { docEvidence, resolveEntry } from './resolve-kb.js';
import { selectMentions } from './select.js';
import { PERSON_NOUNS, titleTrie } from './titles.js';
import type { KbEntry } from '../../kb/types.js';
import { typoMerges } from './typo.js';

/** The entities of one document. */
export function linkEntities(ctx: LinkContext, ner: readonly NerMention[]): Entity[] {
  const { all, ner: tagged, links, titlesAt } = collectCandidates(ctx, ner);
  const mentions = selectMentions(all, ctx.text.length);
  // a title right after a mention belongs to it (イ|大統領 found through a short form, not a title cue)
  for (const m of mentions) {
    const t = titlesAt.get(m.end);
    if (t && !m.titles.some((x) => x.start === t.start) && (m.type === 'PERSON' || m.surfaces.some((s) => s.entry.type === 'PERSON'))) {
      m.titles.push({ ...t, org: null, evidence: { start: m.start, end: t.end } });
    }
  }
  const ev = docEvidence(mentions);
  const entries = mentions.map((m) => resolveEntry(ctx, m, ev));
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
  unitePersonParts(ctx, mentions, entries, uf);

  propagate(ctx, mentions, entries, uf, (m) => m.source !== 'ner');
  const filled = fillFromTagger(ctx, tagged, mentions, entries, uf, byKey);
  if (filled) propagate(ctx, mentions, entries, uf, (m) => m.source === 'ner');
  typoMerges(ctx, mentions, entries, uf);
  uniteHeadVariants(ctx, mentions, entries, uf);

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

const TAGGER_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP']);
/** Below this confidence a tagged span is left out (the tagger's score is a margin, not a probability). */
const TAGGER_MIN_SCORE = 0.5;

/**
 * The tagger's spans where the knowledge base and the cues found nothing: they never override a match or a cue,
 * they fill gaps. Kept: names of people, bodies, places and groups (the tagger is weakest on events and works),
 * confident ones, of two characters or more, with something of a name in them (katakana, Latin or a token the
 * dictionary calls proper), no quotation marks, and no noun for a kind of person (アナリスト).
 */
function fillFromTagger(ctx: LinkContext, tagged: readonly Candidate[], mentions: Candidate[], entries: (KbEntry | null)[], uf: UnionFind, byKey: Map<string, number>): boolean {
  const owner = new Uint8Array(ctx.text.length);
  for (const m of mentions) owner.fill(1, m.start, m.end);
  let added = false;
  const sorted = [...tagged].sort((a, b) => b.strength - a.strength || b.end - b.start - (a.end - a.start));
  for (const c of sorted) {
    if (!TAGGER_TYPES.has(c.type) || c.strength - 1 < TAGGER_MIN_SCORE || c.end - c.start < 2) continue;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (owner[i]) free = false;
    if (!free || !nameLike(ctx, c)) continue;
    owner.fill(1, c.start, c.end);
    mentions.push(c);
    entries.push(null);
    const i = uf.add();
    const key = `text:${foldName(ctx.text.slice(c.start, c.end))}`;
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else uf.union(first, i);
    added = true;
  }
  return added;
}

function nameLike(ctx: LinkContext, c: Candidate): boolean {
  const text = ctx.text.slice(c.start, c.end);
  if (/["“”「」『』()（）]/.test(text) || PERSON_NOUNS.has(text)) return false;
  // a span that starts inside a word or right after a number (第83|回東京…) is cut wrong
  if (!ctx.isBoundary(c.start) || /[0-9０-９]/.test(ctx.text[c.start - 1] ?? '')) return false;
  if (/^[A-Za-z0-9.&'-]+$/.test(text) && text.length > 24) return false; // a title with its spaces stripped
  if (/[\u30a1-\u30faA-Za-z]/.test(text)) return true;
  for (let i = c.start; i < c.end; i++) {
    const t = ctx.tokenAt(i);
    if (t && t.pos1 === '固有名詞') return true;
  }
  return false;
}

/** Generic heads that name the same kind of place, so that 開城工業地区 and 開城工業団地 are one. */
const HEAD_VARIANTS = ['工業地区', '工業団地', '工業地帯', '経済特区', '地区', '団地', '地域', '特区'];

/** Local places and facilities whose names differ only in an interchangeable generic head join. */
function uniteHeadVariants(ctx: LinkContext, mentions: Candidate[], entries: readonly (unknown | null)[], uf: UnionFind): void {
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
function compatible(a: { id: string } | null, b: { id: string } | null): boolean {
  return !a || !b || a.id === b.id;
}

/** Local person mentions that are part of another person's name in the document join that person. */
function unitePersonParts(ctx: LinkContext, mentions: Candidate[], entries: (unknown | null)[], uf: UnionFind): void {
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
 * Finds the other occurrences of every name the document has established (唐靖遠 after 時事評論家である唐靖遠,
 * ソンティ after ソンティ・ブーンヤラッガリン, 評議会 after 民主改革評議会) where no mention stands yet.
 */
function propagate(ctx: LinkContext, mentions: Candidate[], entries: (ReturnType<typeof resolveEntry>)[], uf: UnionFind, from: (m: Candidate) => boolean): void {
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
  const owner = new Int32Array(text.length).fill(-1);
  mentions.forEach((m, i) => owner.fill(i, m.start, m.end));
  const added: { c: Candidate; from: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (owner[i]! >= 0 || !trie.canStart(text.charCodeAt(i))) continue;
    const ms = trie.matchesAt(text, i);
    for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k]!;
      let free = true;
      for (let j = m.start; j < m.end && free; j++) if (owner[j]! >= 0) free = false;
      if (!free || !boundaryOk(ctx, m.start, m.end)) continue;
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
      owner.fill(1, m.start, m.end);
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
