/**
 * Reference points outside the process: MeCab (Debian `mecab` + `mecab-ipadic-utf8`, when installed) over the
 * same texts, and the cold start of `newsgraph analyze` on one article (wall time and peak RSS).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chars, ROOT, type BenchArticle } from './corpus.js';

/** MeCab's throughput on the articles (one line each), or null when mecab is not installed. */
export function mecab(articles: BenchArticle[]): { charsPerSecond: number; seconds: number } | null {
  if (spawnSync('mecab', ['--version']).status !== 0) return null;
  const input = articles.map((a) => a.text.replace(/\s+/g, ' ')).join('\n');
  const t0 = performance.now();
  const r = spawnSync('mecab', [], { input, maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) return null;
  return { seconds, charsPerSecond: chars(articles) / seconds };
}

export interface ColdStart {
  wallSeconds: number[];
  medianSeconds: number;
  peakRssMb: number;
}

/** `newsgraph analyze FILE` from a fresh process, `runs` times: wall time and peak RSS (GNU time). */
export function coldStart(article: BenchArticle, runs = 5): ColdStart {
  const dir = mkdtempSync(join(tmpdir(), 'ng-bench-'));
  const file = join(dir, 'article.txt');
  writeFileSync(file, article.text);
  const bin = join(ROOT, 'dist/src/cli/bin.js');
  const walls: number[] = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const useTime = existsSync('/usr/bin/time');
    const r = useTime
      ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'analyze', file], { encoding: 'utf8', maxBuffer: 1 << 28 })
      : spawnSync(process.execPath, [bin, 'analyze', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    walls.push((performance.now() - t0) / 1000);
    if (r.status !== 0) throw new Error(`newsgraph analyze failed: ${r.stderr}`);
    if (useTime) peak = Math.max(peak, Number(r.stderr.trim().split('\n').pop()) / 1024);
  }
  const sorted = [...walls].sort((a, b) => a - b);
  return { wallSeconds: walls, medianSeconds: sorted[Math.floor(sorted.length / 2)]!, peakRssMb: peak };
}
