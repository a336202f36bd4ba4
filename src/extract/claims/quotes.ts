/**
 * Stage `quotes`: who said what about whom. Direct quotations (「…」と述べた), indirect speech (…と指摘した,
 * …との見方を示した, …を明らかにした) and reported speech (…によると) in the body of the article, each with its
 * cue, its content, the speaker (an entity id, or null for an unnamed source, with the words kept) and the
 * entities the content mentions.
 */
import { governmentOf } from '../../kb/capitals.js';
import type { Quote } from '../../analysis/contract.js';
import type { Doc } from '../../doc.js';
import type { Stage } from '../../pipeline/pipeline.js';
import { span } from '../../spans.js';
import '../entities/mention.js';
import { Discourse } from './discourse.js';
import { englishQuotes } from './english.js';
import { extractSentence, type Draft, type Unresolved } from './extract.js';
import { MentionIndex } from './link.js';
import { SentenceView, type Name } from './view.js';

/** The quotes of a Doc whose sentences, tokens and entities are assigned. */
export function findQuotes(doc: Doc): Quote[] {
  const text = doc.text;
  if (doc.get('lang') === 'en') {
    const body = doc.get('sentences').filter((s) => s.section === 'body');
    const names = doc.get('entities').filter((e) => SPEAKER_TYPES.has(e.type))
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, person: e.type === 'PERSON' })))
      .sort((a, b) => a.start - b.start);
    const index = new MentionIndex(doc.get('entities'));
    const known = new Set(doc.get('entities').map((e) => e.id));
    return englishQuotes(text, body, names).map((d) => {
      const q = toQuote(text, d, index);
      // "Beijing said …": the capital speaks for its government (see kb/capitals.ts)
      const country = q.speaker ? governmentOf(q.speaker) : null;
      if (country && known.has(country)) q.speaker = country;
      return q;
    });
  }
  const tokens = doc.get('tokens');
  const index = new MentionIndex(doc.get('entities'));
  const discourse = new Discourse(doc.get('entities').flatMap((e) => e.mentions.map((m) => ({
    start: m.start, end: m.end, text: m.text, person: e.type === 'PERSON', media: false, org: e.type === 'ORG',
  }))));
  const unresolved: Unresolved[] = [];
  const drafts: Draft[] = [];
  const names = nameRanges(doc);
  let t = 0;
  let n = 0;
  for (const s of doc.get('sentences')) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    let u = t;
    while (u < tokens.length && tokens[u]!.end <= s.end) u++;
    while (n < names.length && names[n]!.end <= s.start) n++;
    let m = n;
    while (m < names.length && names[m]!.start < s.end) m++;
    if (s.section === 'body' && u > t) {
      const view = new SentenceView(text, tokens.slice(t, u), s.start, s.end, names.slice(n, m));
      drafts.push(...extractSentence(view, discourse, unresolved));
    }
    t = u;
  }
  for (const u of unresolved) {
    doc.warn(`no speaker found for the speech cue "${text.slice(u.cue.start, u.cue.end)}"`, { rule: 'quotes/no-speaker', span: u.cue });
  }
  return drafts.map((d) => toQuote(text, d, index));
}

/** Names the NER and entities layers found, in text order, with whether they can speak. */
function nameRanges(doc: Doc): Name[] {
  const out: Name[] = doc.getOr('ner', []).filter((m) => SPEAKER_TYPES.has(m.label))
    .map((m) => ({ start: m.start, end: m.end, person: m.label === 'PERSON', speaker: true }));
  for (const e of doc.get('entities')) {
    const speaker = SPEAKER_TYPES.has(e.type);
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, person: e.type === 'PERSON', speaker });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Entity types that can speak; a facility, a place, a product or a law cannot (開城工業団地は…). */
const SPEAKER_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

function toQuote(text: string, d: Draft, index: MentionIndex): Quote {
  const q: Quote = {
    speaker: index.speaker(d.speaker),
    speaker_text: d.speaker.text,
    kind: d.kind,
    cue: d.cue ? span(text, d.cue.start, d.cue.end) : null,
    content: span(text, d.content.start, d.content.end),
    about: index.about(d.content),
  };
  if (d.speaker.span) q.speaker_span = span(text, d.speaker.span.start, d.speaker.span.end);
  return q;
}

export const quotes: Stage = {
  name: 'quotes',
  requires: ['lang', 'sentences', 'tokens', 'ner', 'entities'],
  assigns: ['quotes'],
  run(doc) {
    return doc.set('quotes', findQuotes(doc));
  },
};
