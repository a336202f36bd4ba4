/**
 * Per-stage time of the analysis pipeline next to kuromoji's tokenisation alone, over the first N Wikinews
 * articles: this build, and optionally other builds (the `dist` folder of another checkout) interleaved article
 * by article, so that every build sees the same load on a shared machine and the same state of the allocator.
 *
 *   npm run build && node dist/scripts/profile-stages.js [--n 300] [--rounds 3] [OTHER/dist ...]
 *
 * Per build and article: kuromoji over the article's sentences, then every stage in turn on a fresh Doc. A
 * stage's time is its wall-clock sum over the articles, best of the rounds; the first 20 articles warm up first.
 * Run it under `node --cpu-prof` to see where a stage spends its time. Speed claims still come from `npm run
 * bench`; this is for comparing builds while working on one stage.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chars, loadCorpus, type BenchArticle } from '../bench/corpus.js';
import type * as docModule from '../src/doc.js';
import type * as pipelineModule from '../src/pipeline/default.js';
import type * as sentencesModule from '../src/text/sentences.js';
import { loadKuromoji } from '../src/text/ipadic/reference.js';

type DocModule = typeof docModule;
type PipelineModule = typeof pipelineModule;
type SentencesModule = typeof sentencesModule;

interface Build {
  name: string;
  Doc: DocModule['Doc'];
  stages: PipelineModule['DEFAULT_STAGES'];
  split: SentencesModule['splitSentences'];
  /** Best time per stage (and `kuromoji`), ms. */
  best: Map<string, number>;
}

const { values: args, positionals } = parseArgs({
  options: { n: { type: 'string', default: '300' }, rounds: { type: 'string', default: '3' } },
  allowPositionals: true,
});

/** kuromoji itself, the reference every build is compared with (the pipeline has its own tokenizer). */
const kuromoji = await loadKuromoji();

/** The modules of the build whose compiled `src/` is under `dist` (this build: the folder above this script). */
async function load(dist: string, name: string): Promise<Build> {
  const url = (path: string) => pathToFileURL(resolve(dist, path)).href;
  const { Doc } = (await import(url('src/doc.js'))) as DocModule;
  const { DEFAULT_STAGES } = (await import(url('src/pipeline/default.js'))) as PipelineModule;
  const { splitSentences } = (await import(url('src/text/sentences.js'))) as SentencesModule;
  for (const stage of DEFAULT_STAGES) await stage.prepare?.();
  return { name, Doc, stages: DEFAULT_STAGES, split: splitSentences, best: new Map() };
}

/** Kuromoji alone on the article's sentences, then the pipeline; adds each one's time to `acc`. */
function runArticle(b: Build, a: BenchArticle, acc: Map<string, number>): void {
  const add = (key: string, ms: number) => acc.set(key, (acc.get(key) ?? 0) + ms);
  let t = performance.now();
  for (const r of b.split(a.text, 0, a.text.length)) kuromoji.tokenize(a.text.slice(r.start, r.end));
  add('kuromoji', performance.now() - t);
  const doc = new b.Doc({ text: a.text, id: a.id, hints: { title: a.title } });
  for (const stage of b.stages) {
    t = performance.now();
    stage.run(doc, {});
    add(stage.name, performance.now() - t);
  }
}

const here = resolve(import.meta.dirname, '..');
const builds = [await load(here, 'this build')];
for (const dist of positionals) builds.push(await load(resolve(dist), dist));
const articles = loadCorpus(Number(args.n));
const total = chars(articles);
for (const b of builds) for (const a of articles.slice(0, 20)) runArticle(b, a, new Map());
for (let round = 0; round < Number(args.rounds); round++) {
  const accs = builds.map(() => new Map<string, number>());
  for (const a of articles) builds.forEach((b, k) => runArticle(b, a, accs[k]!));
  builds.forEach((b, k) => {
    const acc = accs[k]!;
    acc.set('all stages', b.stages.reduce((s, stage) => s + (acc.get(stage.name) ?? 0), 0));
    for (const [key, ms] of acc) b.best.set(key, Math.min(b.best.get(key) ?? Infinity, ms));
  });
}

console.log(`${articles.length} articles, ${total} characters; wall-clock ms summed over the articles, best of ${args.rounds}`);
console.log('stage'.padEnd(12) + builds.map((b) => b.name.slice(-30).padStart(32)).join(''));
for (const key of ['kuromoji', ...builds[0]!.stages.map((s) => s.name), 'all stages']) {
  const cells = builds.map((b) => {
    const ms = b.best.get(key) ?? NaN;
    const ratio = key === 'kuromoji' ? '' : ` ${(b.best.get('kuromoji')! / ms).toFixed(2)}×`;
    return `${ms.toFixed(0).padStart(6)} ${(total / ms).toFixed(0).padStart(7)} k/s${ratio.padStart(8)}`.padStart(32);
  });
  console.log(key.padEnd(12) + cells.join(''));
}
console.log('(k/s: thousand characters a second; ×: that many times kuromoji\'s speed on the same articles)');
