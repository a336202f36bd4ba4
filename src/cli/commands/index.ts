/** Every CLI command, by name. */
import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { evalCommand } from './eval.js';
import { exportCommand } from './export.js';
import { ingestCommand } from './ingest.js';
import { mergeCommand, unmergeCommand } from './merge.js';
import { queryCommand } from './query.js';
import { searchCommand } from './search.js';
import { workerCommand } from './worker.js';

export const COMMANDS: readonly Command[] = [
  analyzeCommand, evalCommand, ingestCommand, queryCommand, searchCommand, exportCommand, mergeCommand, unmergeCommand, workerCommand,
];
