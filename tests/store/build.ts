/**
 * Hand-built analyses for store tests: write a text, name the facts by the strings they cover, and get an
 * `Analysis` of the contract with correct spans (no extraction stage involved).
 */
import type {
  Analysis, Entity, EntityType, EventRecord, EventType, ParticipantRole, Quote, QuoteKind,
} from '../../src/analysis/contract.js';
import { SCHEMA_ID } from '../../src/analysis/contract.js';
import { contentId } from '../../src/store/keys.js';
import { span, type Span } from '../../src/spans.js';
import type { NewDocument } from '../../src/store/types.js';
import { minhash } from '../../src/store/neardup.js';

/** The span of the `nth` occurrence (0-based) of `needle` in `text`. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  return span(text, at, at + needle.length);
}

export interface EntitySpec {
  id: string;
  name: string;
  type: EntityType;
  names?: Entity['names'];
  wikidata?: string | null;
  /** Strings each of whose every occurrence is a mention. */
  mentions: string[];
  roles?: { title: string; org?: string | null; former?: boolean; evidence: string }[];
}

export interface EventSpec {
  id: string;
  type: EventType;
  participants: { entity: string | null; role: ParticipantRole; text: string }[];
  date?: string | null;
  precision?: 'day' | 'month' | 'quarter' | 'year';
  evidence: string;
  modality?: EventRecord['modality'];
  attributed_to?: string | null;
}

export interface QuoteSpec {
  speaker: string | null;
  speaker_text: string | null;
  content: string;
  about?: string[];
  kind?: QuoteKind;
}

export interface ArticleSpec {
  text: string;
  id?: string;
  title?: string | null;
  published?: string | null;
  source?: string | null;
  lang?: string;
  entities?: EntitySpec[];
  events?: EventSpec[];
  quotes?: QuoteSpec[];
  times?: { text: string; value: string; precision: 'day' | 'month' | 'quarter' | 'year' }[];
  quantities?: { text: string; value: number; unit: string; item?: string | null }[];
}

function all(text: string, needle: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(span(text, i, i + needle.length));
  return out;
}

/** A contract analysis of `spec.text` carrying exactly the facts the spec names. */
export function analysis(spec: ArticleSpec): Analysis {
  const t = spec.text;
  const entities: Entity[] = (spec.entities ?? []).map((e) => ({
    id: e.id,
    name: e.name,
    names: e.names ?? {},
    wikidata: e.wikidata ?? null,
    type: e.type,
    mentions: e.mentions.flatMap((m) => all(t, m)),
    roles: (e.roles ?? []).map((r) => ({ title: r.title, org: r.org ?? null, former: r.former ?? false, evidence: find(t, r.evidence) })),
  }));
  const events: EventRecord[] = (spec.events ?? []).map((e) => ({
    id: e.id,
    type: e.type,
    plover: e.type === 'call' || e.type === 'meeting' ? 'CONSULT' : 'OTHER',
    participants: e.participants,
    date: e.date ? { value: e.date, precision: e.precision ?? 'day' } : null,
    modality: e.modality ?? 'asserted',
    attributed_to: e.attributed_to ?? null,
    quantities: [],
    evidence: find(t, e.evidence),
  }));
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => ({
    speaker: q.speaker,
    speaker_text: q.speaker_text,
    kind: q.kind ?? 'direct',
    cue: null,
    content: find(t, q.content),
    about: q.about ?? [],
  }));
  return {
    schema: SCHEMA_ID,
    document: {
      id: spec.id ?? contentId(t),
      lang: spec.lang ?? 'ja',
      title: spec.title ?? null,
      published: spec.published ?? null,
      author: null,
      source: spec.source ?? null,
      body: [{ start: 0, end: t.length }],
      captions: [],
      sources: [],
    },
    text: t,
    sentences: [{ start: 0, end: t.length, section: 'body' }],
    entities,
    quotes,
    events,
    times: (spec.times ?? []).map((x) => ({ ...find(t, x.text), value: x.value, precision: x.precision })),
    quantities: (spec.quantities ?? []).map((q) => ({ ...find(t, q.text), value: q.value, unit: q.unit, item: q.item ?? null, period: null })),
    warnings: [],
  };
}

/** A document ready for `store.write`. */
export function newDocument(spec: ArticleSpec): NewDocument {
  const a = analysis(spec);
  return { id: contentId(a.text), analysis: a, source: spec.source ?? null, signature: minhash(a.text) };
}
