/**
 * `newsgraph eval` must score exactly as ../shared/tools/score-gold.py does. Both score the same synthetic analyses
 * of every dev article — built from the gold with deliberate errors in every layer — and must agree on every count.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Analysis, Entity, EventRecord, Quote } from '../src/analysis/contract.js';
import { readGold, type Gold } from '../src/eval/gold.js';
import { place, PRF_LAYERS, score } from '../src/eval/score.js';
import { span } from '../src/spans.js';
import { DEV, SHARED, needsShared } from './helpers/shared.js';

function pythonWithYaml(): string | false {
  const r = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });
  return r.status === 0 ? false : 'python3 with PyYAML is needed to run the reference scorer';
}

/** An analysis made from the gold, with misses, false items, splits and wrong values mixed in. */
function synthetic(gold: Gold, text: string): Analysis {
  const entities: Entity[] = [];
  gold.entities.forEach((g, i) => {
    if (i % 5 === 4) return; // a miss
    const mentions = g.forms.flatMap((f) => {
      const at = text.indexOf(f);
      return at >= 0 ? [span(text, at, at + f.length)] : [];
    });
    if (!mentions.length) return;
    const type = (i % 7 === 3 ? 'LAW' : [g.type].flat()[0]) as Entity['type'];
    entities.push({ id: `e${i}`, name: g.forms[0]!, names: {}, wikidata: null, type, mentions, roles: [] });
    if (i % 6 === 1) entities.push({ id: `split${i}`, name: g.forms[0]!, names: {}, wikidata: null, type, mentions: mentions.slice(0, 1), roles: [] });
  });
  const bogus = text.indexOf('。');
  if (bogus > 2) entities.push({ id: 'bogus', name: 'x', names: {}, wikidata: null, type: 'ORG', mentions: [span(text, bogus - 2, bogus)], roles: [] });
  const idOf = new Map(gold.entities.map((g, i) => [g.id, `e${i}`]));
  const quotes: Quote[] = gold.quotes.map((q, i): Quote => {
    const [s, e] = place(text, q.core, q.occurrence ?? 1);
    const generic = q.speaker.startsWith('generic:');
    const cut = i % 4 === 2 ? s + Math.floor((e - s) / 3) : e; // too short to count
    return {
      speaker: generic ? null : (idOf.get(q.speaker) ?? null), speaker_text: generic ? q.speaker.slice(8) : null,
      kind: 'direct', cue: null, content: span(text, s, cut), about: [],
    };
  }).filter((q) => q.speaker === null || entities.some((e) => e.id === q.speaker));
  const events: EventRecord[] = gold.events.map((g, i) => ({
    id: `ev${i}`, type: [g.type].flat()[0] as EventRecord['type'], plover: 'X',
    participants: g.actors.map((a) => ({ entity: idOf.get(a) ?? null, role: 'participant' as const, text: a }))
      .filter((p) => p.entity && entities.some((e) => e.id === p.entity)),
    date: g.date && i % 3 !== 1 ? { value: String(g.date), precision: 'day' as const } : null,
    modality: 'asserted', attributed_to: null, quantities: [], evidence: span(text, 0, 1),
  }));
  const times = gold.times.map((t, i) => {
    const [s, e] = place(text, t.anchor, t.occurrence ?? 1);
    return { ...span(text, s, e), value: i % 4 === 1 ? '1999' : String(t.value), precision: 'day' as const };
  });
  const quantities = gold.quantities.map((q, i) => {
    const [s, e] = place(text, q.anchor, q.occurrence ?? 1);
    return { ...span(text, s, e), value: Number(q.value) * (i % 3 === 2 ? 10 : 1), unit: String(q.unit), item: null, period: null };
  });
  return {
    schema: 'newsgraph.analysis/v1',
    document: { id: gold.stem, lang: 'ja', title: String(gold.meta.title ?? ''), published: null, author: null, source: null, body: [], captions: [], sources: [] },
    text, sentences: [], entities, quotes, events, times, quantities, warnings: [],
  };
}

test('eval scores every dev article exactly as the reference scorer does', { skip: needsShared() || pythonWithYaml() }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-eval-'));
  const stems = readdirSync(DEV).filter((n) => n.endsWith('.gold.yaml')).map((n) => n.replace('.gold.yaml', ''));
  assert.ok(stems.length >= 10);
  for (const stem of stems) {
    const gold = await readGold(join(DEV, `${stem}.gold.yaml`));
    const text = readFileSync(gold.textPath, 'utf8');
    const analysis = synthetic(gold, text);
    const out = join(dir, `${stem}.json`);
    writeFileSync(out, JSON.stringify(analysis));
    const ref = spawnSync('python3', [join(SHARED, 'tools/score-gold.py'), join(DEV, `${stem}.gold.yaml`), out], { encoding: 'utf8' });
    assert.equal(ref.status, 0, ref.stderr);
    const want = JSON.parse(ref.stdout) as Record<string, { tp: number; fp: number; fn: number }>;
    const got = score(gold, analysis);
    for (const layer of PRF_LAYERS) {
      const { tp, fp, fn } = got[layer];
      assert.deepEqual({ tp, fp, fn }, { tp: want[layer]!.tp, fp: want[layer]!.fp, fn: want[layer]!.fn }, `${stem} ${layer}`);
    }
    assert.deepEqual(got.alias_merge, want.alias_merge, `${stem} alias_merge`);
    assert.deepEqual(got.meta, want.meta, `${stem} meta`);
    assert.equal(got.bad_spans, want.bad_spans as unknown as number, `${stem} bad_spans`);
  }
});
