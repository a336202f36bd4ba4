/**
 * The benchmark corpus: the first N articles of ../shared/corpus/wikinews-ja/articles.jsonl.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchArticle {
  id: string;
  title: string;
  text: string;
}

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const WIKINEWS = resolve(ROOT, '../shared/corpus/wikinews-ja/articles.jsonl');

/** The first `n` Wikinews articles. @throws Error when the shared corpus is absent. */
export function loadCorpus(n: number): BenchArticle[] {
  if (!existsSync(WIKINEWS)) throw new Error(`the benchmark needs ${WIKINEWS} (../shared beside the clone)`);
  const out: BenchArticle[] = [];
  for (const line of readFileSync(WIKINEWS, 'utf8').split('\n')) {
    if (out.length >= n) break;
    if (line.trim()) out.push(JSON.parse(line) as BenchArticle);
  }
  return out;
}

export const chars = (articles: BenchArticle[]) => articles.reduce((a, x) => a + x.text.length, 0);

export const RESULTS = join(ROOT, 'bench/results');
