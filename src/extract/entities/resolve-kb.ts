/**
 * Which knowledge-base entry a mention names when its letters fit several (民主党: Japan's or the US party;
 * 最高裁: whose supreme court; 鳩山 + 幹事長: which Hatoyama). Evidence, strongest first: the entry is named
 * unambiguously elsewhere in the document; the mention's title is one the entry held (at the publication date
 * where known); the entry's country is named in the document. Without any evidence a person stays unlinked
 * (a surname alone is no identification); a body or place takes the first entry.
 */
import type { KbEntry } from '../../kb/types.js';
import type { Candidate } from './candidate.js';
import type { LinkContext } from './context.js';

/** What the document says independently of any one mention: entries named unambiguously, countries named. */
export interface DocEvidence {
  /** Entries named by a full, unambiguous form, with how often. */
  named: Map<string, number>;
  /** Countries (ids) named in the document, with how often. */
  countries: Map<string, number>;
}

/** Collects the unambiguous evidence of all mentions. */
export function docEvidence(mentions: readonly Candidate[]): DocEvidence {
  const named = new Map<string, number>();
  const countries = new Map<string, number>();
  for (const m of mentions) {
    const entries = distinctEntries(m);
    if (entries.length !== 1) continue;
    const e = entries[0]!;
    if (m.surfaces.some((s) => s.kind === 'name' || s.kind === 'alias')) named.set(e.id, (named.get(e.id) ?? 0) + 1);
    const country = e.type === 'GPE' ? e.id : e.country;
    if (country) countries.set(country, (countries.get(country) ?? 0) + 1);
  }
  return { named, countries };
}

/** The distinct entries a mention's forms name, in KB order, respecting a person type set by a cue. */
export function distinctEntries(m: Candidate): KbEntry[] {
  const out: KbEntry[] = [];
  for (const s of m.surfaces) {
    if (m.type === 'PERSON' && m.source !== 'kb' && s.entry.type !== 'PERSON') continue;
    if (m.rule === 'title-flip' && s.entry.type !== 'PERSON') continue;
    if (!out.includes(s.entry)) out.push(s.entry);
  }
  return out;
}

/** The entry `m` names, or null when it names none with enough evidence. */
export function resolveEntry(ctx: LinkContext, m: Candidate, ev: DocEvidence): KbEntry | null {
  const entries = distinctEntries(m);
  if (!entries.length) return null;
  const onlyShort = m.surfaces.every((s) => s.kind === 'short');
  if (entries.length === 1 && !(onlyShort && entries[0]!.type === 'PERSON' && !supported(ctx, entries[0]!, m, ev))) return entries[0]!;
  let best: KbEntry | null = null;
  let bestScore = 0;
  let tie = false;
  const owner = countryBefore(ctx, m.start);
  for (const e of entries) {
    // 台湾の国防部: the country the text puts right before the name says whose it is, above all else
    // 外務省 in a Japanese article about China: the entry the text names in full (Japan's) before one it only
    // abbreviates to these letters (China's), unless the document names the other in full or a title fits it
    const full = m.surfaces.some((s) => s.entry === e && (s.kind === 'name' || s.kind === 'alias'));
    const score = (owner !== null && e.country === owner ? 1000 : 0) + (full ? 50 : 0)
      + (ev.named.has(e.id) ? 100 + ev.named.get(e.id)! : 0) + (titleFits(ctx, e, m) ? 10 : 0)
      + (e.country ? Math.min(ev.countries.get(e.country) ?? 0, 9) : 0);
    if (score > bestScore) {
      best = e;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  if (best && !tie) return best.type === 'PERSON' && onlyShort && !supported(ctx, best, m, ev) ? null : best;
  if (entries[0]!.type === 'PERSON') return null;
  return best ?? entries[0]!;
}

/** Whether a short form of person `e` is backed by the full name in the document or by a title `e` held. */
function supported(ctx: LinkContext, e: KbEntry, m: Candidate, ev: DocEvidence): boolean {
  return ev.named.has(e.id) || titleFits(ctx, e, m);
}

/** Whether one of the mention's titles is (the head of) a title the entry held. */
function titleFits(ctx: LinkContext, e: KbEntry, m: Candidate): boolean {
  const held = ctx.kb.rolesAt(e, ctx.date);
  return m.titles.some((t) => !t.honorific && (t.former ? e.roles : held).some((r) => t.title === r.title || t.title.endsWith(r.title) || r.title.endsWith(t.title)));
}

/** The country (entry id) named right before `at` with の (台湾の|国防部), or null. */
function countryBefore(ctx: LinkContext, at: number): string | null {
  if (ctx.text[at - 1] !== 'の') return null;
  const end = at - 1;
  for (let i = Math.max(0, end - 12); i < end; i++) {
    const m = ctx.matcher.longestAt(ctx.text, i, end);
    if (!m || m.end !== end) continue;
    const gpe = m.values.find((v) => v.entry.type === 'GPE' && (v.kind === 'name' || v.kind === 'alias'));
    if (gpe) return gpe.entry.id;
  }
  return null;
}
