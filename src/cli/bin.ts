#!/usr/bin/env node
// The executable behind `newsgraph`: everything else lives in run.ts so tests can call it in-process.
import { main } from './run.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
