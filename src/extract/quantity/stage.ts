/**
 * Stage `quantities`: every amount with its unit, the entity it is of (`item`, from the `entities` layer) and the
 * time it applies to (`period`, from the `times` layer).
 */
import type { Stage } from '../../pipeline/pipeline.js';
import { boundariesOf } from '../../text/boundaries.js';
import { attach } from './attach.js';
import { findEnglishQuantities } from './english.js';
import { findQuantities } from './find.js';

export const quantities: Stage = {
  name: 'quantities',
  requires: ['lang', 'sentences', 'tokens', 'times', 'timePhrases', 'entities'],
  assigns: ['quantities'],
  run(doc) {
    if (doc.get('lang') === 'en') return doc.set('quantities', findEnglishQuantities(doc.text, doc.get('entities'), doc.get('times')));
    const boundaries = boundariesOf(doc.text.length, doc.get('tokens'));
    const times = doc.get('times');
    const found = findQuantities(doc.text, { boundaries, timePhrases: doc.get('timePhrases') });
    attach(found, { text: doc.text, sentences: doc.get('sentences'), boundaries, times, entities: doc.get('entities') });
    return doc.set('quantities', found);
  },
};
