/**
 * The opening of a wire story's first paragraph — `BEIJING, March 3 (Reuters) - ` — which places and dates the
 * report, not what it reports: its date is the dispatch's, never an event's, and it is no part of a quote.
 */
const WIRE_LEAD = /^[A-Z][A-Z .'-]+,[^-–—\n]{0,40}\([A-Za-z .]+\)\s*[-–—]+\s*/;

/** The length of the wire lead opening `text[start, end)`, or 0. */
export function wireLeadLength(text: string, start: number, end: number): number {
  return WIRE_LEAD.exec(text.slice(start, Math.min(end, start + 80)))?.[0].length ?? 0;
}
