/**
 * A small SVG chart of one commitment series: a bar per period for the targets (summed), and each baseline as a
 * dashed line — an annual baseline drawn per period when the targets are quarterly or monthly.
 */
import type { CommitmentEntry, CommitmentSeries } from '../api-types';
import { amount, period, periodsPerYear } from '../format';
import { useT } from '../i18n';

const W = 380;
const H = 210;
const TOP = 24;
const BOTTOM = 44;
const LEFT = 10;

interface Baseline {
  entry: CommitmentEntry;
  /** The value per charted period. */
  value: number;
  scaled: boolean;
}

export function CommitmentChart({ series }: { series: CommitmentSeries }) {
  const t = useT();
  const sums = new Map<string, number>();
  for (const i of series.targets) {
    const e = series.entries[i]!;
    if (e.period) sums.set(e.period, (sums.get(e.period) ?? 0) + e.quantity.value);
  }
  const periods = [...sums.keys()].sort();
  if (periods.length === 0) return null;
  const perYear = periodsPerYear(periods[0]!);
  const baselines: Baseline[] = series.baselines.slice(0, 3).map((i) => {
    const entry = series.entries[i]!;
    const scaled = entry.per_year && perYear > 1;
    return { entry, value: scaled ? entry.quantity.value / perYear : entry.quantity.value, scaled };
  });
  const max = Math.max(...sums.values(), ...baselines.map((b) => b.value)) * 1.18 || 1;
  const height = H + baselines.length * 16;
  const plotW = W - LEFT * 2;
  const plotH = H - TOP - BOTTOM;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const slot = plotW / periods.length;
  const barW = Math.min(64, slot * 0.55);
  const item = series.item_name ?? series.item ?? `${t('unnamedItem')} (${series.unit})`;
  const title = t('chartTitle', { item });
  return (
    <figure class="chart" data-testid="commitment-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} width={W} height={height} role="img" aria-label={title}>
        <title>{title}</title>
        <line x1={LEFT} x2={W - LEFT} y1={TOP + plotH} y2={TOP + plotH} class="axis" />
        {periods.map((p, i) => {
          const v = sums.get(p)!;
          const x = LEFT + slot * i + (slot - barW) / 2;
          return (
            <g key={p} class="bar">
              <rect x={x} y={y(v)} width={barW} height={TOP + plotH - y(v)} rx={2} />
              <text x={x + barW / 2} y={y(v) - 5} text-anchor="middle" class="bar-value">{amount(v, series.unit, t.lang)}</text>
              <text x={x + barW / 2} y={TOP + plotH + 16} text-anchor="middle" class="bar-label">{period(p, t.lang)}</text>
            </g>
          );
        })}
        {baselines.map((b, i) => (
          <g key={i} class="baseline">
            <line x1={LEFT} x2={W - LEFT} y1={y(b.value)} y2={y(b.value)} />
            {/* The legend sits under the axis, so it never covers a bar. */}
            <line x1={LEFT} x2={LEFT + 22} y1={H + i * 16 - 4} y2={H + i * 16 - 4} />
            <text x={LEFT + 28} y={H + i * 16}>
              {t('baseline')}{b.entry.period ? ` ${period(b.entry.period, t.lang)}` : ''}: {b.entry.per_year ? `${t('perYear')} ` : ''}{amount(b.entry.quantity.value, series.unit, t.lang)}
              {b.scaled ? ` = ${t('perPeriod', { value: amount(b.value, series.unit, t.lang), period: perYear === 4 ? t.word('quarter') : t.word('month') })}` : ''}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
