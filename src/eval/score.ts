/**
 * Scores one analysis against its gold answers, layer by layer, with the definitions of
 * ../shared/tools/score-gold.py (a test cross-checks the two on the dev articles): entities by overlap votes,
 * quotes by speaker and half-core coverage, events by type, actors and date, times and quantities by overlap and
 * value.
 */
import type { Analysis } from '../analysis/contract.js';
import type { Gold, GoldAnchored } from './gold.js';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Misses {
  fp: string[];
  fn: string[];
}

export interface Score {
  entities: Prf;
  entities_typed: Prf;
  alias_merge: { ok: number; total: number; rate: number };
  quotes: Prf;
  events: Prf;
  times: Prf;
  quantities: Prf;
  meta: { ok: number; total: number };
  bad_spans: number;
  misses: {
    entities: Misses;
    entities_typed: Misses;
    alias_merge: string[];
    quotes: Misses;
    events: Misses;
    times: Misses;
    quantities: Misses;
    meta: Record<string, [unknown, unknown]>;
  };
}

export const PRF_LAYERS = ['entities', 'entities_typed', 'quotes', 'events', 'times', 'quantities'] as const;
export type PrfLayer = (typeof PRF_LAYERS)[number];

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** Precision, recall and F1 from counts (an empty system and empty gold score 1). */
export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, precision: round4(p), recall: round4(r), f1: round4(f) };
}

type Pair = [number, number];

function findAll(text: string, s: string): number[] {
  const out: number[] = [];
  if (!s) return out;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push(i);
  return out;
}

/** Where the `occurrence`-th copy of `anchor` stands. @throws Error when the text has fewer copies. */
export function place(text: string, anchor: string, occurrence = 1): Pair {
  const hits = findAll(text, anchor);
  if (hits.length < occurrence) throw new Error(`anchor ${JSON.stringify(anchor)} occurrence ${occurrence} not in text (${hits.length} found)`);
  const s = hits[occurrence - 1]!;
  return [s, s + anchor.length];
}

const overlap = (a: Pair, b: Pair) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const asList = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);

