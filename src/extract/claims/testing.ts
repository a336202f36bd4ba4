/**
 * For the stage's tests: a Doc of body sentences with its token layer and hand-made entities, run through the
 * `quotes` stage. Tests build their inputs by hand rather than running the whole pipeline.
 */
import type { Entity, EntityType, Quote } from '../../analysis/contract.js';
import { Doc } from '../../doc.js';
import { span } from '../../spans.js';
import { splitSentences } from '../../text/sentences.js';
import { tokens } from '../../text/tokens.js';
import { quotes } from './quotes.js';

/** An entity named by the words that mention it (every place they stand in the text). */
export interface EntitySpec {
  id: string;
  type?: EntityType;
  forms: string[];
}

/** The Doc after the stage ran on `text` (one paragraph per line, all body). */
export function runQuotes(text: string, specs: EntitySpec[] = []): Doc {
  const sentences = text.split('\n').flatMap((_, i, lines) => {
    const start = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
    return splitSentences(text, start, start + lines[i]!.length).map((r) => ({ ...r, section: 'body' as const }));
  });
  const doc = new Doc({ text }).set('lang', 'ja').set('sentences', sentences);
  tokens.run(doc, {});
  doc.set('entities', specs.map((s) => entity(text, s)));
  return quotes.run(doc, {});
}

/** The quotes of `text`. */
export function quotesOf(text: string, specs: EntitySpec[] = []): Quote[] {
  return runQuotes(text, specs).get('quotes');
}

/** Quotes as `kind speaker_text: content` lines, for compact assertions. */
export function summary(qs: readonly Quote[]): string[] {
  return qs.map((q) => `${q.kind} ${q.speaker_text ?? '—'}: ${q.content.text}`);
}

function entity(text: string, s: EntitySpec): Entity {
  const mentions = s.forms.flatMap((f) => {
    const out = [];
    for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + f.length)) out.push(span(text, i, i + f.length));
    return out;
  });
  return { id: s.id, name: s.forms[0]!, names: {}, wikidata: null, type: s.type ?? 'PERSON', mentions, roles: [] };
}
