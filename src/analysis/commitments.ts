/**
 * Commitments: an article's quantities grouped by item and unit, each marked as a target (pledged, traded or
 * agreed, or — when no event links it — an amount for a period not over when the article appeared), a
 * baseline (an earlier or standing amount the article compares the targets with, such as an annual figure agreed
 * last year) or merely stated. Durations, ages, temperatures and other measures are left out.
 * Pure (no Node APIs), so the web UI draws the same groups the API returns.
 */
import type { Analysis, EventRecord, Quantity } from './contract.js';

export type CommitmentKind = 'pledge' | 'trade' | 'agreement' | 'target' | 'baseline' | 'stated';

export interface CommitmentEntry {
  /** Index into `analysis.quantities`. */
  index: number;
  quantity: Quantity;
  kind: CommitmentKind;
  /** The quantity's period, or for a baseline the time its sentence states before it (昨年 → 2025). */
  period: string | null;
  /** An annual rate (年間…, … a year): a chart compares it per period. */
  per_year: boolean;
  /** The event that states it, where one does. */
  event: { id: string; type: string; modality: string; actor: string | null } | null;
  /** The sentence it stands in. */
  evidence: { start: number; end: number; text: string };
}

export interface CommitmentSeries {
  /** The item's entity id, or null for amounts of nothing named. */
  item: string | null;
  item_name: string | null;
  unit: string;
  entries: CommitmentEntry[];
  /** Which entries are targets and which baselines, as indexes into `entries`. */
  targets: number[];
  baselines: number[];
}

const KIND_OF_EVENT: Record<string, CommitmentKind> = { commitment: 'pledge', trade: 'trade', agreement: 'agreement' };
/** Units that measure time, age, temperature, speed or change rather than an amount anyone could pledge or trade. */
const NOT_AMOUNTS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'age', 'celsius', 'db', 'kn', 'point', 'multiple']);
const ANNUAL_BEFORE = /(年間|毎年|年)\s*$/u;
const ANNUAL_AFTER = /^\s*(a year|per year|annually|each year)/iu;

function sentenceIndex(a: Analysis, offset: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function linkedEvents(a: Analysis): Map<number, EventRecord> {
  const out = new Map<number, EventRecord>();
  for (const e of a.events) {
    for (const i of e.quantities) {
      const known = out.get(i);
      if (!known || (KIND_OF_EVENT[e.type] && !KIND_OF_EVENT[known.type])) out.set(i, e);
    }
  }
  return out;
}

/** The last day a period can mean (`2026` → 2026-12-31, `2026-Q1` → 2026-03-31, `2026-02` → 2026-02-31 as a bound). */
function lastDay(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${q[1]}-${String(Number(q[2]) * 3).padStart(2, '0')}-31`;
  if (/^\d{4}$/.test(period)) return `${period}-12-31`;
  if (/^\d{4}-\d{2}$/.test(period)) return `${period}-31`;
  return period;
}

/** The last time expression before `q` in sentence `s`: what a baseline without a period refers to. */
function timeBefore(a: Analysis, q: Quantity, s: number): string | null {
  const sentence = a.sentences[s];
  if (!sentence) return null;
  let best: string | null = null;
  for (const t of a.times) if (t.start >= sentence.start && t.end <= q.start) best = t.value;
  return best;
}

/** The commitment series of one analysis: one per item (or no item) and unit that has a target, in text order. */
export function commitmentsOf(a: Analysis): CommitmentSeries[] {
  const events = linkedEvents(a);
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const entries: (CommitmentEntry & { sentence: number })[] = a.quantities.flatMap((q, index) => {
    if (NOT_AMOUNTS.has(q.unit)) return [];
    const s = sentenceIndex(a, q.start);
    const sentence = a.sentences[s];
    const ev = events.get(index) ?? null;
    const actor = ev ? (ev.participants.find((p) => p.role === 'source') ?? ev.participants[0])?.text ?? null : null;
    return [{
      index, quantity: q, sentence: s, kind: (ev && KIND_OF_EVENT[ev.type]) || 'stated', period: q.period,
      per_year: ANNUAL_BEFORE.test(a.text.slice(Math.max(0, q.start - 3), q.start)) || ANNUAL_AFTER.test(a.text.slice(q.end, q.end + 16)),
      event: ev ? { id: ev.id, type: ev.type, modality: ev.modality, actor } : null,
      evidence: sentence ? { start: sentence.start, end: sentence.end, text: a.text.slice(sentence.start, sentence.end) } : { start: q.start, end: q.end, text: q.text },
    }];
  });
  const published = a.document.published?.slice(0, 10) ?? null;
  const groups = new Map<string, (CommitmentEntry & { sentence: number })[]>();
  // Amounts of no named item form their own series per unit (until entity linking names the item).
  for (const e of entries) {
    const key = `${e.quantity.item}\u0000${e.quantity.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const series: CommitmentSeries[] = [];
  for (const members of groups.values()) {
    const first = members[0]!.quantity;
    const linked = members.some((m) => m.kind !== 'stated');
    // Without events linking amounts, an amount for a period not yet over when the article appeared is a target;
    // amounts for periods already past are what was done, and may serve as baselines.
    for (const m of members) if (!linked && m.period && !(published && lastDay(m.period) < published)) m.kind = 'target';
    const targets = members.filter((m) => m.kind !== 'stated');
    if (targets.length === 0) continue;
    const earliest = targets.map((t) => t.period).filter((p): p is string => !!p).sort()[0] ?? null;
    const near = new Set(targets.flatMap((t) => [t.sentence, t.sentence + 1]));
    // Amounts of the same unit said right beside the targets, for no later period: what they are measured against.
    const candidates = entries.filter((e) => e.kind === 'stated' && e.quantity.unit === first.unit && near.has(e.sentence)
      && (e.quantity.item == null || e.quantity.item === first.item));
    const baselines: typeof entries = [];
    for (const c of candidates) {
      const ref = c.period ?? timeBefore(a, c.quantity, c.sentence);
      // A period at or after the first target's (and no wider than it) is a target-like amount, not a baseline.
      if (ref && earliest && ref >= earliest && ref.length >= earliest.length) continue;
      baselines.push({ ...c, kind: 'baseline', period: ref });
    }
    const all = [...members.filter((m) => !baselines.some((b) => b.index === m.index)), ...baselines].sort((x, y) => x.index - y.index);
    series.push({
      item: first.item,
      item_name: first.item ? (names.get(first.item) ?? null) : null,
      unit: first.unit,
      entries: all.map(({ sentence: _s, ...e }) => e),
      targets: all.flatMap((e, i) => (e.kind !== 'stated' && e.kind !== 'baseline' ? [i] : [])),
      baselines: all.flatMap((e, i) => (e.kind === 'baseline' ? [i] : [])),
    });
  }
  return series;
}
