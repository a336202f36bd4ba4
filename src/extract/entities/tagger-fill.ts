/**
 * The tagger's spans (the `ner` layer) where the knowledge base and the cues found nothing. They never override a
 * match or a cue; they fill gaps, so a better model finds more without undoing what the KB and the cues are sure of.
 */
import type { KbEntry } from '../../kb/types.js';
import type { Candidate } from './candidate.js';
import { foldName, type UnionFind } from './cluster.js';
import type { LinkContext } from './context.js';
import { PERSON_NOUNS } from './titles.js';
import { mark, marks } from './marks.js';

const TAGGER_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP']);
/** Below this confidence a tagged span is left out (the tagger's score is a margin, not a probability). */
const TAGGER_MIN_SCORE = 0.5;

/**
 * The tagger's spans where the knowledge base and the cues found nothing: they never override a match or a cue,
 * they fill gaps. Kept: names of people, bodies, places and groups (the tagger is weakest on events and works),
 * confident ones, of two characters or more, with something of a name in them (katakana, Latin or a token the
 * dictionary calls proper), no quotation marks, no noun for a kind of person (アナリスト), and no katakana word the
 * dictionary knows as a common noun (フェリー, ボーナス, コンクール: the tagger reads many of them as people).
 */
export function fillFromTagger(ctx: LinkContext, tagged: readonly Candidate[], mentions: Candidate[], entries: (KbEntry | null)[], uf: UnionFind, byKey: Map<string, number>): boolean {
  const owner = marks(ctx.text.length, 0);
  for (const m of mentions) mark(owner, m.start, m.end, 1);
  let added = false;
  const sorted = [...tagged].sort((a, b) => b.strength - a.strength || b.end - b.start - (a.end - a.start));
  for (const c of sorted) {
    if (!TAGGER_TYPES.has(c.type) || c.strength - 1 < TAGGER_MIN_SCORE || c.end - c.start < 2) continue;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (owner[i]) free = false;
    if (!free || !nameLike(ctx, c)) continue;
    mark(owner, c.start, c.end, 1);
    const entry = spelledEntry(ctx, c);
    if (entry) {
      c.type = entry.type;
      c.surfaces = ctx.matcher.longestAt(ctx.text, c.start, c.end)!.values.filter((s) => s.entry === entry);
    }
    mentions.push(c);
    entries.push(entry);
    const i = uf.add();
    const key = entry ? `kb:${entry.id}` : `text:${foldName(ctx.text.slice(c.start, c.end))}`;
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else uf.union(first, i);
    added = true;
  }
  return added;
}

/**
 * The entry whose full name or alias the tagged span spells exactly, when only one does. The matcher passes over
 * such a name where a word runs on past it (青森県|内: IPADIC reads 県内 as one word), but a tagged span that
 * ends there is the name itself.
 */
function spelledEntry(ctx: LinkContext, c: Candidate): KbEntry | null {
  const m = ctx.matcher.longestAt(ctx.text, c.start, c.end);
  if (!m || m.start !== c.start || m.end !== c.end) return null;
  const entries = new Set(m.values.filter((s) => s.kind === 'name' || s.kind === 'alias').map((s) => s.entry));
  return entries.size === 1 ? [...entries][0]! : null;
}

/** Latin abbreviations of ordinary things, not names, whatever the tagger calls them (TOB, M&A, OB, CM). */
const LATIN_WORDS = new Set([
  'TOB', 'M&A', 'OB', 'OG', 'CM', 'PR', 'IT', 'AI', 'PC', 'TV', 'CD', 'DVD', 'GDP', 'GNP', 'CEO', 'CFO', 'COO', 'MVP', 'FA',
  'SNS', 'NPO', 'NGO', 'ODA', 'IPO', 'ETF', 'LCC', 'DNA', 'PCR', 'GPS', 'LED', 'EV', 'HV', 'SUV', 'URL', 'PDF', 'Q&A', 'DV',
]);

function nameLike(ctx: LinkContext, c: Candidate): boolean {
  const text = ctx.text.slice(c.start, c.end);
  if (/["“”「」『』()（）]/.test(text) || PERSON_NOUNS.has(text)) return false;
  // a span that starts inside a word or right after a number (第83|回東京…) is cut wrong
  if (!ctx.isBoundary(c.start) || /[0-9０-９]/.test(ctx.text[c.start - 1] ?? '')) return false;
  if (/^[A-Za-z0-9.&'-]+$/.test(text) && text.length > 24) return false; // a title with its spaces stripped
  if (LATIN_WORDS.has(text.toUpperCase())) return false;
  if (isCommonKatakanaWord(ctx, c)) return false;
  if (/[\u30a1-\u30faA-Za-z]/.test(text)) return true;
  for (let i = c.start; i < c.end; i++) {
    const t = ctx.tokenAt(i);
    if (t && t.pos1 === '固有名詞') return true;
  }
  return false;
}

/** A company cue around a word: 米|アップル, アップル|社, アップル|製. */
const COUNTRY_BEFORE = new Set([...'米英独仏韓中日露伊加豪台']);
const COMPANY_AFTER = new Set([...'社製']);

/**
 * Whether the span is one katakana word that IPADIC knows as a common noun (名詞/一般, not an unknown word) — and
 * nothing around it says it names a company (米アップル, アップル社, アップル製).
 */
function isCommonKatakanaWord(ctx: LinkContext, c: Candidate): boolean {
  const t = ctx.tokenAt(c.start);
  if (!t || t.start !== c.start || t.end !== c.end || t.unknown !== false) return false;
  if (COUNTRY_BEFORE.has(ctx.text[c.start - 1] ?? '') || COMPANY_AFTER.has(ctx.text[c.end] ?? '')) return false;
  return t.pos === '名詞' && t.pos1 === '一般' && /^[\u30a1-\u30fa\u30fc]+$/.test(ctx.text.slice(c.start, c.end));
}
