export { ner } from './ner.js';
export { entities } from './link.js';
export type { NerLabel, NerMention } from './mention.js';
