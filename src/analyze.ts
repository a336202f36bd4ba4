/**
 * One article in, its analysis out: the entry point the CLI, the API and the workers call.
 */
import type { Analysis } from './analysis/contract.js';
import { toAnalysis } from './analysis/serialize.js';
import { Doc, type AnalyzeOptions, type Article } from './doc.js';
import { errors } from './errors.js';
import { defaultPipeline } from './pipeline/default.js';
import type { Pipeline, StageTimings } from './pipeline/pipeline.js';

export interface AnalyzeRun extends AnalyzeOptions {
  pipeline?: Pipeline;
  timings?: StageTimings;
}

/** Checks caller options: a real calendar date and a known language. */
export function checkOptions(options: AnalyzeOptions): void {
  if (options.published != null) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.published);
    const d = m ? new Date(`${options.published}T00:00:00Z`) : null;
    if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== options.published) {
      throw errors.badDate(options.published);
    }
  }
  if (options.lang != null && !/^(ja|en)$/.test(options.lang)) throw errors.badLang(options.lang);
}

/** Runs the pipeline on a Doc built from `article` and returns the Doc (for stages' layers). */
export async function analyzeDoc(article: Article, run: AnalyzeRun = {}): Promise<Doc> {
  checkOptions(run);
  if (article.text.trim() === '') throw errors.emptyInput(article.source ?? article.id ?? 'input');
  const pipeline = run.pipeline ?? defaultPipeline();
  await pipeline.prepare();
  return pipeline.run(new Doc(article), run, run.timings);
}

/** Analyses one article and returns the contract's analysis. */
export async function analyze(article: Article, run: AnalyzeRun = {}): Promise<Analysis> {
  return toAnalysis(await analyzeDoc(article, run));
}
