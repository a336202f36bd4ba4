/**
 * Stage `times`: every time expression of the article, normalised against `document.published` (which already
 * holds the caller's `--published`). Without a publication date, absolute dates are still normalised and the Doc
 * says what was left out.
 */
import type { Stage } from '../../pipeline/pipeline.js';
import { boundariesOf } from '../../text/boundaries.js';
import { findTimes } from './find.js';
import { referenceDate } from './reference.js';

export const times: Stage = {
  name: 'times',
  requires: ['document', 'sentences', 'tokens'],
  assigns: ['times'],
  run(doc) {
    const reference = referenceDate(doc);
    const boundaries = boundariesOf(doc.text.length, doc.get('tokens'));
    const found = findTimes(doc.text, { reference, boundaries, sentences: doc.get('sentences') });
    if (!reference) {
      const n = found.missedReference;
      doc.warn(
        'the article has no publication date (give --published YYYY-MM-DD): ' +
          (n ? `${n} relative time expression(s) were placed against other dates in the text or left out` : 'only absolute dates are normalised'),
        { rule: 'times/no-reference' },
      );
    }
    for (const r of found.weekdayMismatches) {
      doc.warn(`the weekday given does not fall on the date "${doc.text.slice(r.start, r.end)}" names`, {
        rule: 'times/weekday-mismatch',
        span: r,
      });
    }
    return doc.set('times', found.times);
  },
};
