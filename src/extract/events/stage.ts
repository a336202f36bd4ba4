/**
 * Stage `events`: typed, dyadic, dated events with modality and attribution (the contract's `events`). Each
 * sentence of the headline and body is read for trigger words; the candidates are then merged article-wide.
 */
import type { Entity, EventRecord } from '../../analysis/contract.js';
import type { Doc } from '../../doc.js';
import type { Stage } from '../../pipeline/pipeline.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { shippedKb } from '../../kb/load.js';
import { loadTokenizer } from '../../text/tokenizer.js';
import type { Token } from '../../text/token.js';
import type { Candidate } from './candidate.js';
import { englishCandidates } from './english/index.js';
import type { MentionRef } from './items.js';
import { compileLexicon, lexicon } from './lexicon.js';
import { mergeCandidates } from './merge.js';
import { newNarrative } from './narrative.js';
import { PLOVER } from './plover.js';
import { sentenceEvents } from './sentence.js';
import { sideRelation } from './sides.js';
import type { DocView } from './view.js';
import { resolveVehicles } from './vehicles.js';

/** The shipped knowledge base, for the posts and countries of linked entities (set in `prepare`). */
let kb: KnowledgeBase | null = null;

/** Sections whose sentences can state events: captions, bylines and source lists do not. */
const READ = new Set(['title', 'body']);

/** Every mention of every entity, in text order, overlaps resolved in favour of the longer. */
export function mentionIndex(entities: readonly Entity[]): MentionRef[] {
  const all: MentionRef[] = [];
  for (const e of entities) for (const m of e.mentions) all.push({ start: m.start, end: m.end, entity: e });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MentionRef[] = [];
  for (const m of all) if (!out.length || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}

/** Every sentence's events before the article-wide merge (for the merge, and for reading what each sentence gave). */
export function sentenceCandidates(doc: Doc): Candidate[] {
  const entities = doc.get('entities');
  // English articles have their own sentence rules (english/); the merge below is shared.
  if (doc.has('lang') && doc.get('lang') === 'en') return englishCandidates(doc, mentionIndex(entities));
  const view: DocView = {
    text: doc.text,
    mentions: mentionIndex(entities),
    quotes: doc.get('quotes'),
    entities: new Map(entities.map((e) => [e.id, e])),
    times: [...doc.get('times')].sort((a, b) => a.start - b.start),
    quantities: doc.get('quantities'),
    lex: lexicon(),
    published: doc.has('document') ? doc.get('document').published : null,
    topic: null,
    story: newNarrative(),
  };
  const tokens = doc.get('tokens');
  const candidates: Candidate[] = [];
  let t = 0;
  doc.get('sentences').forEach((s, index) => {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t]!.start < s.end) t++;
    if (!READ.has(s.section)) return;
    const own: Token[] = tokens.slice(from, t);
    candidates.push(...resolveVehicles(sentenceEvents(view, s, own, index)));
  });
  return candidates;
}

/** The events of `doc`, from its layers. Needs the lexicon compiled (`prepare`). */
export function extractEvents(doc: Doc): EventRecord[] {
  const same = sideRelation(doc.get('entities'), kb);
  return mergeCandidates(sentenceCandidates(doc), same).map((c, i) => ({
    id: `ev${i + 1}`,
    type: c.type,
    plover: PLOVER[c.type],
    participants: c.participants,
    date: c.date,
    modality: c.modality,
    attributed_to: c.attributedTo,
    quantities: c.quantities.sort((a, b) => a - b),
    evidence: c.evidence,
  }));
}

export const events: Stage = {
  name: 'events',
  requires: ['document', 'lang', 'sentences', 'tokens', 'entities', 'times', 'quantities', 'quotes'],
  assigns: ['events'],
  async prepare() {
    await loadTokenizer();
    compileLexicon();
    // Who acts for which country or body (sides.ts); the linking stage has loaded it already.
    kb = shippedKb();
  },
  run(doc) {
    return doc.set('events', extractEvents(doc));
  },
};