/** Scores `sys` against `gold`. */
export function score(gold: Gold, sys: Analysis): Score {
  const text = sys.text;
  // Gold entity occurrences: longest form first, non-overlapping.
  const forms = gold.entities.flatMap((e) => e.forms.map((f) => ({ f, id: e.id })));
  forms.sort((a, b) => b.f.length - a.f.length);
  const taken: Pair[] = [];
  const occ: { span: Pair; id: string }[] = [];
  for (const { f, id } of forms) {
    for (const s of findAll(text, f)) {
      const sp: Pair = [s, s + f.length];
      if (taken.some((t) => overlap(sp, t) > 0)) continue;
      taken.push(sp);
      occ.push({ span: sp, id });
    }
  }
  const gmap = new Map(gold.entities.map((e) => [e.id, e]));
  const sys2gold = new Map<string, string>();
  for (const se of sys.entities) {
    const votes = new Map<string, number>();
    for (const m of se.mentions) {
      for (const o of occ) {
        const ov = overlap([m.start, m.end], o.span);
        if (ov > 0) votes.set(o.id, (votes.get(o.id) ?? 0) + ov);
      }
    }
    let best: string | null = null;
    let bestVotes = -1;
    for (const [id, v] of votes) if (v > bestVotes) [best, bestVotes] = [id, v];
    if (best) sys2gold.set(se.id, best);
  }

  const misses: Score['misses'] = {
    entities: { fp: [], fn: [] }, entities_typed: { fp: [], fn: [] }, alias_merge: [], quotes: { fp: [], fn: [] },
    events: { fp: [], fn: [] }, times: { fp: [], fn: [] }, quantities: { fp: [], fn: [] }, meta: {},
  };
  const entityScore = (typed: boolean): Prf => {
    const seen = new Set<string>();
    let tp = 0;
    let fp = 0;
    const m = typed ? misses.entities_typed : misses.entities;
    for (const se of sys.entities) {
      const g = sys2gold.get(se.id);
      if (!g) {
        fp++;
        m.fp.push(`${se.name}[${se.type}]`);
        continue;
      }
      const ge = gmap.get(g)!;
      if (ge.optional) continue;
      const okType = asList(ge.type).includes(se.type);
      if (seen.has(g) || (typed && !okType)) {
        fp++;
        m.fp.push(`${se.name}[${se.type}]->${g}${seen.has(g) ? '(split)' : '(type)'}`);
        continue;
      }
      seen.add(g);
      tp++;
    }
    m.fn = gold.entities.filter((e) => !e.optional && !seen.has(e.id)).map((e) => e.id);
    return prf(tp, fp, m.fn.length);
  };
  const entities = entityScore(false);
  const entitiesTyped = entityScore(true);

  // Alias merging: every occurrence of a multi-form gold entity covered by one system entity.
  let mergedOk = 0;
  let mergedTotal = 0;
  for (const e of gold.entities) {
    if (e.optional) continue;
    const places = occ.filter((o) => o.id === e.id);
    if (new Set(places.map((o) => text.slice(o.span[0], o.span[1]))).size < 2) continue;
    mergedTotal++;
    const owners = new Set<string>();
    for (const o of places) {
      const own = sys.entities.filter((se) => se.mentions.some((m) => overlap([m.start, m.end], o.span) > 0)).map((se) => se.id);
      owners.add(own.length === 1 ? own[0]! : own.length === 0 ? '\u0000none' : JSON.stringify(own.sort()));
    }
    if (owners.size === 1 && !owners.has('\u0000none')) mergedOk++;
    else misses.alias_merge.push(e.id);
  }

  // Quotes.
  const speakerOk = (gSpeaker: string, q: Analysis['quotes'][number]) =>
    gSpeaker.startsWith('generic:')
      ? (q.speaker_text ?? '').includes(gSpeaker.slice('generic:'.length))
      : q.speaker != null && sys2gold.get(q.speaker) === gSpeaker;
  const usedQ = new Set<number>();
  let qtp = 0;
  for (const gq of gold.quotes) {
    const core = place(text, gq.core, gq.occurrence ?? 1);
    const hit = sys.quotes.findIndex((q, i) => !usedQ.has(i) && q.content &&
      overlap([q.content.start, q.content.end], core) * 2 >= core[1] - core[0] && speakerOk(gq.speaker, q));
    if (hit < 0) misses.quotes.fn.push(`${gq.speaker}: ${gq.core.slice(0, 30)}`);
    else {
      usedQ.add(hit);
      qtp++;
    }
  }
  misses.quotes.fp = sys.quotes.filter((_, i) => !usedQ.has(i)).map((q) => `${q.speaker_text}: ${(q.content?.text ?? '').slice(0, 30)}`);
  const quotes = prf(qtp, misses.quotes.fp.length, misses.quotes.fn.length);

  // Events.
  const evIds = (ev: Analysis['events'][number]) => {
    const ids = new Set<string>();
    for (const p of ev.participants) {
      if (p.entity && p.role !== 'item') {
        const g = sys2gold.get(p.entity);
        if (g) ids.add(g);
      }
    }
    return ids;
  };
  const matchedSys = new Set<number>();
  let etp = 0;
  for (const ge of gold.events) {
    const actorSets = [ge.actors, ...(ge.alt_actors ?? [])];
    const cands: number[] = [];
    sys.events.forEach((se, i) => {
      if (!asList(ge.type).includes(se.type)) return;
      const ids = evIds(se);
      if (!actorSets.some((a) => a.every((x) => ids.has(x)))) return;
      if (ge.date !== undefined && String(se.date?.value ?? null) !== String(ge.date)) return;
      cands.push(i);
    });
    const fresh = cands.filter((i) => !matchedSys.has(i));
    const hit = fresh[0] ?? cands[0];
    if (hit === undefined) {
      if (!ge.optional) misses.events.fn.push(`${asList(ge.type)[0]}[${[...ge.actors].sort().join(', ')}]@${ge.date ?? 'None'}`);
    } else {
      matchedSys.add(hit);
      if (!ge.optional) etp++;
    }
  }
  misses.events.fp = sys.events.filter((_, i) => !matchedSys.has(i))
    .map((se) => `${se.type}[${[...evIds(se)].sort().join(', ')}]@${se.date?.value ?? 'None'}`);
  const events = prf(etp, misses.events.fp.length, misses.events.fn.length);

  const anchored = (layer: 'times' | 'quantities', goldItems: GoldAnchored[]): Prf => {
    const items = sys[layer] as { start: number; end: number; text: string; value: string | number; unit?: string }[];
    const used = new Set<number>();
    const optSpans: Pair[] = [];
    let tp = 0;
    const m = misses[layer];
    for (const gt of goldItems) {
      const sp = place(text, gt.anchor, gt.occurrence ?? 1);
      if (gt.optional) optSpans.push(sp);
      const hit = items.findIndex((st, i) => {
        if (used.has(i) || overlap([st.start, st.end], sp) === 0) return false;
        if (layer === 'times') return String(st.value) === String(gt.value);
        return st.value != null && Math.abs(Number(st.value) - Number(gt.value)) < 1e-9 &&
          String(st.unit ?? '').toLowerCase() === String(gt.unit).toLowerCase();
      });
      if (hit < 0) {
        if (!gt.optional) m.fn.push(`${gt.anchor}=${gt.value}`);
      } else {
        used.add(hit);
        if (!gt.optional) tp++;
      }
    }
    m.fp = items.filter((st, i) => !used.has(i) && !optSpans.some((o) => overlap([st.start, st.end], o) > 0))
      .map((st) => `${st.text}=${st.value}`);
    return prf(tp, m.fp.length, m.fn.length);
  };
  const times = anchored('times', gold.times);
  const quantities = anchored('quantities', gold.quantities);

  let metaOk = 0;
  const doc = sys.document as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(gold.meta)) {
    if (String(doc[k] ?? 'None') === String(v ?? 'None')) metaOk++;
    else misses.meta[k] = [v, doc[k] ?? null];
  }

  let bad = 0;
  const chk = (s: { start: number; end: number; text?: string } | null | undefined) => {
    if (s && s.text !== undefined && text.slice(s.start, s.end) !== s.text) bad++;
  };
  for (const e of sys.entities) e.mentions.forEach(chk);
  for (const q of sys.quotes) {
    chk(q.content);
    chk(q.cue);
  }
  for (const t of [...sys.times, ...sys.quantities]) chk(t);

  return {
    entities, entities_typed: entitiesTyped,
    alias_merge: { ok: mergedOk, total: mergedTotal, rate: mergedTotal ? round4(mergedOk / mergedTotal) : 1 },
    quotes, events, times, quantities,
    meta: { ok: metaOk, total: Object.keys(gold.meta).length },
    bad_spans: bad,
    misses,
  };
}

/** Sums counts over several articles (micro-average), as score-gold.py's `--many` does. */
export function mergeScores(scores: Score[]): Omit<Score, 'misses'> & { docs: number } {
  const sum = (layer: PrfLayer) => {
    const t = scores.reduce((acc, s) => [acc[0]! + s[layer].tp, acc[1]! + s[layer].fp, acc[2]! + s[layer].fn], [0, 0, 0]);
    return prf(t[0]!, t[1]!, t[2]!);
  };
  const ok = scores.reduce((a, s) => a + s.alias_merge.ok, 0);
  const total = scores.reduce((a, s) => a + s.alias_merge.total, 0);
  return {
    entities: sum('entities'), entities_typed: sum('entities_typed'), quotes: sum('quotes'), events: sum('events'),
    times: sum('times'), quantities: sum('quantities'),
    alias_merge: { ok, total, rate: total ? round4(ok / total) : 1 },
    meta: { ok: scores.reduce((a, s) => a + s.meta.ok, 0), total: scores.reduce((a, s) => a + s.meta.total, 0) },
    bad_spans: scores.reduce((a, s) => a + s.bad_spans, 0),
    docs: scores.length,
  };
}
