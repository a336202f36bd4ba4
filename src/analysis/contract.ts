/**
 * Types of the analysis contract (`newsgraph.analysis/v1`, see ../shared/docs/analysis-contract.md and
 * schema/analysis.schema.json). Layers on the Doc use these shapes, so what a stage assigns is what is printed.
 */
import type { Range, Span } from '../spans.js';

export const SCHEMA_ID = 'newsgraph.analysis/v1';

export const ENTITY_TYPES = [
  'PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'PRODUCT', 'WORK_OF_ART', 'LAW', 'COMMODITY',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EVENT_TYPES = [
  'call', 'meeting', 'visit', 'invitation', 'agreement', 'commitment', 'trade', 'aid', 'statement', 'accusation',
  'threat', 'sanction', 'tariff', 'dismissal', 'appointment', 'resignation', 'investigation', 'arrest', 'trial',
  'election', 'legislation', 'military_action', 'protest', 'attack', 'disaster', 'death',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const QUOTE_KINDS = ['direct', 'indirect', 'reported'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const MODALITIES = ['asserted', 'reported', 'planned', 'hypothetical', 'negated'] as const;
export type Modality = (typeof MODALITIES)[number];

export const PARTICIPANT_ROLES = ['source', 'target', 'participant', 'location', 'item'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const TIME_PRECISIONS = ['day', 'month', 'quarter', 'year', 'fiscal_year'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

/** Where `document.published` came from, so a reader can tell a stated date from an inferred one. */
export type PublishedFrom = 'caller' | 'metadata' | 'dateline' | 'sources';

/** The `document` block: metadata and the layout of the article. */
export interface DocumentInfo {
  id: string;
  lang: string;
  title: string | null;
  published: string | null;
  author: string | null;
  source: string | null;
  body: Range[];
  captions: Span[];
  sources: Span[];
  /** Extra: where `published` came from. */
  published_from?: PublishedFrom | null;
  /** Extra: the headline, dateline and byline/bio where they stand in the text. */
  title_span?: Span | null;
  dateline?: Span | null;
  byline?: Span[];
}

/** A sentence; `section` (extra) says which part of the article it belongs to. */
export interface Sentence extends Range {
  section: Section;
}

export type Section = 'title' | 'dateline' | 'body' | 'caption' | 'byline' | 'related' | 'sources';

export interface Role {
  title: string;
  org: string | null;
  former: boolean;
  evidence?: Span;
}

export interface Entity {
  id: string;
  name: string;
  names: Partial<Record<'ja' | 'en' | 'zh' | 'ko' | 'ru', string>>;
  wikidata: string | null;
  type: EntityType;
  mentions: Span[];
  roles: Role[];
}

export interface Quote {
  speaker: string | null;
  speaker_text: string | null;
  kind: QuoteKind;
  cue: Span | null;
  content: Span;
  about: string[];
  /** Extra: where the speaker is named — the name itself, or what 同氏 or a bare title refers to; absent for an unnamed source. */
  speaker_span?: Span;
}

export interface Participant {
  entity: string | null;
  role: ParticipantRole;
  text: string;
}

export interface TimeValue {
  value: string;
  precision: TimePrecision;
}

export interface EventRecord {
  id: string;
  type: EventType;
  plover: string;
  participants: Participant[];
  date: TimeValue | null;
  modality: Modality;
  attributed_to: string | null;
  quantities: number[];
  evidence: Span;
}

/**
 * What a time's value was worked out from: `stated` the text gives it whole (2026年2月4日); `published` it counts
 * from the reference date (昨年, 19日, 4月); `text` it counts from an earlier date in the text (同日, 翌月).
 */
export type TimeBasis = 'stated' | 'published' | 'text';

export interface TimeExpression extends Span, TimeValue {
  /** Extra: the last day of a range such as 2月4〜5日 (named so, because `end` is the span's offset). */
  value_end?: string;
  /** Extra: what the value was worked out from. */
  basis?: TimeBasis;
}

/** How a quantity relates to its figure: at least (以上), more than (超), at most (以下), less than (未満). */
export type QuantityBound = 'min' | 'over' | 'max' | 'under';

export interface Quantity extends Span {
  value: number;
  unit: string;
  item: string | null;
  period: string | null;
  /** Extra: the figure is approximate (約, およそ, 程度, 近く, 余り …). */
  approx?: boolean;
  /** Extra: the figure is a bound rather than the amount. */
  bound?: QuantityBound;
  /** Extra: the upper figure of a range such as 5～6人 (`value` holds the lower). */
  value_max?: number;
}

export interface Warning {
  message: string;
  rule: string;
  start?: number;
  end?: number;
}

/** One article's analysis, as printed. */
export interface Analysis {
  schema: typeof SCHEMA_ID;
  document: DocumentInfo;
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  events: EventRecord[];
  times: TimeExpression[];
  quantities: Quantity[];
  warnings: Warning[];
}

/** A batch line that could not be analysed. */
export interface AnalysisError {
  id: string | null;
  error: string;
}
