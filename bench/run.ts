/**
 * `npm run bench [-- --n 1000 --steady-warm-up 1500 --rounds 3]`: throughput of the analysis and of each stage against kuromoji
 * alone (and MeCab when installed), cold start and peak RSS, on the first N Wikinews articles; batch throughput with
 * 1 and 2 threads soon after start and in the steady state (once each thread has analysed `--steady-warm-up`
 * articles; the median of `--rounds` back-to-back rounds). Writes bench/results/latest.{json,md}.
 */
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { ownTokenizer, pipelineThroughput, tokenizerFloor } from './analysis.js';
import { chars, loadCorpus } from './corpus.js';
import { coldStart, mecab } from './native.js';
import { poolScaling, STEADY_WARM_UP, storeBench, type PoolThroughput } from './workers.js';
import { kchars, ratio, writeResults, type Row } from './report.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    name: { type: 'string', default: 'latest' },
    'steady-warm-up': { type: 'string', default: String(STEADY_WARM_UP) },
    rounds: { type: 'string', default: '3' },
  },
});
const n = Number(values.n);
const articles = loadCorpus(n);
const total = chars(articles);
console.error(`newsgraph bench: ${articles.length} articles, ${total} characters`);

// kuromoji, the own tokenizer and the whole analysis, measured back to back in each round: the host's noise moves
// single runs by ±10–20 %, and a ratio taken within one round compares like with like; the median round is reported
const measured = [];
for (let r = 0; r < Number(values.rounds); r++) {
  const floors = await tokenizerFloor(articles);
  const floor = floors.sentences.charsPerSecond >= floors.wholeText.charsPerSecond ? floors.sentences : floors.wholeText;
  const own = await ownTokenizer(articles);
  const ownBest = Math.max(own.sentences.charsPerSecond, own.wholeText.charsPerSecond);
  const pipeline = await pipelineThroughput(articles);
  measured.push({ floors, floor, own, ownBest, pipeline, ratio: pipeline.charsPerSecond / floor.charsPerSecond });
  console.error(`round ${r + 1}: kuromoji ${kchars(floor.charsPerSecond)}, own tokenizer ${kchars(ownBest)}, pipeline ${kchars(pipeline.charsPerSecond)}`);
}
const pipelineRatios = measured.map((m) => m.ratio);
const { floors, floor, own, ownBest, pipeline } = [...measured].sort((a, b) => a.ratio - b.ratio)[Math.floor(measured.length / 2)]!;
const native = mecab(articles);
const steadyWarmUp = Number(values['steady-warm-up']);
const scaling = await poolScaling(articles, steadyWarmUp, Number(values.rounds));
const { one, two } = scaling;
console.error(`1 / 2 threads: ${one.early.articlesPerSecond.toFixed(1)} / ${two.early.articlesPerSecond.toFixed(1)} articles/s early; steady rounds ${scaling.rounds.map((r) => r.toFixed(2)).join(', ')}`);
const store = await storeBench(articles);
const cold = coldStart(articles[0]!);
const peakRssMb = process.resourceUsage().maxRSS / 1024;

const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
  corpus: { articles: articles.length, chars: total },
  kuromoji: floors,
  ownTokenizer: own,
  pipeline,
  mecab: native,
  threads: { one, two, speedup: scaling.steady, rounds: scaling.rounds, earlySpeedup: scaling.early },
  store,
  coldStart: cold,
  benchPeakRssMb: peakRssMb,
  ratios: {
    pipelineOverKuromoji: pipeline.charsPerSecond / floor.charsPerSecond,
    pipelineOverKuromojiRounds: pipelineRatios,
    ownTokenizerOverKuromoji: ownBest / floor.charsPerSecond,
    mecabOverKuromoji: native ? native.charsPerSecond / floor.charsPerSecond : null,
  },
};

