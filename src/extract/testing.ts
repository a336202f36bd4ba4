/**
 * For tests of the time and quantity layers: a pipeline that runs the real layout, sentences and tokens stages
 * and takes its entities from the test (the `entities` stage on main does not link yet).
 */
import type { Entity, EntityType } from '../analysis/contract.js';
import { Doc } from '../doc.js';
import { layout } from '../ingest/layout.js';
import { Pipeline, type Stage } from '../pipeline/pipeline.js';
import { span } from '../spans.js';
import { language } from '../text/language.js';
import { sentences } from '../text/sentences.js';
import { tokens } from '../text/tokens.js';
import { quantities } from './quantity/stage.js';
import { times } from './time/stage.js';

/** An entity given by the test: every place its surface stands becomes a mention. */
export interface GivenEntity {
  id: string;
  type: EntityType;
  surface: string;
}

function givenEntities(given: readonly GivenEntity[]): Stage {
  return {
    name: 'entities',
    requires: ['tokens'],
    assigns: ['entities'],
    run(doc) {
      const out: Entity[] = given.map((g) => {
        const mentions = [];
        for (let i = doc.text.indexOf(g.surface); i >= 0; i = doc.text.indexOf(g.surface, i + 1)) {
          mentions.push(span(doc.text, i, i + g.surface.length));
        }
        return { id: g.id, name: g.surface, names: {}, wikidata: null, type: g.type, mentions, roles: [] };
      });
      return doc.set('entities', out.filter((e) => e.mentions.length));
    },
  };
}

/** Runs layout → language → sentences → tokens → (given entities) → times → quantities over `text`. */
export async function analyzeNumeric(text: string, options: { published?: string | null; entities?: GivenEntity[] } = {}): Promise<Doc> {
  const pipeline = new Pipeline([layout, language, sentences, tokens, givenEntities(options.entities ?? []), times, quantities]);
  await pipeline.prepare();
  return pipeline.run(new Doc({ text }), { published: options.published ?? null });
}
