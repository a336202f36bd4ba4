export { ner } from './ner.js';
export { createEntitiesStage, entities, type EntitiesOptions } from './link.js';
export type { NerLabel, NerMention } from './mention.js';
