/**
 * Amounts in English text: money ($5 billion, 3.2 billion yuan), measures and counts (30 million tonnes, 2,000
 * troops, 4 missiles) and percentages (25%, 3.5 percent), in the same units as the Japanese finder, with the
 * approximations and bounds written before them (about, more than, at least, up to). The item is a commodity or
 * product named after "of" (30 million tonnes of Chinese grain).
 */
import type { Entity, Quantity, QuantityBound, TimeExpression } from '../../analysis/contract.js';
import { span } from '../../spans.js';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6 };
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
const CURRENCY: Record<string, string> = {
  dollar: 'usd', dollars: 'usd', yuan: 'cny', renminbi: 'cny', yen: 'jpy', euro: 'eur', euros: 'eur', rouble: 'rub',
  roubles: 'rub', ruble: 'rub', rubles: 'rub', won: 'krw', pound: 'gbp', pounds: 'gbp', rupees: 'inr',
};
const UNIT: Record<string, string> = {
  tonne: 't', tonnes: 't', ton: 't', tons: 't', barrel: 'bbl', barrels: 'bbl', kilometre: 'km', kilometres: 'km',
  kilometer: 'km', kilometers: 'km', km: 'km', mile: 'mi', miles: 'mi', people: 'person', persons: 'person',
  soldiers: 'person', troops: 'person', civilians: 'person', workers: 'person', missile: 'round', missiles: 'round',
  aircraft: 'aircraft', jets: 'aircraft', ships: 'ship', vessels: 'ship', percent: 'percent', '%': 'percent',
  years: 'year', months: 'month', weeks: 'week', days: 'day', hours: 'hour', votes: 'vote', countries: 'country',
};
const BOUNDS: [RegExp, QuantityBound | null, boolean][] = [
  [/(?:more than|over|above)\s+$/i, 'over', false], [/at least\s+$/i, 'min', false], [/(?:up to|at most)\s+$/i, 'max', false],
  [/(?:less than|under|below|fewer than)\s+$/i, 'under', false],
  [/(?:about|around|nearly|almost|roughly|approximately|some)\s+$/i, null, true],
];

const NUMBER = `(\\d[\\d,]*(?:\\.\\d+)?|${Object.keys(WORDS).join('|')})`;
const SCALES = `(?:\\s*(thousand|million|billion|trillion|bn|m)\\b)?`;
const AMOUNT = new RegExp(
  [
    `(?:US)?\\$\\s?${NUMBER}${SCALES}`,
    `\\b${NUMBER}${SCALES}\\s*(${[...Object.keys(CURRENCY), ...Object.keys(UNIT).filter((u) => u !== '%')].join('|')})\\b`,
    `\\b${NUMBER}\\s?(%)`,
    `\\b${NUMBER}\\s+(per ?cent)\\b`,
  ].join('|'),
  'gi',
);

/**
 * The amounts of English `text`, with items from `entities` (commodities and products) and periods from `times`:
 * a time right after the amount and its item (20 million tonnes of soybeans this quarter); an amount with no item
 * of its own takes the item of the amount before it in the sentence with the same unit (…and 25 million tonnes).
 */
export function findEnglishQuantities(text: string, entities: readonly Entity[], times: readonly TimeExpression[] = []): Quantity[] {
  const items = entities.filter((e) => e.type === 'COMMODITY' || e.type === 'PRODUCT')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id })));
  const out: Quantity[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const read = reading(m);
    if (!read) continue;
    const q: Quantity = { ...span(text, m.index, m.index + m[0].length), value: read.value, unit: read.unit, item: null, period: null };
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    for (const [re, bound, approx] of BOUNDS) {
      if (!re.test(before)) continue;
      if (bound) q.bound = bound;
      if (approx) q.approx = true;
    }
    // 30 million tonnes of (Chinese) grain
    const of = /^\s+of\s+(?:[A-Za-z-]+\s+){0,2}/.exec(text.slice(q.end, q.end + 40));
    const item = of ? items.find((i) => i.start >= q.end && i.start <= q.end + of[0].length) : undefined;
    const prev = out[out.length - 1];
    const sameSentence = prev !== undefined && !/[.!?]\s/.test(text.slice(prev.end, q.start));
    q.item = item?.id ?? (sameSentence && prev.unit === q.unit ? prev.item : null);
    const after = item?.end ?? q.end;
    const t = times.find((x) => x.start >= after && x.start - after <= 12 && !/[.,;]/.test(text.slice(after, x.start)));
    if (t) q.period = t.value;
    out.push(q);
  }
  return out;
}

function reading(m: RegExpMatchArray): { value: number; unit: string } | null {
  const g = m.slice(1);
  const number = (s: string | undefined) => (s === undefined ? NaN : WORDS[s.toLowerCase()] ?? Number(s.replace(/,/g, '')));
  const scale = (s: string | undefined) => (s ? SCALE[s.toLowerCase()] ?? 1 : 1);
  if (g[0] !== undefined) return { value: number(g[0]) * scale(g[1]), unit: 'usd' };
  if (g[2] !== undefined) {
    const word = g[4]!.toLowerCase();
    const unit = CURRENCY[word] ?? UNIT[word];
    return unit ? { value: number(g[2]) * scale(g[3]), unit } : null;
  }
  if (g[5] !== undefined) return { value: number(g[5]), unit: 'percent' };
  if (g[7] !== undefined) return { value: number(g[7]), unit: 'percent' };
  return null;
}
