/**
 * A worker thread of the ingest pool: takes the tokenizer's dictionary the pool shares, loads the rest of the
 * pipeline once, then analyses the articles it is sent and returns each analysis with its MinHash signature
 * (both CPU work, kept off the writing thread).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useDictionary } from '../../text/tokenizer.js';
import { analyzeArticle, type AnalysisTask } from './analyze-task.js';
import type { AnalysisWorkerData } from './pool.js';

const port = parentPort;
if (port) {
  const data = workerData as AnalysisWorkerData | null;
  if (data?.dictionary) useDictionary(data.dictionary);
  port.on('message', (task: AnalysisTask) => {
    void analyzeArticle(task).then((result) => port.postMessage(result));
  });
}
