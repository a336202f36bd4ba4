/**
 * A pool of worker threads analysing articles, one pipeline loaded per thread. Threads start lazily (a small
 * input never pays for loading models twice); a thread that dies fails only the tasks it held and is replaced.
 * The tokenizer's dictionary is loaded once, here, into shared memory that every thread reads. Size 0 analyses
 * in-process.
 */
import { Worker } from 'node:worker_threads';
import type { IpadicData } from '../../text/ipadic/index.js';
import { sharedDictionary } from '../../text/tokenizer.js';
import { analyzeArticle, type AnalysisResult, type AnalysisTask } from './analyze-task.js';

interface Slot {
  worker: Worker;
  pending: Map<number, (result: AnalysisResult) => void>;
}

const WORKER_URL = new URL('./analysis-worker.js', import.meta.url);

/** What a thread starts with: the tokenizer's dictionary, in SharedArrayBuffers (cloning shares them). */
export interface AnalysisWorkerData {
  dictionary: IpadicData;
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closed = false;

  constructor(readonly size: number) {}

  /** Analyses one article on the least busy thread. */
  async analyze(article: AnalysisTask['article'], options: AnalysisTask['options']): Promise<AnalysisResult> {
    const task: AnalysisTask = { seq: ++this.seq, article, options };
    if (this.size <= 0) return analyzeArticle(task);
    const dictionary = await sharedDictionary();
    const slot = this.pick(dictionary);
    return new Promise((resolve) => {
      slot.pending.set(task.seq, resolve);
      slot.worker.postMessage(task);
    });
  }

  private pick(dictionary: IpadicData): Slot {
    let best = this.slots.reduce<Slot | null>((b, s) => (!b || s.pending.size < b.pending.size ? s : b), null);
    if (!best || (best.pending.size > 0 && this.slots.length < this.size)) best = this.spawn(dictionary);
    return best;
  }

  private spawn(dictionary: IpadicData): Slot {
    const workerData: AnalysisWorkerData = { dictionary };
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData }), pending: new Map() };
    slot.worker.on('message', (result: AnalysisResult) => {
      const done = slot.pending.get(result.seq);
      slot.pending.delete(result.seq);
      done?.(result);
    });
    const lost = (why: string) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      for (const [seq, done] of slot.pending) done({ seq, ok: false, error: `the analysis thread stopped (${why}) — the article may be too large` });
      slot.pending.clear();
    };
    slot.worker.on('error', (error) => lost(error.message));
    slot.worker.on('exit', (code) => {
      if (!this.closed) lost(`exit code ${code}`);
    });
    this.slots.push(slot);
    return slot;
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
