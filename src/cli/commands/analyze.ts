/**
 * `newsgraph analyze [FILE|-] [--format json|pretty] [--jsonl] [--published YYYY-MM-DD] [--lang ja|en]
 * [--max-bytes N] [--encoding E] [--kb FILE]…` — one article (text or HTML) or a JSONL batch to the analysis
 * contract.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { AnalysisError } from '../../analysis/contract.js';
import { analyze, checkOptions } from '../../analyze.js';
import { errors, describeError, NewsgraphError } from '../../errors.js';
import { ENCODINGS, type Encoding } from '../../ingest/decode.js';
import { BatchLineError, parseBatchLine } from '../../ingest/jsonl.js';
import { DEFAULT_MAX_BYTES, readArticle } from '../../ingest/read.js';
import { pipelineWithKb } from '../../pipeline/default.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { parse, positiveInt, write, type Command } from '../command.js';
import { pretty } from '../pretty.js';

const USAGE = `usage: newsgraph analyze [FILE|-] [options]

Analyses one article (plain text or an HTML page; - or no FILE reads standard input) and prints the
analysis JSON of the contract (schema newsgraph.analysis/v1).

options:
  --format json|pretty   json (default): the contract; pretty: a readable summary
  --jsonl                the input is a batch, one {"id","text","published"?,"lang"?} a line;
                         prints one analysis a line, {"id","error"} for a line that fails
  --published YYYY-MM-DD the publication date to normalise times against (overrides the article's)
  --lang ja|en           the language (overrides detection)
  --max-bytes N          refuse an article larger than N bytes (default ${DEFAULT_MAX_BYTES})
  --encoding E           decode as E (${ENCODINGS.join(', ')}) instead of detecting
  --html                 read the input as an HTML page whatever it looks like
  --kb FILE              add your own knowledge-base entries (YAML, the format of kb/*.yaml) to the shipped
                         ones; may be given more than once`;

export const analyzeCommand: Command = {
  name: 'analyze',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      format: { type: 'string' },
      jsonl: { type: 'boolean' },
      published: { type: 'string' },
      lang: { type: 'string' },
      'max-bytes': { type: 'string' },
      encoding: { type: 'string' },
      html: { type: 'boolean' },
      kb: { type: 'string', multiple: true },
    }, 'analyze');
    if (values.help) {
      await write(io.stdout, `${USAGE}\n`);
      return 0;
    }
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'pretty') throw errors.usage(`--format ${format}: expected json or pretty`);
    if (positionals.length > 1) throw errors.usage(`analyze takes one input, got ${positionals.length}`);
    if (values.encoding && !ENCODINGS.includes(values.encoding as Encoding)) {
      throw errors.usage(`--encoding ${values.encoding}: expected one of ${ENCODINGS.join(', ')}`);
    }
    const options = { published: values.published ?? null, lang: values.lang ?? null };
    checkOptions(options);
    const pipeline = pipelineWithKb(values.kb ?? []);
    await pipeline.prepare(); // a malformed --kb file is reported before any input is read
    const maxBytes = positiveInt(values['max-bytes'], '--max-bytes', DEFAULT_MAX_BYTES);
    const input = positionals[0] ?? '-';
    if (values.jsonl) return batch(input, maxBytes, options, pipeline, io);
    const article = await readArticle(input, {
      maxBytes,
      encoding: values.encoding as Encoding | undefined,
      format: values.html ? 'html' : undefined,
    });
    const analysis = await analyze(article, { ...options, pipeline });
    const out = format === 'pretty'
      ? pretty(analysis, { color: Boolean(io.stdout.isTTY) && !process.env.NO_COLOR })
      : JSON.stringify(analysis, null, 2);
    await write(io.stdout, `${out}\n`);
    return 0;
  },
};

/** Analyses a JSONL batch line by line, in order; a bad line prints its error record and the run goes on. */
async function batch(input: string, maxBytes: number, defaults: { published: string | null; lang: string | null }, pipeline: Pipeline, io: Parameters<Command['run']>[1]): Promise<number> {
  if (input !== '-') {
    const info = await stat(input).catch(() => null);
    if (!info) throw errors.noInput(input);
    if (info.isDirectory()) throw errors.notAFile(input);
  }
  const stream = input === '-' ? process.stdin : createReadStream(input, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    let out: string;
    try {
      if (Buffer.byteLength(line) > maxBytes) throw errors.badJsonl(lineNo, `larger than ${maxBytes} bytes — raise --max-bytes`);
      const item = parseBatchLine(line, lineNo);
      if (!item) continue;
      const options = { published: item.options.published ?? defaults.published, lang: item.options.lang ?? defaults.lang };
      try {
        out = JSON.stringify(await analyze(item.article, { ...options, pipeline }));
      } catch (error) {
        if (error instanceof NewsgraphError) throw new BatchLineError(item.id, errors.badJsonl(lineNo, error.message));
        throw error;
      }
    } catch (error) {
      failed++;
      const record: AnalysisError = { id: error instanceof BatchLineError ? error.id : null, error: describeError(error) };
      out = JSON.stringify(record);
    }
    await write(io.stdout, `${out}\n`);
  }
  if (failed) io.stderr.write(`newsgraph analyze: ${failed} of ${lineNo} lines failed (see their "error" records)\n`);
  return 0;
}
