/**
 * The `newsgraph` command line: dispatches to a command, prints catalogued errors as one line on stderr and exits
 * 2 for usage errors, 1 for input errors. Never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { describeError, errors, NewsgraphError } from '../errors.js';
import { write, type Io } from './command.js';
import { COMMANDS } from './commands/index.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: newsgraph <command> [options]',
    '',
    'newsgraph reads news articles (Japanese first) into a source-grounded knowledge base.',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'newsgraph <command> --help shows a command\'s options; newsgraph --version its version.',
  ].join('\n');
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) throw errors.usage('no command given: newsgraph <command> [options]');
    if (name === '--help' || name === '-h' || name === 'help') {
      await write(io.stdout, `${help()}\n`);
      return 0;
    }
    if (name === '--version' || name === '-v') {
      await write(io.stdout, `${version()}\n`);
      return 0;
    }
    const entry = COMMANDS.find((c) => c.name === name);
    if (!entry) throw errors.usage(`unknown command "${name}"`);
    return await (await entry.load()).run(rest, io);
  } catch (error) {
    io.stderr.write(`newsgraph: ${describeError(error)}\n`);
    return error instanceof NewsgraphError ? error.exitCode : 1;
  }
}
