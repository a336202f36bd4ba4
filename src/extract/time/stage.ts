/**
 * Stage `times`: every time expression of the article, normalised against `document.published` (which already
 * holds the caller's `--published`). Without a publication date, absolute dates are still normalised and the Doc
 * says what was left out.
 */
import type { Stage } from '../../pipeline/pipeline.js';
import type { Range } from '../../spans.js';
import { boundariesOf } from '../../text/boundaries.js';
import { findEnglishTimes } from './english.js';
import { findTimes } from './find.js';
import { referenceDate } from './reference.js';

declare module '../../doc.js' {
  interface Layers {
    /** Every stretch read as a time phrase, in order — also those that could not be placed in time (a relative
     * word without a reference date): later stages must not read a number in them as anything else. */
    timePhrases: Range[];
  }
}

export const times: Stage = {
  name: 'times',
  requires: ['document', 'lang', 'sentences', 'tokens'],
  assigns: ['times', 'timePhrases'],
  run(doc) {
    const reference = referenceDate(doc);
    if (doc.get('lang') === 'en') {
      const found = findEnglishTimes(doc.text, reference);
      doc.set('timePhrases', found.map((t) => ({ start: t.start, end: t.end })));
      return doc.set('times', found);
    }
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
    doc.set('timePhrases', found.phrases);
    return doc.set('times', found.times);
  },
};
