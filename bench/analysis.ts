/**
 * In-process throughput: kuromoji tokenisation alone (the floor the issue compares against), newsgraph's own
 * IPADIC tokenizer alone, and the whole analysis pipeline, with the time of each stage, over the same articles.
 */
import { analyze } from '../src/analyze.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { loadKuromoji } from '../src/text/ipadic/reference.js';
import { splitSentences } from '../src/text/sentences.js';
import { loadTokenizer } from '../src/text/tokenizer.js';
import { chars, type BenchArticle } from './corpus.js';

/**
 * Articles each measurement runs first, untimed, per analysis thread: V8 keeps compiling hot code for a few hundred
 * articles (on a background thread that competes with the analysis for the cores), so every figure is taken warm.
 */
export const WARM_UP = 100;

export interface Throughput {
  seconds: number;
  charsPerSecond: number;
  articlesPerSecond: number;
}

export function throughput(articles: BenchArticle[], seconds: number): Throughput {
  return { seconds, charsPerSecond: chars(articles) / seconds, articlesPerSecond: articles.length / seconds };
}

/** Warm throughput of `tokenize` over each article's whole text and over the sentences the pipeline feeds it. */
function timeTokenizer(articles: BenchArticle[], tokenize: (text: string) => unknown): { wholeText: Throughput; sentences: Throughput } {
  for (const a of articles.slice(0, WARM_UP)) tokenize(a.text);
  let t0 = performance.now();
  for (const a of articles) tokenize(a.text);
  const wholeText = throughput(articles, (performance.now() - t0) / 1000);
  const pieces = articles.map((a) => splitSentences(a.text, 0, a.text.length).map((r) => a.text.slice(r.start, r.end)));
  t0 = performance.now();
  for (const ps of pieces) for (const p of ps) tokenize(p);
  return { wholeText, sentences: throughput(articles, (performance.now() - t0) / 1000) };
}

/**
 * kuromoji alone, warm, two ways: over each article's whole text, and over the same sentence pieces the pipeline
 * feeds it (faster: kuromoji's lattice costs more on long inputs). The faster is the floor the analysis is held to.
 */
export async function tokenizerFloor(articles: BenchArticle[]): Promise<{ wholeText: Throughput; sentences: Throughput }> {
  // kuromoji itself, loaded directly: the pipeline no longer uses it, it is the reference
  const tokenizer = await loadKuromoji();
  return timeTokenizer(articles, (text) => tokenizer.tokenize(text));
}

/** newsgraph's own IPADIC tokenizer alone (the `tokens` stage's), measured the same two ways. */
export async function ownTokenizer(articles: BenchArticle[]): Promise<{ wholeText: Throughput; sentences: Throughput }> {
  const tokenizer = await loadTokenizer();
  return timeTokenizer(articles, (text) => tokenizer.tokenize(text));
}

export interface PipelineResult extends Throughput {
  stages: { name: string; seconds: number; charsPerSecond: number; share: number }[];
}

/** The whole `analyze` (pipeline and serialisation) over every article, warm, with per-stage times. */
export async function pipelineThroughput(articles: BenchArticle[]): Promise<PipelineResult> {
  const pipeline = defaultPipeline();
  await pipeline.prepare();
  for (const a of articles.slice(0, WARM_UP)) await analyze({ text: a.text, id: a.id, hints: { title: a.title } });
  const timings = new Map<string, number>();
  const t0 = performance.now();
  for (const a of articles) await analyze({ text: a.text, id: a.id, hints: { title: a.title } }, { timings });
  const seconds = (performance.now() - t0) / 1000;
  const total = chars(articles);
  const stages = [...timings].map(([name, ms]) => ({
    name, seconds: ms / 1000, charsPerSecond: total / (ms / 1000), share: ms / 1000 / seconds,
  }));
  return { ...throughput(articles, seconds), stages };
}
