/**
 * Linking a sentence with the knowledge base and the cues alone: the default stages with an empty `ner` layer, so
 * that these tests do not move when the tagger is retrained.
 */
import type { Entity } from '../../src/analysis/contract.js';
import { analyzeDoc } from '../../src/analyze.js';
import { entities, type NerMention } from '../../src/extract/entities/index.js';
import { layout } from '../../src/ingest/layout.js';
import { Pipeline, type Stage } from '../../src/pipeline/pipeline.js';
import { language } from '../../src/text/language.js';
import { sentences } from '../../src/text/sentences.js';
import { tokens } from '../../src/text/tokens.js';

const noTagger: Stage = { name: 'ner', requires: ['tokens'], assigns: ['ner'], run: (doc) => doc.set('ner', []) };
const pipeline = new Pipeline([layout, language, sentences, tokens, noTagger, entities]);

/** The entities of `text`. */
export async function link(text: string): Promise<Entity[]> {
  return (await analyzeDoc({ text }, { pipeline, lang: 'ja' })).get('entities');
}

/**
 * The entities of `text` when the tagger has marked `tags` (each form at its first occurrence) — to check how the
 * linking uses the `ner` layer without depending on a trained model.
 */
export async function linkWithTags(text: string, tags: readonly { form: string; label: NerMention['label'] }[]): Promise<Entity[]> {
  const tagger: Stage = {
    name: 'ner',
    requires: ['tokens'],
    assigns: ['ner'],
    run: (doc) => doc.set('ner', tags.map((t) => {
      const start = text.indexOf(t.form);
      return { start, end: start + t.form.length, label: t.label, score: 0.9 };
    })),
  };
  const p = new Pipeline([layout, language, sentences, tokens, tagger, entities]);
  return (await analyzeDoc({ text }, { pipeline: p, lang: 'ja' })).get('entities');
}

/** The entity one of whose mentions spells `form` exactly, or undefined. */
export function byMention(ents: readonly Entity[], form: string): Entity | undefined {
  return ents.find((e) => e.mentions.some((m) => m.text === form));
}

/** The texts of an entity's mentions, in text order. */
export function mentionTexts(e: Entity | undefined): string[] {
  return e ? e.mentions.map((m) => m.text) : [];
}
