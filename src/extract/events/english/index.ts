/**
 * English events: the candidate events of every headline and body sentence of an English article, for the
 * article-wide merge the Japanese events share (`../merge.ts`).
 */
import type { Doc } from '../../../doc.js';
import type { Candidate } from '../candidate.js';
import type { MentionRef } from '../items.js';
import { englishLexicon } from './lexicon.js';
import { englishSentenceEvents, type EnView } from './sentence.js';

const READ = new Set(['title', 'body']);

/** Every English sentence's candidate events, in text order, from the Doc's layers and `mentions`. */
export function englishCandidates(doc: Doc, mentions: readonly MentionRef[]): Candidate[] {
  const view: EnView = {
    text: doc.text,
    mentions,
    quotes: doc.get('quotes'),
    times: [...doc.get('times')].sort((a, b) => a.start - b.start),
    quantities: doc.get('quantities'),
    published: doc.has('document') ? doc.get('document').published : null,
    lex: englishLexicon(),
    lastPerson: null,
    known: new Set(doc.get('entities').map((e) => e.id)),
  };
  const out: Candidate[] = [];
  doc.get('sentences').forEach((s, index) => {
    if (READ.has(s.section)) out.push(...englishSentenceEvents(view, s, index));
  });
  return out;
}
