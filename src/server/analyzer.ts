/**
 * The analysis behind `POST /api/analyze`: the shared default pipeline, prepared once per process (the first
 * call waits for the tokenizer dictionary and the models; later calls reuse them).
 */
import { analyze } from '../analyze.js';
import type { Analysis } from '../analysis/contract.js';
import type { AnalyzeOptions } from '../doc.js';
import { defaultPipeline } from '../pipeline/default.js';

/** Turns a pasted article into its analysis. */
export interface Analyzer {
  /** Loads the pipeline's resources (safe to call more than once). */
  prepare(): Promise<void>;
  analyze(text: string, options: AnalyzeOptions): Promise<Analysis>;
}

/** The analyzer over the process-wide default pipeline. */
export function pipelineAnalyzer(): Analyzer {
  const pipeline = defaultPipeline();
  return {
    prepare: () => pipeline.prepare(),
    analyze: (text, options) => analyze({ text, source: null }, { ...options, pipeline }),
  };
}
