/**
 * The catalogue of errors newsgraph reports to its users. Each entry names what went wrong and what to do next;
 * the CLI prints `message` as one line and exits with `exitCode` (2 for usage, 1 for input).
 */

/** Codes of every error a user can meet. */
export type ErrorCode =
  | 'usage'
  | 'no-input'
  | 'not-a-file'
  | 'empty-input'
  | 'binary-input'
  | 'undecodable'
  | 'too-large'
  | 'bad-jsonl'
  | 'bad-date'
  | 'bad-lang'
  | 'bad-kb'
  | 'bad-gold'
  | 'bad-model'
  | 'store'
  | 'network'
  | 'pipeline';

const EXIT: Record<ErrorCode, 1 | 2> = {
  usage: 2,
  'bad-date': 2,
  'bad-lang': 2,
  pipeline: 2,
  'no-input': 1,
  'not-a-file': 1,
  'empty-input': 1,
  'binary-input': 1,
  undecodable: 1,
  'too-large': 1,
  'bad-jsonl': 1,
  'bad-kb': 1,
  'bad-gold': 1,
  'bad-model': 1,
  store: 1,
  network: 1,
};

/** An error meant for the user: a one-line message that says what to do, and the process exit code. */
export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: 1 | 2;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'NewsgraphError';
    this.code = code;
    this.exitCode = EXIT[code];
  }
}

/** Builders for the catalogued errors, so the wording (and the advice) lives in one place. */
export const errors = {
  usage: (what: string) => new NewsgraphError('usage', `${what} (see newsgraph --help)`),
  noInput: (path: string) => new NewsgraphError('no-input', `${path}: no such file — check the path`),
  notAFile: (path: string) =>
    new NewsgraphError('not-a-file', `${path}: is a directory — give one article file (newsgraph ingest reads folders)`),
  emptyInput: (name: string) => new NewsgraphError('empty-input', `${name}: the input is empty — give an article's text`),
  binaryInput: (name: string) =>
    new NewsgraphError('binary-input', `${name}: looks like binary data, not an article — give text, HTML or JSONL`),
  undecodable: (name: string) =>
    new NewsgraphError(
      'undecodable',
      `${name}: bytes are not valid UTF-8, UTF-16, Shift_JIS or EUC-JP — convert the file to UTF-8 or pass --encoding`,
    ),
  tooLarge: (name: string, limit: number) =>
    new NewsgraphError('too-large', `${name}: larger than ${limit} bytes — raise --max-bytes if this is really one article`),
  badJsonl: (line: number, why: string) => new NewsgraphError('bad-jsonl', `line ${line}: ${why}`),
  badDate: (value: string) => new NewsgraphError('bad-date', `--published ${value}: expected a date as YYYY-MM-DD`),
  badLang: (value: string) => new NewsgraphError('bad-lang', `--lang ${value}: expected ja or en`),
  badKb: (file: string, line: number, why: string) => new NewsgraphError('bad-kb', `${file}:${line}: ${why}`),
  badGold: (file: string, why: string) => new NewsgraphError('bad-gold', `${file}: ${why}`),
  badModel: (file: string, why: string) =>
    new NewsgraphError('bad-model', `${file}: ${why} — restore the file from the repository or retrain it with npm run train:ner`),
  store: (why: string) => new NewsgraphError('store', why),
  network: (url: string, why: string) => new NewsgraphError('network', `${url}: ${why}`),
  pipeline: (why: string) => new NewsgraphError('pipeline', `pipeline: ${why}`),
};

/** One line for any thrown value: catalogued errors keep their message, others say they are a bug. */
export function describeError(error: unknown): string {
  if (error instanceof NewsgraphError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message} — please report it with the input that caused it`;
}
