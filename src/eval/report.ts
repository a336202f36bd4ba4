/**
 * Human-readable evaluation reports: one table of precision, recall and F1 per layer, then the misses.
 */
import { table } from '../cli/table.js';
import { PRF_LAYERS, type Score, type mergeScores } from './score.js';

const f = (x: number) => x.toFixed(3);

/** The per-layer table for a (merged or single) score. */
export function scoreTable(s: Omit<Score, 'misses'>): string {
  const rows = PRF_LAYERS.map((layer) => {
    const p = s[layer];
    return [layer, f(p.precision), f(p.recall), f(p.f1), String(p.tp), String(p.fp), String(p.fn)];
  });
  return [
    table(['layer', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], rows),
    `alias merge ${s.alias_merge.ok}/${s.alias_merge.total}   metadata ${s.meta.ok}/${s.meta.total}   bad spans ${s.bad_spans}`,
  ].join('\n');
}

/** Every miss of one article's score, layer by layer. */
export function missesText(s: Score): string {
  const out: string[] = [];
  for (const layer of PRF_LAYERS) {
    const m = s.misses[layer];
    if (m.fn.length) out.push(`  ${layer} missed: ${m.fn.join(' · ')}`);
    if (m.fp.length) out.push(`  ${layer} false: ${m.fp.join(' · ')}`);
  }
  if (s.misses.alias_merge.length) out.push(`  not merged: ${s.misses.alias_merge.join(' · ')}`);
  for (const [k, [want, got]] of Object.entries(s.misses.meta)) out.push(`  meta ${k}: want ${String(want)}, got ${String(got)}`);
  return out.join('\n');
}

/** The whole report: overall table, then per article a line of F1s and (verbose) its misses. */
export function report(overall: ReturnType<typeof mergeScores>, perDoc: Map<string, Score>, verbose: boolean): string {
  const out = [`${overall.docs} articles`, scoreTable(overall), ''];
  for (const [stem, s] of perDoc) {
    out.push(`${stem}: ${PRF_LAYERS.map((l) => `${l} ${f(s[l].f1)}`).join('  ')}`);
    if (verbose) {
      const misses = missesText(s);
      if (misses) out.push(misses);
    }
  }
  return out.join('\n');
}
