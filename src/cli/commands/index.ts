/**
 * Every CLI command, by name, with its one-line summary. A command's module (and what it imports: the store, the
 * server, the pipeline) loads only when that command runs, so `newsgraph analyze` does not pay for `serve`.
 */
import type { Command } from '../command.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'analyze', summary: 'analyse an article (text, HTML or a JSONL batch) into the analysis JSON', load: async () => (await import('./analyze.js')).analyzeCommand },
  { name: 'eval', summary: 'score analyses against gold answers: precision, recall, F1 per layer', load: async () => (await import('./eval.js')).evalCommand },
  { name: 'ingest', summary: 'read files, folders, JSONL, HTML, feeds or URLs into the store', load: async () => (await import('./ingest.js')).ingestCommand },
  { name: 'query', summary: 'ask the store: entity dossiers, events, quotes, documents, timeline, network', load: async () => (await import('./query.js')).queryCommand },
  { name: 'search', summary: 'full-text search over the stored articles', load: async () => (await import('./search.js')).searchCommand },
  { name: 'export', summary: 'export the store as JSONL, CSV or GraphML (Gephi)', load: async () => (await import('./export.js')).exportCommand },
  { name: 'merge', summary: 'say two entities are one (recorded, reversible), or list merge records', load: async () => (await import('./merge.js')).mergeCommand },
  { name: 'unmerge', summary: 'undo a merge record (manual or automatic)', load: async () => (await import('./merge.js')).unmergeCommand },
  { name: 'worker', summary: 'process queued ingest jobs from PostgreSQL (run one per core, on any machine)', load: async () => (await import('./worker.js')).workerCommand },
  { name: 'serve', summary: 'serve the workbench (web UI and JSON API) over the store', load: async () => (await import('./serve.js')).serveCommand },
];
