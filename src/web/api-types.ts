/** The API's response shapes, as the server's modules define them (type-only: nothing of the server is bundled). */
export type {
  Analysis, Entity, EntityType, EventRecord, Quantity, Quote, TimeExpression,
} from '../analysis/contract.js';
export type { CommitmentEntry, CommitmentSeries } from '../analysis/commitments.js';
export type { CommitmentPage, DocumentCommitments } from '../store/query/commitments.js';
export type {
  DocumentPage, DocumentSummary, DossierResult, EntityDossier, EntityMatch, EntityRef, EventPage, EventView, Network,
  NetworkEdge, NetworkNode, QuoteGroup, QuotePage, QuoteView, RoleView, SearchHit, SearchPage, TimelineDay,
} from '../store/query/index.js';

import type { DocumentSummary, EntityMatch, EntityRef, TimelineDay } from '../store/query/index.js';

/** GET /api/documents/{id} */
export type DocumentWithEntities = DocumentSummary & { entities: Record<string, EntityRef> };
/** GET /api/entities */
export interface EntitySearch { query: string; entities: EntityMatch[] }
/** GET /api/timeline */
export interface Timeline { days: TimelineDay[] }
/** GET /api/stats */
export interface Stats { documents: number; duplicates: number; entities: number; events: number; quotes: number; kind: string }
