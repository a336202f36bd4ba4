/**
 * The time and quantity layers against the hand-made answers of ../shared/corpus/dev (read, never copied):
 * matched as the official scorer does (the span overlaps the gold anchor, the value — and unit — are equal;
 * optional gold neither required nor counted against). Skips when ../shared is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { analyze } from '../src/analyze.js';
import type { Analysis } from '../src/analysis/contract.js';

const DEV = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url));
const present = existsSync(DEV);

interface GoldItem {
  anchor: string;
  occurrence?: number;
  value: unknown;
  unit?: string;
  optional?: boolean;
}

function place(text: string, anchor: string, occurrence = 1): [number, number] {
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = text.indexOf(anchor, at + 1);
  assert.ok(at >= 0, `anchor ${anchor} (${occurrence}) is in the text`);
  return [at, at + anchor.length];
}

/** true positives, false positives, false negatives of one layer. */
function score(a: Analysis, gold: GoldItem[], layer: 'times' | 'quantities'): [number, number, number] {
  const items = a[layer] as { start: number; end: number; value: unknown; unit?: string }[];
  const used = new Set<number>();
  const optional: [number, number][] = [];
  let tp = 0;
  let fn = 0;
  for (const g of gold) {
    const [s, e] = place(a.text, g.anchor, g.occurrence);
    if (g.optional) optional.push([s, e]);
    const value = g.value instanceof Date ? g.value.toISOString().slice(0, 10) : String(g.value);
    const hit = items.findIndex((x, i) => !used.has(i) && x.start < e && s < x.end && (layer === 'times'
      ? String(x.value) === value
      : Math.abs(Number(x.value) - Number(g.value)) < 1e-9 && x.unit === g.unit));
    if (hit < 0) {
      if (!g.optional) fn++;
    } else {
      used.add(hit);
      if (!g.optional) tp++;
    }
  }
  const fp = items.filter((x, i) => !used.has(i) && !optional.some(([s, e]) => x.start < e && s < x.end)).length;
  return [tp, fp, fn];
}

test('times and quantities on the dev gold articles: F1 at least 0.95 each', { skip: present ? false : `${DEV} is absent` }, async () => {
  const totals = { times: [0, 0, 0], quantities: [0, 0, 0] };
  for (const name of readdirSync(DEV).filter((f) => f.endsWith('.gold.yaml'))) {
    const stem = name.slice(0, -'.gold.yaml'.length);
    const gold = parse(readFileSync(DEV + name, 'utf8')) as { times?: GoldItem[]; quantities?: GoldItem[] };
    const a = await analyze({ text: readFileSync(`${DEV}${stem}.txt`, 'utf8'), id: stem });
    for (const layer of ['times', 'quantities'] as const) {
      score(a, gold[layer] ?? [], layer).forEach((n, i) => (totals[layer][i]! += n));
    }
  }
  for (const [layer, [tp, fp, fn]] of Object.entries(totals)) {
    const f1 = (2 * tp!) / (2 * tp! + fp! + fn!);
    assert.ok(f1 >= 0.95, `${layer}: tp ${tp} fp ${fp} fn ${fn}, F1 ${f1.toFixed(3)}`);
  }
});
