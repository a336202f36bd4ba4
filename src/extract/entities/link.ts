/**
 * Stage `entities`: groups name spans into entities linked to the knowledge base.
 * PLACEHOLDER until linking lands (issue 3): it assigns an empty layer and says so on the Doc.
 */
import type { Stage } from '../../pipeline/pipeline.js';

export const entities: Stage = {
  name: 'entities',
  requires: ['tokens', 'ner'],
  assigns: ['entities'],
  run(doc) {
    doc.warn('entity linking is not implemented yet', { rule: 'entities/not-implemented' });
    return doc.set('entities', []);
  },
};
