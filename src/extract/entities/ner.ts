/**
 * Stage `ner`: typed name spans from the statistical tagger.
 * PLACEHOLDER until the trained model lands (issue 3): it assigns an empty layer and says so on the Doc.
 */
import type { Stage } from '../../pipeline/pipeline.js';
import './mention.js';

export const ner: Stage = {
  name: 'ner',
  requires: ['tokens'],
  assigns: ['ner'],
  run(doc) {
    doc.warn('no NER model is installed yet: names are not tagged', { rule: 'ner/no-model' });
    return doc.set('ner', []);
  },
};
