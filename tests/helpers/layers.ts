/**
 * Docs with hand-made layers, spaCy-style: a text, its sentences (split at 。 and line ends; an optional headline
 * first), the real token layer, and entities, times, quantities and quotes given by their words and found in the
 * text. Stages that read those layers are tested without the stages that will one day produce them.
 */
import type {
  Entity, EntityType, Quantity, Quote, QuoteKind, Role, Sentence, TimeExpression, TimePrecision,
} from '../../src/analysis/contract.js';
import { Doc } from '../../src/doc.js';
import { span } from '../../src/spans.js';
import { loadTokenizer } from '../../src/text/tokenizer.js';
import { tokens } from '../../src/text/tokens.js';

export interface EntitySpec {
  id: string;
  type: EntityType;
  /** Every surface form; all their places in the text become mentions (longest form first). */
  forms: string[];
  roles?: Role[];
}

export interface TimeSpec {
  text: string;
  value: string;
  precision?: TimePrecision;
  /** Which occurrence of `text` (1-based). */
  occurrence?: number;
}

export interface QuantitySpec {
  text: string;
  value: number;
  unit: string;
  item?: string | null;
  period?: string | null;
  occurrence?: number;
}

export interface QuoteSpec {
  speaker: string | null;
  speakerText?: string;
  kind: QuoteKind;
  content: string;
  occurrence?: number;
}

export interface DocSpec {
  text: string;
  /** A headline line put before the text (with a blank line), as the layout stage would mark it. */
  title?: string;
  entities?: EntitySpec[];
  times?: TimeSpec[];
  quantities?: QuantitySpec[];
  quotes?: QuoteSpec[];
  /** The publication date (YYYY-MM-DD) put in a minimal document layer. */
  published?: string;
}

function place(text: string, s: string, occurrence = 1): number {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`"${s}" (occurrence ${occurrence}) is not in the text`);
  }
  return at;
}

function precisionOf(value: string): TimePrecision {
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  return 'year';
}

/** Sentences: the headline, then the body cut after every 。 and at line ends. */
function sentencesOf(text: string, titleEnd: number): Sentence[] {
  const out: Sentence[] = [];
  if (titleEnd > 0) out.push({ start: 0, end: titleEnd, section: 'title' });
  let start = titleEnd > 0 ? titleEnd + 2 : 0;
  for (let i = start; i <= text.length; i++) {
    const end = i === text.length || text[i] === '\n' ? i : text[i] === '。' ? i + 1 : -1;
    if (end < 0) continue;
    if (end > start && text.slice(start, end).trim()) out.push({ start, end, section: 'body' });
    start = text[i] === '\n' ? i + 1 : end;
  }
  return out;
}

/** A Doc with the layers of `spec` (the tokenizer is loaded on first use). */
export async function layeredDoc(spec: DocSpec): Promise<Doc> {
  await loadTokenizer();
  const text = spec.title ? `${spec.title}\n\n${spec.text}` : spec.text;
  const doc = new Doc({ text });
  if (spec.published) {
    doc.set('document', {
      id: 'test', lang: 'ja', title: spec.title ?? null, published: spec.published, author: null, source: null,
      body: [{ start: 0, end: text.length }], captions: [], sources: [],
    });
  }
  doc.set('sentences', sentencesOf(text, spec.title ? spec.title.length : 0));
  tokens.run(doc, {});
  const taken: [number, number][] = [];
  const entities: Entity[] = [];
  const forms = (spec.entities ?? []).flatMap((e) => e.forms.map((f) => ({ f, e }))).sort((a, b) => b.f.length - a.f.length);
  const byId = new Map<string, Entity>();
  for (const { f, e } of forms) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      if (taken.some(([s, t]) => at < t && s < at + f.length)) continue;
      taken.push([at, at + f.length]);
      let ent = byId.get(e.id);
      if (!ent) {
        ent = { id: e.id, name: e.forms[0]!, names: {}, wikidata: null, type: e.type, mentions: [], roles: e.roles ?? [] };
        byId.set(e.id, ent);
        entities.push(ent);
      }
      ent.mentions.push(span(text, at, at + f.length));
    }
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  doc.set('entities', entities);
  const times: TimeExpression[] = (spec.times ?? []).map((t) => {
    const at = place(text, t.text, t.occurrence);
    return { ...span(text, at, at + t.text.length), value: t.value, precision: t.precision ?? precisionOf(t.value) };
  });
  doc.set('times', times.sort((a, b) => a.start - b.start));
  const quantities: Quantity[] = (spec.quantities ?? []).map((q) => {
    const at = place(text, q.text, q.occurrence);
    return { ...span(text, at, at + q.text.length), value: q.value, unit: q.unit, item: q.item ?? null, period: q.period ?? null };
  });
  doc.set('quantities', quantities.sort((a, b) => a.start - b.start));
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const at = place(text, q.content, q.occurrence);
    return {
      speaker: q.speaker, speaker_text: q.speakerText ?? q.speaker, kind: q.kind, cue: null,
      content: span(text, at, at + q.content.length), about: [],
    };
  });
  doc.set('quotes', quotes);
  return doc;
}
