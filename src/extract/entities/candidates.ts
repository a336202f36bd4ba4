/**
 * Every candidate name of a document: knowledge-base matches (with the short forms the text supports), one-
 * character country forms, body/place/person cues, the NER layer's spans and parenthesised forms, plus the
 * pairs of spans the parentheses say are one entity.
 */
import { placeCompounds } from './place-compounds.js';
import type { Range } from '../../spans.js';
import { candidate, type Candidate } from './candidate.js';
import { isKanji, isKatakana } from './chars.js';
import type { LinkContext } from './context.js';
import { countryAbbreviations } from './country-abbr.js';
import { CandidateIndex } from './kb-index.js';
import { kbMatches } from './kb-matches.js';
import type { NerMention } from './mention.js';
import { orgCues } from './org-cues.js';
import { isSubsequence, parenAliases } from './parens.js';
import { personCues } from './person-cues.js';
import { titleOccurrences, type TitleOccurrence } from './title-occurrences.js';
import { titleTrie } from './titles.js';
import { mark, marks } from './marks.js';
import { englishNames, type EnglishLayout } from './english/names.js';

export interface Candidates {
  /** Candidates of the knowledge base and the cues. */
  all: Candidate[];
  /** The tagger's spans, kept apart: they fill the gaps the others leave (see linker.ts). */
  ner: Candidate[];
  /** Pairs of spans that name one entity (a name and its parenthesised form). */
  links: [Range, Range][];
  /** Title occurrences by the offset where they start (including 元/前). */
  titlesAt: Map<number, TitleOccurrence>;
}

const ENTITY_LABELS = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'PRODUCT', 'WORK_OF_ART', 'LAW', 'COMMODITY']);

/** Collects the candidates of one document; `english` is the layout of an English one, read for local names. */
export function collectCandidates(ctx: LinkContext, ner: readonly NerMention[], english?: EnglishLayout): Candidates {
  const kb = kbMatches(ctx);
  const titles = titleOccurrences(ctx);
  const titlesAt = new Map<number, TitleOccurrence>();
  for (const t of titles) titlesAt.set(t.start, t);
  const full = kb.filter((c) => c.rule === 'kb');
  const covered = marks(ctx.text.length, 0);
  for (const c of full) mark(covered, c.start, c.end, 1);
  const abbr = countryAbbreviations(ctx, covered);
  const index = new CandidateIndex([...full, ...abbr]);
  const orgs = orgCues(ctx, index);
  for (const o of orgs) index.add(o);
  const nerCands = fromNer(ctx, ner);
  const persons = personCues(ctx, index, titles);
  // a titled name the matcher passed over (オバマ glued to アメリカ in オバマアメリカ大統領) is still that person
  for (const p of persons) {
    if (p.surfaces.length) continue;
    const m = ctx.matcher.longestAt(ctx.text, p.start, p.end);
    if (m && m.end === p.end) p.surfaces = m.values.filter((v) => v.entry.type === 'PERSON' && v.kind !== 'abbr' && v.kind !== 'credit');
  }
  const believed = believedForms(ctx, kb, abbr, titlesAt);
  const all = [...believed, ...abbr, ...orgs, ...persons, ...placeCompounds(ctx, nerCands, full)];
  const links: [Range, Range][] = [];
  for (const p of parenAliases(ctx)) {
    const outer = outerOf(ctx, all, p.outerEnd, p.kind);
    if (!outer) continue;
    const inner = ctx.text.slice(p.start, p.end);
    if (p.kind === 'abbreviation' && /[^\x20-\x7e]/.test(inner) && !isSubsequence(inner, ctx.text.slice(outer.start, outer.end))) continue;
    if (!all.includes(outer)) all.push(outer);
    all.push(candidate({ start: p.start, end: p.end, type: outer.type, source: 'cue', rule: 'paren-alias', strength: 3 }));
    links.push([{ start: outer.start, end: outer.end }, { start: p.start, end: p.end }]);
  }
  if (english) {
    const en = englishNames(ctx, kb, english);
    all.push(...en.candidates);
    links.push(...en.links);
  }
  return { all, ner: nerCands, links, titlesAt };
}

