/**
 * The reader's view of an analysis: the text cut into segments at every span boundary, each segment carrying the
 * marks (entity mention, quote content or cue, event evidence, time, quantity, highlight) that cover it, and the
 * text's lines with the part of the article each belongs to. Pure (no DOM, no Node), so the web UI and the tests
 * share it; the UI renders segment text as text, never as markup.
 */
import type { Range } from '../spans.js';
import type { Analysis, Section } from './contract.js';

export type Mark =
  | { kind: 'entity'; index: number; mention: number }
  | { kind: 'quote'; index: number; part: 'content' | 'cue' }
  | { kind: 'event'; index: number }
  | { kind: 'time'; index: number }
  | { kind: 'quantity'; index: number }
  | { kind: 'highlight' };

export type MarkKind = Mark['kind'];

export interface Segment extends Range {
  marks: Mark[];
  /** Marks whose span starts here (where a speaker or event chip goes). */
  starts: Mark[];
}

interface Marked extends Range {
  mark: Mark;
}

/** Every span of the analysis as a mark, in text order (only the kinds in `kinds`, when given). */
export function marksOf(a: Analysis, highlights: readonly Range[] = [], kinds?: ReadonlySet<MarkKind>): Marked[] {
  const out: Marked[] = [];
  const want = (k: MarkKind) => !kinds || kinds.has(k);
  if (want('entity')) a.entities.forEach((e, index) => e.mentions.forEach((m, mention) => out.push({ ...m, mark: { kind: 'entity', index, mention } })));
  if (want('quote')) {
    a.quotes.forEach((q, index) => {
      out.push({ start: q.content.start, end: q.content.end, mark: { kind: 'quote', index, part: 'content' } });
      if (q.cue) out.push({ start: q.cue.start, end: q.cue.end, mark: { kind: 'quote', index, part: 'cue' } });
    });
  }
  if (want('event')) a.events.forEach((e, index) => out.push({ start: e.evidence.start, end: e.evidence.end, mark: { kind: 'event', index } }));
  if (want('time')) a.times.forEach((t, index) => out.push({ start: t.start, end: t.end, mark: { kind: 'time', index } }));
  if (want('quantity')) a.quantities.forEach((q, index) => out.push({ start: q.start, end: q.end, mark: { kind: 'quantity', index } }));
  for (const h of highlights) out.push({ start: h.start, end: h.end, mark: { kind: 'highlight' } });
  return out.filter((m) => m.end > m.start).sort((x, y) => x.start - y.start || y.end - x.end);
}

/** `[from, to)` cut at every boundary of `marks`, each piece with the marks covering it. */
export function segments(marks: readonly Marked[], from: number, to: number): Segment[] {
  const cuts = new Set<number>([from, to]);
  const inside = marks.filter((m) => m.start < to && m.end > from);
  for (const m of inside) {
    if (m.start > from) cuts.add(m.start);
    if (m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  // Sweep: marks sorted by start enter, and leave once the segment passes their end.
  let next = 0;
  let active: Marked[] = [];
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((m) => m.end > start);
    const starts: Mark[] = [];
    while (next < inside.length && inside[next]!.start <= start) {
      const m = inside[next++]!;
      if (m.end > start) {
        active.push(m);
        if (m.start === start) starts.push(m.mark);
      }
    }
    out.push({ start, end, marks: active.map((m) => m.mark), starts });
  }
  return out;
}

export type LinePart = Section | 'other';

export interface Line extends Range {
  part: LinePart;
}

/** The non-blank lines of the text with the part of the article each belongs to (from the document's layout). */
export function linesOf(a: Analysis): Line[] {
  const d = a.document;
  const parts: { part: LinePart; ranges: readonly Range[] }[] = [
    { part: 'title', ranges: d.title_span ? [d.title_span] : [] },
    { part: 'dateline', ranges: d.dateline ? [d.dateline] : [] },
    { part: 'caption', ranges: d.captions },
    { part: 'byline', ranges: d.byline ?? [] },
    { part: 'sources', ranges: d.sources },
    { part: 'body', ranges: d.body },
  ];
  const sectionOf = (start: number, end: number): LinePart => {
    for (const p of parts) if (p.ranges.some((r) => r.start < end && start < r.end)) return p.part;
    const s = a.sentences.find((x) => x.start < end && start < x.end);
    return s ? s.section : 'other';
  };
  const out: Line[] = [];
  let start = 0;
  const t = a.text;
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || t[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(t[s]!)) s++;
      while (e > s && /\s/.test(t[e - 1]!)) e--;
      if (e > s) out.push({ start: s, end: e, part: sectionOf(s, e) });
      start = i + 1;
    }
  }
  return out;
}
