/**
 * Stage `entities`: name spans → entities linked to the knowledge base, with roles. It combines the matcher's
 * knowledge-base matches, the `ner` layer's spans and the cues of this folder (see linker.ts); until the NER model
 * lands the `ner` layer is empty and KB matches and cues carry it alone.
 */
import type { AnalyzeOptions } from '../../doc.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { knowledgeBase } from '../../kb/load.js';
import type { Stage } from '../../pipeline/pipeline.js';
import { LinkContext } from './context.js';
import { englishLayout } from './english/layout.js';
import { linkEntities } from './linker.js';
import './mention.js';

export interface EntitiesOptions {
  /** A user's KB files (same format as kb/*.yaml) that extend the shipped knowledge base. */
  kbFiles?: readonly string[];
}

/** The linking stage over the shipped KB, extended by `kbFiles`; the KB is loaded in `prepare()`, once. */
export function createEntitiesStage(options: EntitiesOptions = {}): Stage {
  let kb: KnowledgeBase | null = null;
  return {
    name: 'entities',
    requires: ['lang', 'sentences', 'tokens', 'ner'],
    assigns: ['entities'],
    prepare() {
      kb ??= knowledgeBase(options.kbFiles ?? []);
      void kb.matcher; // compile the matcher now, not on the first article
      return Promise.resolve();
    },
    run(doc, _options: AnalyzeOptions) {
      kb ??= knowledgeBase(options.kbFiles ?? []);
      const published = doc.has('document') ? doc.get('document').published : null;
      const lang = doc.get('lang');
      const ctx = new LinkContext(doc.text, doc.get('tokens'), kb, published, lang);
      const english = lang === 'en' ? englishLayout(doc.text, doc.get('sentences')) : undefined;
      const found = linkEntities(ctx, doc.get('ner'), english);
      // the contract's canonical name is in the article's language where the KB has it
      if (lang !== 'en' && lang !== 'zh' && lang !== 'ko' && lang !== 'ru') return doc.set('entities', found);
      return doc.set('entities', found.map((e) => ({ ...e, name: e.names[lang] ?? e.name })));
    },
  };
}

/** The default linking stage (shipped KB only). */
export const entities: Stage = createEntitiesStage();
