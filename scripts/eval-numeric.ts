/**
 * Recall of the time and quantity layers on UD Japanese GSD (dev): the share of gold DATE, MONEY, QUANTITY and
 * PERCENT spans that newsgraph finds. A gold span counts as found when a time expression or a quantity of the
 * analysis overlaps it by at least one character ("any"); the "typed" column asks for the matching layer and
 * unit — DATE: a time, or a duration quantity (GSD tags 5年間, 1か月 as DATE); MONEY: a currency; PERCENT: a
 * percent or point quantity; QUANTITY: any quantity. GSD sentences carry no date, so every sentence is analysed
 * with the same reference date (REFERENCE below).
 *
 * usage: node dist/scripts/eval-numeric.js [DEV.jsonl] [--misses]
 */
import { readFileSync } from 'node:fs';
import { analyzeDoc } from '../src/analyze.js';
import type { Quantity, TimeExpression } from '../src/analysis/contract.js';
import { overlaps, type Range } from '../src/spans.js';

const REFERENCE = '2012-01-01';
const DEFAULT_PATH = '../shared/datasets/ner-ja/ud-gsd/dev.jsonl';
const TYPES = ['DATE', 'MONEY', 'QUANTITY', 'PERCENT'] as const;
type GoldType = (typeof TYPES)[number];
const DURATIONS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);
const MONEY = /^[a-z]{3}$/;

interface GsdLine {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string; text: string }[];
}

function typedHit(type: GoldType, gold: Range, times: readonly TimeExpression[], quantities: readonly Quantity[]): boolean {
  const q = quantities.filter((x) => overlaps(x, gold));
  switch (type) {
    case 'DATE':
      return times.some((t) => overlaps(t, gold)) || q.some((x) => DURATIONS.has(x.unit));
    case 'MONEY':
      return q.some((x) => MONEY.test(x.unit) && !DURATIONS.has(x.unit));
    case 'PERCENT':
      return q.some((x) => x.unit === 'percent' || x.unit === 'point');
    case 'QUANTITY':
      return q.length > 0;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--')) ?? DEFAULT_PATH;
  const showMisses = args.includes('--misses');
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    console.error(`${path}: not found — give the UD GSD dev.jsonl (../shared/datasets/ner-ja/ud-gsd/dev.jsonl)`);
    process.exit(1);
  }
  const counts = Object.fromEntries(TYPES.map((t) => [t, { gold: 0, any: 0, typed: 0 }])) as Record<GoldType, { gold: number; any: number; typed: number }>;
  const misses: string[] = [];
  let unmatched = 0;
  let found = 0;
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const s = JSON.parse(line) as GsdLine;
    const doc = await analyzeDoc({ text: s.text, id: s.id }, { published: REFERENCE });
    const times = doc.get('times');
    const quantities = doc.get('quantities');
    const golds = s.entities.filter((e): e is GsdLine['entities'][number] & { type: GoldType } => (TYPES as readonly string[]).includes(e.type));
    for (const g of golds) {
      const c = counts[g.type];
      c.gold++;
      const any = times.some((t) => overlaps(t, g)) || quantities.some((q) => overlaps(q, g));
      if (any) c.any++;
      if (typedHit(g.type, g, times, quantities)) c.typed++;
      else if (showMisses) misses.push(`${g.type}\t${g.text}\t${s.text}`);
    }
    const numericGold = s.entities.filter((e) => ['DATE', 'TIME', 'MONEY', 'QUANTITY', 'PERCENT', 'CARDINAL', 'ORDINAL'].includes(e.type));
    for (const x of [...times, ...quantities]) {
      found++;
      if (!numericGold.some((g) => overlaps(x, g))) unmatched++;
    }
  }
  const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '—');
  console.log(`UD GSD dev, reference date ${REFERENCE}`);
  console.log('type      gold  recall(any)  recall(typed)');
  for (const t of TYPES) {
    const c = counts[t];
    console.log(`${t.padEnd(9)} ${String(c.gold).padStart(4)}  ${pct(c.any, c.gold).padStart(11)}  ${pct(c.typed, c.gold).padStart(13)}`);
  }
  console.log(`found ${found} times and quantities; ${unmatched} overlap no numeric gold span (DATE TIME MONEY QUANTITY PERCENT CARDINAL ORDINAL)`);
  if (showMisses) for (const m of misses) console.log(m);
}

await main();
