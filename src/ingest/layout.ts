/**
 * Stage `layout`: reads the shape of an article as people copy it — headline, dateline, body paragraphs, photo
 * captions, related links, byline and bio, a trailing list of sources — and fills `document`. Metadata the
 * container states (HTML meta tags, JSONL fields, `--published`) wins over what the text suggests.
 */
import { createHash } from 'node:crypto';
import type { DocumentInfo, PublishedFrom, Section } from '../analysis/contract.js';
import type { Stage } from '../pipeline/pipeline.js';
import { overlaps, span, type Range, type Span } from '../spans.js';
import { lines as splitLines, type Line } from '../text/lines.js';
import { dateOfTimestamp } from './dates.js';
import {
  bioWithName, bylineName, datelineDates, isBio, isCaption, isRelated, isRelatedHeading, leadBracket,
} from './line-kinds.js';
import { trailingNavigation } from './nav-box.js';
import { trailingRelated } from './related-run.js';
import { SOURCES_HEADING, impliedPublished, isSourceLine, trailingSources, type SourceItem } from './sources.js';

/** A stretch of the text with the part of the article it belongs to. */
export interface Region extends Range {
  section: Section;
}

declare module '../doc.js' {
  interface Layers {
    /** Every non-blank stretch of the text, in order, with its section (title, body, caption …). */
    regions: Region[];
  }
}

interface Draft {
  line: Line;
  section: Section;
  /** Where the body part of a line starts when a lead-in bracket precedes it. */
  from: number;
}

const HEADLINE_MAX = 200;

