/**
 * The standard analysis pipeline, shared by the CLI, the HTTP API, the ingest workers and the tests.
 */
import { quotes } from '../extract/claims/index.js';
import { createEntitiesStage, entities, ner } from '../extract/entities/index.js';
import { quantities } from '../extract/quantity/index.js';
import { times } from '../extract/time/index.js';
import { layout } from '../ingest/layout.js';
import { language } from '../text/language.js';
import { sentences } from '../text/sentences.js';
import { tokens } from '../text/tokens.js';
import { Pipeline, type Stage } from './pipeline.js';

/** The stages of a full analysis, in order. */
export const DEFAULT_STAGES: readonly Stage[] = [layout, language, sentences, tokens, ner, entities, times, quantities, quotes];

let shared: Pipeline | null = null;

/** The process-wide default pipeline (stages hold loaded dictionaries and models, so one per process). */
export function defaultPipeline(): Pipeline {
  shared ??= new Pipeline(DEFAULT_STAGES);
  return shared;
}

/**
 * A pipeline whose knowledge base is the shipped one extended by a user's `kbFiles` (`newsgraph analyze --kb`).
 * The other stages are the shared ones, so their dictionaries and models still load once per process.
 */
export function pipelineWithKb(kbFiles: readonly string[]): Pipeline {
  if (!kbFiles.length) return defaultPipeline();
  return new Pipeline(DEFAULT_STAGES.map((s) => (s === entities ? createEntitiesStage({ kbFiles }) : s)));
}