/** The NER layer's name spans as candidates, titles cut off a person's span (習近平党首 → 習近平). */
export function fromNer(ctx: LinkContext, ner: readonly NerMention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const n of ner) {
    if (!ENTITY_LABELS.has(n.label) || n.end <= n.start) continue;
    let end = n.end;
    if (n.label === 'PERSON') {
      for (let i = n.start + 1; i < n.end; i++) {
        const m = titleTrie().longestAt(ctx.text, i, n.end);
        if (m && m.end === n.end) {
          end = i;
          break;
        }
      }
    }
    out.push(candidate({ start: n.start, end, type: n.label as Candidate['type'], source: 'ner', rule: 'ner', strength: 1 + n.score }));
  }
  return out;
}

/**
 * Knowledge-base candidates with only the forms the text supports. Names and aliases always; a short form with a
 * title right after (鳩山幹事長, 潘氏, イ大統領), or where the entry is named in full elsewhere in the document
 * (プーチン after ウラジーミル・プーチン; 官邸 after 総理大臣官邸), or — for a body or place — where its
 * country is named (外交部 in an article about China), provided it is not glued to a longer kanji word; a credit
 * form only in a news credit (ニューヨーク・時事, (共同)).
 */
function believedForms(ctx: LinkContext, kb: readonly Candidate[], abbr: readonly Candidate[], titlesAt: ReadonlyMap<number, TitleOccurrence>): Candidate[] {
  const named = new Set<string>();
  const countries = new Set<string>();
  const fullEnds = new Set<number>();
  for (const c of [...kb, ...abbr]) {
    const full = c.surfaces.filter((s) => s.kind === 'name' || s.kind === 'alias' || s.kind === 'abbr');
    if (full.length) fullEnds.add(c.end);
    for (const s of full) {
      named.add(s.entry.id);
      if (s.entry.type === 'GPE') countries.add(s.entry.id);
    }
  }
  const out: Candidate[] = [];
  for (const c of kb) {
    const titled = titlesAt.has(c.end);
    const credit = (ctx.text[c.start - 1] === '・' && fullEnds.has(c.start - 1)) || ((ctx.text[c.start - 1] === '(' || ctx.text[c.start - 1] === '（') && (ctx.text[c.end] === ')' || ctx.text[c.end] === '）'));
    const free = !isKanji(ctx.code(c.end)) || isKatakana(ctx.code(c.end - 1));
    const surfaces = c.surfaces.filter((s) => {
      if (s.kind === 'name' || s.kind === 'alias') return true;
      if (s.kind === 'credit') return credit;
      if (titled || (credit && s.entry.type !== 'PERSON')) return true;
      if (!free) return false;
      return named.has(s.entry.id) || (s.entry.type !== 'PERSON' && s.entry.country !== null && countries.has(s.entry.country));
    });
    if (!surfaces.length) continue;
    const onlyShort = surfaces.every((s) => s.kind !== 'name' && s.kind !== 'alias');
    out.push({ ...c, surfaces, strength: onlyShort ? (titled || credit ? 2 : 1) : c.strength });
  }
  return out;
}

/** Last words of a body's name. */
const BODY_END = /(機関|機構|委員会|理事会|評議会|協議会|会議|協会|連合|連盟|同盟|銀行|基金|公社|公団|組織|当局|事務局|研究所|センター|大学|政府|戦線|運動|省|庁|局|軍|党|派|社|団|会|院|部|所)$/;

/** The name a parenthesised form belongs to: the candidate ending at the parenthesis (or at a title before it). */
function outerOf(ctx: LinkContext, all: readonly Candidate[], open: number, kind: string): Candidate | null {
  let best: Candidate | null = null;
  const ends = new Set([open]);
  for (const c of all) if (c.end < open && c.end >= open - 6) {
    const t = titleTrie().longestAt(ctx.text, c.end, open);
    if (t && t.end === open) ends.add(c.end);
  }
  for (const c of all) {
    if (!ends.has(c.end) || c.rule === 'kb-short') continue;
    if (!best || c.end - c.start > best.end - best.start) best = c;
  }
  if (best || kind !== 'abbreviation') return best;
  // an abbreviation of a body no cue found: the compound before the parenthesis, when its last word says it is a
  // body (欧州安全保障協力機構（OSCE）) — 電気自動車（EV）, 排他的経済水域（EEZ）, 国内総生産（GDP） are things
  let s = open;
  while (s > 0 && (isKanji(ctx.code(s - 1)) || isKatakana(ctx.code(s - 1)))) s--;
  if (open - s < 3 || !BODY_END.test(ctx.text.slice(s, open))) return null;
  return candidate({ start: s, end: open, type: 'ORG', source: 'cue', rule: 'paren-long', strength: 2 });
}
