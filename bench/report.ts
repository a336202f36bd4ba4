/**
 * The benchmark's outputs: a JSON result and a Markdown table in bench/results/, and the ratios on stdout.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS } from './corpus.js';

export interface Row {
  measure: string;
  value: string;
  note?: string;
}

/** Writes `bench/results/NAME.json` and `NAME.md`; returns the Markdown. */
export function writeResults(name: string, result: object, rows: Row[]): string {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const md = [
    `# newsgraph benchmark (${name})`,
    '',
    '| measure | value | note |',
    '|---|---:|---|',
    ...rows.map((r) => `| ${r.measure} | ${r.value} | ${r.note ?? ''} |`),
    '',
  ].join('\n');
  writeFileSync(join(RESULTS, `${name}.md`), md);
  return md;
}

export const kchars = (x: number) => `${(x / 1000).toFixed(1)} k chars/s`;
export const ratio = (x: number) => `${x.toFixed(2)}×`;
