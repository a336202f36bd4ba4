/**
 * What a CLI command is: a name, one line of help, its usage text, and a runner that returns the exit code.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errors } from '../errors.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

export interface Command {
  name: string;
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with strict checking, turning its complaints into a catalogued usage error. */
export function parse<T extends Options>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw errors.usage(`newsgraph ${command}: ${message}`);
  }
}

/** Writes and waits until the stream has taken it (so a large JSON is not cut off by an early exit). */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** A positive whole number from an option, or a usage error. */
export function positiveInt(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw errors.usage(`${option} ${value}: expected a positive whole number`);
  return n;
}
