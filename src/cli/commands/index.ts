/** Every CLI command, by name. */
import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { evalCommand } from './eval.js';

export const COMMANDS: readonly Command[] = [analyzeCommand, evalCommand];
