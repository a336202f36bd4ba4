/**
 * Store query latency, for `npm run bench`: entity dossiers and event queries on a built store, as p50/p95/max
 * milliseconds. `measureStoreQueries` is the function a benchmark runner calls; run this file directly to
 * measure a store from the command line:
 *
 *   node dist/bench/store.js --db newsgraph.db [--runs 5] [--names 小泉純一郎,ブッシュ]
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/open.js';
import { dossier, events } from '../src/store/query/index.js';
import type { Store } from '../src/store/store.js';

export interface Latency {
  samples: number;
  /** Wall-clock milliseconds. */
  p50: number;
  p95: number;
  max: number;
  /** CPU milliseconds of this process (SQLite's work; for PostgreSQL only the client's), which a busy machine does not inflate. */
  cpu_p50: number;
  cpu_p95: number;
}

export interface StoreBench {
  store: string;
  documents: number;
  entities: number;
  events: number;
  /** Names the dossiers were asked for. */
  names: string[];
  dossier: Latency;
  events_by_actor: Latency;
  events_filtered: Latency;
}

interface Sample {
  wall: number;
  cpu: number;
}

function latency(samples: Sample[]): Latency {
  const pct = (xs: number[], q: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
  };
  const round = (x: number) => Math.round(x * 100) / 100;
  const wall = samples.map((x) => x.wall);
  const cpu = samples.map((x) => x.cpu);
  return {
    samples: samples.length, p50: round(pct(wall, 0.5)), p95: round(pct(wall, 0.95)), max: round(pct(wall, 1)),
    cpu_p50: round(pct(cpu, 0.5)), cpu_p95: round(pct(cpu, 0.95)),
  };
}

async function timed(fn: () => Promise<unknown>): Promise<Sample> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

/**
 * Times dossiers for the most reported entities (and `names`), events by each of those actors, and event
 * queries by type and date window, `runs` times each after one warm-up pass.
 */
export async function measureStoreQueries(store: Store, options: { runs?: number; names?: string[]; top?: number } = {}): Promise<StoreBench> {
  const runs = options.runs ?? 5;
  const top = await store.db.all<{ name: string }>(
    `SELECT e.name FROM doc_entities de JOIN entities e ON e.id = de.entity WHERE e.canonical IS NULL
     GROUP BY e.id, e.name ORDER BY COUNT(*) DESC LIMIT ?`, [options.top ?? 40],
  );
  const names = [...new Set([...(options.names ?? []), ...top.map((t) => t.name)])];
  const types = (await store.db.all<{ type: string }>('SELECT DISTINCT type FROM events')).map((t) => t.type);
  const span = await store.db.get<{ first: string | null; last: string | null }>('SELECT MIN(published) AS first, MAX(published) AS last FROM documents');
  const windows: { from: string; to: string }[] = [];
  if (span?.first && span.last) {
    const a = Date.parse(span.first.slice(0, 10));
    const b = Date.parse(span.last.slice(0, 10));
    for (let i = 0; i < 10; i++) {
      const from = a + ((b - a) * i) / 10;
      windows.push({ from: new Date(from).toISOString().slice(0, 10), to: new Date(from + 90 * 86_400_000).toISOString().slice(0, 10) });
    }
  }
  const filters = [{}, ...types.map((type) => ({ type })), ...windows, ...types.slice(0, 3).flatMap((type) => windows.slice(0, 3).map((w) => ({ type, ...w })))];

  const d: Sample[] = [];
  const byActor: Sample[] = [];
  const filtered: Sample[] = [];
  for (let run = 0; run <= runs; run++) {
    const keep = run > 0;
    for (const name of names) {
      const t1 = await timed(() => dossier(store, name));
      const t2 = await timed(() => events(store, { actor: name, limit: 50 }));
      if (keep) {
        d.push(t1);
        byActor.push(t2);
      }
    }
    for (const f of filters) {
      const t = await timed(() => events(store, { ...f, limit: 50 }));
      if (keep) filtered.push(t);
    }
  }
  const stats = await store.stats();
  return {
    store: store.location, documents: stats.documents, entities: stats.entities, events: stats.events, names,
    dossier: latency(d), events_by_actor: latency(byActor), events_filtered: latency(filtered),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string' }, names: { type: 'string' } } });
  const store = await openStore(values.db ?? process.env.NEWSGRAPH_DB ?? './newsgraph.db');
  try {
    const result = await measureStoreQueries(store, { runs: values.runs ? Number(values.runs) : undefined, names: values.names?.split(',') ?? ['小泉純一郎'] });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await store.close();
  }
}