const rows: Row[] = [
  { measure: 'articles / characters', value: `${articles.length} / ${total}` },
  { measure: 'kuromoji alone, per sentence', value: kchars(floors.sentences.charsPerSecond), note: floor === floors.sentences ? 'in-process floor' : '' },
  { measure: 'kuromoji alone, whole article', value: kchars(floors.wholeText.charsPerSecond), note: floor === floors.wholeText ? 'in-process floor' : '' },
  { measure: 'own IPADIC tokenizer alone (tokens stage)', value: kchars(ownBest), note: `${ratio(ownBest / floor.charsPerSecond)} kuromoji; same tokens` },
  ...(native ? [{ measure: 'MeCab (native reference)', value: kchars(native.charsPerSecond), note: `${ratio(native.charsPerSecond / floor.charsPerSecond)} kuromoji` }] : []),
  { measure: 'whole analysis', value: kchars(pipeline.charsPerSecond), note: `${pipeline.articlesPerSecond.toFixed(1)} articles/s; ${ratio(result.ratios.pipelineOverKuromoji)} kuromoji, the median of ${pipelineRatios.length} rounds (${pipelineRatios.map((x) => ratio(x)).join(', ')}; target ≥ 0.5×)` },
  ...pipeline.stages.map((s) => ({ measure: `stage ${s.name}`, value: kchars(s.charsPerSecond), note: `${(s.share * 100).toFixed(1)} % of analysis time` })),
  ...poolRows('steady state', one.steady, two.steady, `(median of ${scaling.rounds.length} rounds: ${scaling.rounds.map((r) => `${r.toFixed(2)}×`).join(', ')}; target ≥ 1.8×)`),
  ...poolRows('early', one.early, two.early, ''),
  { measure: 'store ingest (SQLite, 2 threads)', value: `${store.ingest.articlesPerSecond.toFixed(1)} articles/s`, note: `database ${(store.ingest.databaseBytes / 1e6).toFixed(1)} MB; a rerun took ${store.rerunSeconds.toFixed(1)} s (no-op)` },
  { measure: 'entity dossier p50 / p95', value: `${store.queries.dossier.p50} / ${store.queries.dossier.p95} ms`, note: `${store.queries.dossier.samples} queries over the most-mentioned entities (target p95 < 50 ms)` },
  { measure: 'events by actor p50 / p95', value: `${store.queries.events_by_actor.p50} / ${store.queries.events_by_actor.p95} ms`, note: 'target p95 < 50 ms' },
  { measure: 'events by type and dates p50 / p95', value: `${store.queries.events_filtered.p50} / ${store.queries.events_filtered.p95} ms`, note: 'target p95 < 50 ms' },
  { measure: 'cold start, `newsgraph analyze` one article', value: `${cold.medianSeconds.toFixed(2)} s`, note: 'median of 5, target ≤ 1.5 s' },
  { measure: 'peak RSS, cold `newsgraph analyze`', value: `${cold.peakRssMb.toFixed(0)} MB`, note: 'target ≤ 600 MB' },
  { measure: 'peak RSS, this benchmark process', value: `${peakRssMb.toFixed(0)} MB` },
];
console.log(writeResults(values.name!, result, rows));

/** The 1- and 2-thread rows of one window of the pool runs. */
function poolRows(window: string, a: PoolThroughput, b: PoolThroughput, target: string): Row[] {
  const after = (p: PoolThroughput) => `after ${Math.round(p.warmedPerThread)} articles per thread`;
  return [
    { measure: `batch, 1 analysis thread, ${window}`, value: `${a.articlesPerSecond.toFixed(1)} articles/s`, note: `${kchars(a.charsPerSecond)}; ${a.coresUsed.toFixed(2)} cores busy (V8's compiler and GC threads included); ${after(a)}` },
    { measure: `batch, 2 analysis threads, ${window}`, value: `${b.articlesPerSecond.toFixed(1)} articles/s`, note: `${ratio(b.articlesPerSecond / a.articlesPerSecond)} one thread ${target}; ${b.coresUsed.toFixed(2)} cores busy of ${cpus().length}; ${after(b)}`.replace(' ;', ';') },
  ];
}
