/**
 * Every time expression of a text, normalised: the phrases `scanPhrases` finds, resolved in text order against
 * the reference date and the dates named before them.
 */
import type { Sentence, TimeExpression } from '../../analysis/contract.js';
import type { TokenBoundaries } from '../../text/boundaries.js';
import { span, type Range } from '../../spans.js';
import type { CalDate } from './calendar.js';
import { resolve, TimeContext } from './resolve.js';
import type { Phrase } from './phrase.js';
import { scanPhrases } from './scan.js';
import { isTargetTime } from './target.js';

export interface FindTimesOptions {
  /** The date relative expressions count from (the article's publication date), or null. */
  reference: CalDate | null;
  /** The token layer's boundaries; without them phrases are not checked against tokens. */
  boundaries?: TokenBoundaries;
  /** Sentences with their sections: the day the article narrates (この日) is taken from the body. Without them
   * the whole text counts as body. */
  sentences?: readonly Sentence[];
}

export interface FoundTimes {
  times: TimeExpression[];
  /** Every phrase read as a time, placed in time or not (昨年 without a reference date is still no quantity). */
  phrases: Range[];
  /** How many expressions needed the reference date when there was none. */
  missedReference: number;
  /** Expressions whose weekday note does not fall on their day. */
  weekdayMismatches: Range[];
}

/** Finds and normalises the time expressions of `text`. */
export function findTimes(text: string, options: FindTimesOptions): FoundTimes {
  const ctx = new TimeContext(options.reference);
  const sentences = options.sentences ?? [];
  const times: TimeExpression[] = [];
  const weekdayMismatches: Range[] = [];
  let si = 0;
  const phrases = scanPhrases(text, options.boundaries);
  for (const p of phrases) {
    const was = si;
    while (si < sentences.length && sentences[si]!.end <= p.start) si++;
    if (si !== was) ctx.sentenceYear = null;
    const sentence = sentences[si];
    const inSentence = sentence !== undefined && sentence.start <= p.start;
    const before = ctx.last;
    const r = resolve(p, ctx, { body: !sentences.length || (inSentence && sentence.section === 'body') });
    // 前年度 counts from the year its sentence states — as long as no later date of the sentence took its year
    // from elsewhere (昨年(2013年)受賞したが、5月末に…、大会前年度: the tournament's year, not 2013's).
    if (r && statesYear(p)) ctx.sentenceYear = ctx.last;
    else if (r && namesOtherDate(p)) ctx.sentenceYear = null;
    // a target date (2009年11月を目処に合併) is not where the story is: 同日 after it still means the day before
    if (isTargetTime(text, p.end)) ctx.last = before;
    if (!r) continue;
    const t: TimeExpression = { ...span(text, p.start, p.end), value: r.value, precision: r.precision };
    if (r.value_end) t.value_end = r.value_end;
    t.basis = r.basis;
    times.push(t);
    if (r.weekdayMismatch) weekdayMismatches.push({ start: p.start, end: p.end });
  }
  return { times, phrases: phrases.map((p) => ({ start: p.start, end: p.end })), missedReference: ctx.missedReference, weekdayMismatches };
}

/** Whether a phrase states its year (2013年5月, 2013年度, 2011年3月期, 2013年第2四半期), not taking it from elsewhere. */
function statesYear(p: Phrase): boolean {
  switch (p.kind) {
    case 'date': return p.y?.kind === 'abs';
    case 'fiscal_year': return p.y.kind === 'abs';
    case 'closing': return true;
    case 'quarter': return p.y !== undefined;
    default: return false;
  }
}

/** Whether a phrase names a date of its own (not a clock time, a span of years, or a 前年度 counted from the sentence). */
function namesOtherDate(p: Phrase): boolean {
  return p.kind !== 'clock' && p.kind !== 'years' && !(p.kind === 'fiscal_year' && p.sentencePrev);
}
