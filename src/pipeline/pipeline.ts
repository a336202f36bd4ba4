/**
 * A pipeline of named stages over one Doc. Each stage declares the layers it `requires` and `assigns`; the order
 * is checked when the pipeline is built, before any article runs, and the stage list is frozen afterwards.
 */
import { type Doc, type AnalyzeOptions, type LayerName } from '../doc.js';
import { errors } from '../errors.js';

/** One step of the analysis: `(doc, options) => doc`, with its data dependencies declared. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  /** Loads what the stage needs once per process (a dictionary, a model) before the first Doc. */
  prepare?(): Promise<void>;
  run(doc: Doc, options: AnalyzeOptions): Doc;
}

/** Time spent per stage, in milliseconds, summed over every Doc a pipeline ran (for the benchmark). */
export type StageTimings = Map<string, number>;

export class Pipeline {
  readonly stages: readonly Stage[];
  private prepared: Promise<void> | null = null;

  /** @throws NewsgraphError when a stage reads a layer no earlier stage assigns, or two stages assign one. */
  constructor(stages: readonly Stage[]) {
    checkOrder(stages);
    this.stages = Object.freeze([...stages]);
  }

  /** Loads every stage's resources once; later calls share the first. */
  prepare(): Promise<void> {
    this.prepared ??= Promise.all(this.stages.map((s) => s.prepare?.())).then(() => undefined);
    return this.prepared;
  }

  /** Runs every stage on `doc` in order. Call `prepare()` first. */
  run(doc: Doc, options: AnalyzeOptions = {}, timings?: StageTimings): Doc {
    let current = doc;
    for (const stage of this.stages) {
      const started = timings ? performance.now() : 0;
      current = stage.run(current, options);
      if (timings) timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - started);
      for (const layer of stage.assigns) {
        if (!current.has(layer)) throw errors.pipeline(`stage "${stage.name}" did not assign "${layer}"`);
      }
    }
    return current;
  }
}

function checkOrder(stages: readonly Stage[]): void {
  const assignedBy = new Map<LayerName, string>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw errors.pipeline(`two stages are named "${stage.name}"`);
    names.add(stage.name);
    for (const layer of stage.requires) {
      if (!assignedBy.has(layer)) {
        throw errors.pipeline(`stage "${stage.name}" requires "${layer}", which no earlier stage assigns`);
      }
    }
    for (const layer of stage.assigns) {
      const earlier = assignedBy.get(layer);
      if (earlier) throw errors.pipeline(`stages "${earlier}" and "${stage.name}" both assign "${layer}"`);
      assignedBy.set(layer, stage.name);
    }
  }
}
