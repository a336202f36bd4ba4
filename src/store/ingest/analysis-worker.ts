/**
 * A worker thread of the ingest pool: loads the pipeline once, then analyses the articles it is sent and
 * returns each analysis with its MinHash signature (both CPU work, kept off the writing thread).
 */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle, type AnalysisTask } from './analyze-task.js';

const port = parentPort;
if (port) {
  port.on('message', (task: AnalysisTask) => {
    void analyzeArticle(task).then((result) => port.postMessage(result));
  });
}
