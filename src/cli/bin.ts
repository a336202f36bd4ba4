#!/usr/bin/env node
// The executable behind `newsgraph`: everything else lives in run.ts so tests can call it in-process.
import { main } from './run.js';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
