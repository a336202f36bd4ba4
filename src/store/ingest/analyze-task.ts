/**
 * One unit of ingest work, the same in a worker thread, in-process and in a queue worker: analyse an article
 * with the default pipeline and sign its text for near-duplicate detection. Failures come back as data.
 */
import type { Analysis } from '../../analysis/contract.js';
import { analyze } from '../../analyze.js';
import type { AnalyzeOptions, Article } from '../../doc.js';
import { describeError } from '../../errors.js';
import { minhash } from '../neardup.js';

export interface AnalysisTask {
  seq: number;
  article: Article;
  options: AnalyzeOptions;
}

export type AnalysisResult =
  | { seq: number; ok: true; analysis: Analysis; signature: Uint32Array | null }
  | { seq: number; ok: false; error: string };

/** Analyses `task.article`; never rejects. */
export async function analyzeArticle(task: AnalysisTask): Promise<AnalysisResult> {
  try {
    const analysis = await analyze(task.article, task.options);
    return { seq: task.seq, ok: true, analysis, signature: minhash(analysis.text) };
  } catch (error) {
    return { seq: task.seq, ok: false, error: describeError(error) };
  }
}
