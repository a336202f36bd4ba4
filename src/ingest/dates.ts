/**
 * Explicit calendar dates as they appear in datelines and source lists: 2026/02/10, 2026-02-10, 2026.02.10,
 * 2026年2月10日, 令和8年2月10日 (full-width digits too), March 3, 2026 and 3 March 2026. Relative and partial
 * dates are the time layer's job.
 */

/** A full date found in a text, with where it stands. */
export interface FoundDate {
  start: number;
  end: number;
  /** ISO date, YYYY-MM-DD. */
  value: string;
}

const ERA_START: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926, 大正: 1912, 明治: 1868 };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

const DATE = new RegExp(
  [
    '([0-9０-９]{4})\\s*[/／.．-]\\s*([0-9０-９]{1,2})\\s*[/／.．-]\\s*([0-9０-９]{1,2})(?![0-9０-９])',
    '([0-9０-９]{4})\\s*年\\s*([0-9０-９]{1,2})\\s*月\\s*([0-9０-９]{1,2})\\s*日',
    '(令和|平成|昭和|大正|明治)\\s*([0-9０-９]{1,2}|元)\\s*年\\s*([0-9０-９]{1,2})\\s*月\\s*([0-9０-９]{1,2})\\s*日',
    // English: March 3, 2026 / Mar. 3 2026 / 3 March 2026
    `\\b(${MONTH_NAME})\\.?\\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\\s+([0-9]{4})\\b`,
    `\\b([0-9]{1,2})\\s+(${MONTH_NAME})\\.?,?\\s+([0-9]{4})\\b`,
  ].join('|'),
  'gi',
);

/** The month (1–12) an English month name or abbreviation names. */
function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Converts full-width digits to ASCII and parses. */
export function toInt(s: string): number {
  let ascii = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    ascii += c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 0x30) : ch;
  }
  return Number.parseInt(ascii, 10);
}

/** Formats a valid calendar date as YYYY-MM-DD, or null for an impossible one (2月30日). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every explicit full date in `text[from, to)`, in order. */
export function findDates(text: string, from = 0, to = text.length): FoundDate[] {
  const out: FoundDate[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(DATE)) {
    let value: string | null = null;
    if (m[1]) value = isoDate(toInt(m[1]), toInt(m[2]!), toInt(m[3]!));
    else if (m[4]) value = isoDate(toInt(m[4]), toInt(m[5]!), toInt(m[6]!));
    else if (m[7]) {
      const year = m[8] === '元' ? 1 : toInt(m[8]!);
      value = isoDate(ERA_START[m[7]]! + year - 1, toInt(m[9]!), toInt(m[10]!));
    } else if (m[11]) value = isoDate(toInt(m[13]!), monthOf(m[11]), toInt(m[12]!));
    else if (m[14]) value = isoDate(toInt(m[16]!), monthOf(m[15]!), toInt(m[14]));
    if (value) out.push({ start: from + m.index, end: from + m.index + m[0].length, value });
  }
  return out;
}

/** The date part of an ISO date-time as written (its own time zone kept), or null. */
export function dateOfTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return isoDate(toInt(m[1]!), toInt(m[2]!), toInt(m[3]!));
  const found = findDates(value);
  return found[0]?.value ?? null;
}