export const layout: Stage = {
  name: 'layout',
  requires: [],
  assigns: ['document', 'regions'],
  run(doc, options) {
    const { text } = doc;
    const hints = doc.article.hints ?? {};
    const drafts: Draft[] = splitLines(text).filter((l) => !l.blank).map((line) => ({ line, section: 'body', from: line.inner.start }));
    const inner = (d: Draft) => text.slice(d.from, d.line.inner.end);

    // Captions the container marked (HTML figcaption), then caption-shaped lines.
    for (const d of drafts) {
      const r = { start: d.from, end: d.line.inner.end };
      if ((hints.captions ?? []).some((c) => overlaps(c, r)) || isCaption(inner(d))) d.section = 'caption';
    }

    // Headline: the hinted title where the text repeats it, else a first line shaped like one.
    let titleDraft: Draft | undefined;
    const first = drafts.find((d) => d.section === 'body');
    if (first) {
      const firstText = inner(first);
      const hinted = hints.title?.trim();
      if (hinted) {
        titleDraft = drafts.slice(0, 3).find((d) => d.section === 'body' && sameHeadline(inner(d), hinted));
      } else if (drafts.length > 1 && firstText.length <= HEADLINE_MAX && !/[。．.!?！？]$/.test(firstText) && !datelineDates(firstText)) {
        titleDraft = first;
      }
      if (titleDraft) titleDraft.section = 'title';
    }

    // Datelines near the top; a 【date】 or 【place=author】 lead-in opening the first paragraph.
    let datelineDate: string | null = null;
    let datelineSpan: Span | null = null;
    let author: string | null = null;
    const top = drafts.slice(0, 6);
    for (const d of top) {
      if (d.section !== 'body') continue;
      const dates = datelineDates(inner(d));
      if (dates) {
        d.section = 'dateline';
        datelineDate ??= dates[0]!.value;
        datelineSpan ??= span(text, d.line.inner.start, d.line.inner.end);
      }
    }
    const extraRegions: Region[] = [];
    const firstBody = drafts.find((d) => d.section === 'body');
    const lead = firstBody ? leadBracket(inner(firstBody)) : null;
    if (firstBody && lead) {
      extraRegions.push({ start: firstBody.from, end: firstBody.from + lead.length, section: 'dateline' });
      datelineDate ??= lead.date;
      datelineSpan ??= span(text, firstBody.from, firstBody.from + lead.length);
      author ??= lead.author;
      firstBody.from += lead.length;
      while (firstBody.from < firstBody.line.inner.end && /\s/.test(text[firstBody.from]!)) firstBody.from++;
    }

    // Top byline: a marked one just under the headline.
    for (const d of drafts.slice(0, 6)) {
      if (d.section !== 'body') continue;
      const name = bylineName(inner(d), false);
      if (name && inner(d).length <= 40) {
        d.section = 'byline';
        author ??= name;
      }
      break;
    }

    // Trailing navigation (a 最近の記事 box, sister-project notices) hides the sources before it: set it apart first.
    markTrailingNavigation(text, drafts, extraRegions);

    // From the end: related links, source lists, then a byline with its bio.
    const sources: SourceItem[] = [];
    let tail = drafts.length - 1;
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i]!;
      const t = inner(d);
      if (d.section === 'caption' || d.section === 'related') {
        tail = i - 1;
        continue;
      }
      if (d.section !== 'body') break;
      if (isRelated(t)) d.section = 'related';
      else if (SOURCES_HEADING.test(t)) d.section = 'sources';
      else if (isSourceLine(text, { start: d.from, end: d.line.inner.end })) {
        d.section = 'sources';
        sources.unshift(...trailingSources(text, d.from, d.line.inner.end));
      } else break;
      tail = i - 1;
    }
    // Headings anywhere after the lead (出典, 関連記事) and the list lines under them.
    let list: 'related' | 'sources' | null = null;
    for (const d of drafts) {
      if (d.section !== 'body' && d.section !== 'related' && d.section !== 'sources') {
        list = null;
        continue;
      }
      const t = inner(d);
      const r = { start: d.from, end: d.line.inner.end };
      if (SOURCES_HEADING.test(t)) {
        d.section = 'sources';
        list = t.replace(SOURCES_HEADING, '').trim() === '' ? 'sources' : null;
      } else if (isRelated(t)) {
        d.section = 'related';
        list = isRelatedHeading(t) ? 'related' : null;
      } else if (list === 'sources' && (isSourceLine(text, r) || (t.length <= 120 && !t.endsWith('。')))) {
        d.section = 'sources';
        if (!sources.some((x) => overlaps(x, r))) sources.push(...trailingSources(text, r.start, r.end));
      } else if (list === 'related' && t.length <= 120 && !t.endsWith('。')) {
        d.section = 'related';
      } else list = null;
    }
    const bylines: Span[] = [];
    const bio = trailingByline(drafts, tail, inner);
    if (bio) {
      for (const d of bio.drafts) {
        d.section = 'byline';
        bylines.push(span(text, d.from, d.line.inner.end));
      }
      author ??= bio.author;
    }

    // Sources run into the last body paragraph (Wikinews): split them off.
    const lastBody = [...drafts].reverse().find((d) => d.section === 'body');
    if (lastBody) {
      const items = trailingSources(text, lastBody.from, lastBody.line.inner.end);
      if (items.length) {
        sources.unshift(...items);
        const cut = items[0]!.start;
        extraRegions.push({ start: cut, end: lastBody.line.inner.end, section: 'sources' });
        lastBody.line = { ...lastBody.line, inner: { start: lastBody.line.inner.start, end: trimEnd(text, lastBody.from, cut) } };
        if (lastBody.line.inner.end <= lastBody.from) lastBody.section = 'sources';
      }
    }
    // …and related headlines before them (2016年8月16日(火):…)
    if (lastBody && lastBody.section === 'body') {
      const cut = trailingRelated(text, lastBody.from, lastBody.line.inner.end);
      if (cut !== null) {
        extraRegions.push({ start: cut, end: lastBody.line.inner.end, section: 'related' });
        lastBody.line = { ...lastBody.line, inner: { start: lastBody.line.inner.start, end: trimEnd(text, lastBody.from, cut) } };
        if (lastBody.line.inner.end <= lastBody.from) lastBody.section = 'related';
      }
    }
    for (const d of drafts) {
      if (d.section === 'sources' && d.line.inner.end > d.from && !sources.some((s) => overlaps(s, { start: d.from, end: d.line.inner.end }))) {
        if (!SOURCES_HEADING.test(inner(d)) || inner(d).replace(SOURCES_HEADING, '').trim()) {
          sources.push({ start: d.from, end: d.line.inner.end, date: null, outlet: '' });
        }
      }
    }
    sources.sort((a, b) => a.start - b.start);

    const regions: Region[] = drafts
      .filter((d) => d.line.inner.end > d.from)
      .map((d): Region => ({ start: d.from, end: d.line.inner.end, section: d.section }))
      .concat(extraRegions)
      .sort((a, b) => a.start - b.start);

    const published = choosePublished(options.published, hints.published, datelineDate, impliedPublished(sources));
    if (published.from === 'sources') {
      doc.warn(`no dateline: publication date ${published.value} inferred from the latest cited source`, { rule: 'layout/published-from-sources' });
    }
    const title = hints.title?.trim() || (titleDraft ? inner(titleDraft) : null);
    const info: DocumentInfo = {
      id: doc.article.id ?? `sha256:${createHash('sha256').update(text).digest('hex')}`,
      lang: 'und',
      title,
      published: published.value,
      author: hints.author?.trim() || author,
      source: doc.article.source ?? null,
      body: regions.filter((r) => r.section === 'body').map((r) => ({ start: r.start, end: r.end })),
      captions: regions.filter((r) => r.section === 'caption').map((r) => span(text, r.start, r.end)),
      sources: sources.map((s) => span(text, s.start, s.end)),
      published_from: published.from,
      title_span: titleDraft ? span(text, titleDraft.from, titleDraft.line.inner.end) : null,
      dateline: datelineSpan,
      byline: bylines,
    };
    return doc.set('document', info).set('regions', regions);
  },
};

/** How many lines from the end a navigation box may start (its headlines may stand one a line). */
const NAV_LINES = 12;

/** A line that may stand in a navigation box: short, and not ending like a sentence of prose (…た。). */
const LIST_LINE = (t: string): boolean => t.length <= 150 && !/[たるだいすうよねかぬずし][。．.]?$/.test(t);

/**
 * Finds trailing navigation in the last body lines and makes it `related`: the part of its first line from where
 * it begins (a region of its own when the line keeps a body part before it) and every body line after it.
 */
function markTrailingNavigation(text: string, drafts: Draft[], extra: Region[]): void {
  const lo = Math.max(0, drafts.length - NAV_LINES);
  for (let i = drafts.length - 1; i >= lo; i--) {
    const d = drafts[i]!;
    if (d.section !== 'body') {
      if (d.section === 'caption') continue;
      return;
    }
    const cut = trailingNavigation(text, d.from, d.line.inner.end);
    if (cut === null) {
      if (!LIST_LINE(text.slice(d.from, d.line.inner.end))) return;
      continue;
    }
    for (const after of drafts.slice(i + 1)) if (after.section === 'body') after.section = 'related';
    if (cut <= d.from) {
      d.section = 'related';
      return;
    }
    extra.push({ start: cut, end: d.line.inner.end, section: 'related' });
    d.line = { ...d.line, inner: { start: d.line.inner.start, end: trimEnd(text, d.from, cut) } };
    return;
  }
}

/** A byline (a name line, marked or followed by a bio) among the last lines before `tail`, with its bio. */
function trailingByline(drafts: Draft[], tail: number, inner: (d: Draft) => string): { drafts: Draft[]; author: string } | null {
  for (let i = tail; i >= Math.max(0, tail - 3); i--) {
    const d = drafts[i]!;
    if (d.section !== 'body') return null;
    const after = drafts.slice(i + 1, tail + 1);
    const allBio = after.every((a) => a.section === 'body' && isBio(inner(a)));
    if (!allBio) continue;
    const name = bylineName(inner(d), after.length > 0);
    if (name) return { drafts: [d, ...after], author: name };
    const named = bioWithName(inner(d));
    if (named && after.length === 0) return { drafts: [d], author: named };
  }
  return null;
}

function choosePublished(
  caller: string | null | undefined, meta: string | null | undefined, dateline: string | null, sources: string | null,
): { value: string | null; from: PublishedFrom | null } {
  if (caller) return { value: caller, from: 'caller' };
  const fromMeta = dateOfTimestamp(meta);
  if (fromMeta) return { value: fromMeta, from: 'metadata' };
  if (dateline) return { value: dateline, from: 'dateline' };
  if (sources) return { value: sources, from: 'sources' };
  return { value: null, from: null };
}

function sameHeadline(line: string, title: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '');
  const a = norm(line);
  const b = norm(title);
  return a === b || (a.length >= 8 && (b.startsWith(a) || a.startsWith(b)));
}

function trimEnd(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && /\s/.test(text[e - 1]!)) e--;
  return e;
}
