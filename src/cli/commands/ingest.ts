/**
 * `newsgraph ingest PATH|URL… [--db …]` — files, directories, JSONL batches, HTML pages, RSS/Atom feeds (files
 * or URLs) into the store. Idempotent by content: a second run adds nothing. With `--queue` (PostgreSQL) the
 * articles are queued for `newsgraph worker` processes instead of analysed here.
 */
import { checkOptions } from '../../analyze.js';
import { errors } from '../../errors.js';
import { DEFAULT_TIMEOUT_MS } from '../../ingest/fetch.js';
import { readInputs, type InputOptions } from '../../ingest/inputs.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read.js';
import { ingest, type IngestSummary } from '../../store/ingest/run.js';
import { contentId } from '../../store/keys.js';
import { enqueue, type QueueItem } from '../../store/queue.js';
import type { Store } from '../../store/store.js';
import { parse, positiveInt, write, type Command, type Io } from '../command.js';
import { ProgressBar } from '../progress.js';
import { bytes, DB_HELP, withStore } from '../store-option.js';

const USAGE = `usage: newsgraph ingest PATH|URL… [options]

Reads articles into the store: text and HTML files, directories (recursively), JSONL batches
({"id","text","title"?,"published"?,"lang"?} a line), RSS/Atom feed files, and http(s) URLs of feeds or
pages. Articles already stored (same text) are skipped before analysis, so running it twice adds nothing.
A failed item is recorded with its error (newsgraph query errors) and the rest go on; the exit code is 1 only
when every item failed.

options:
${DB_HELP}
  --workers N            analysis threads (default: one per core; 0 = on the main thread)
  --batch N              articles per write transaction (default 64)
  --queue                queue the articles for \`newsgraph worker\` processes (PostgreSQL only)
  --published YYYY-MM-DD default publication date for articles that state none
  --lang ja|en           default language instead of detection
  --max-bytes N          largest article, page or feed accepted (default ${DEFAULT_MAX_BYTES})
  --timeout S            seconds allowed for each HTTP request (default ${DEFAULT_TIMEOUT_MS / 1000})
  --no-follow            do not fetch the pages feed items link to; use the feed's own text
  --json                 print the summary as JSON`;

/** The one-line summary printed at the end of a run. */
export function summaryLine(s: IngestSummary, location: string, size: number): string {
  const rate = s.seconds > 0 ? s.items / s.seconds : 0;
  return `ingested ${s.items} item${s.items === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s): ` +
    `${s.added} added, ${s.duplicates} near-duplicates, ${s.unchanged} unchanged, ${s.failed} failed — ${location}, ${bytes(size)}`;
}

export const ingestCommand: Command = {
  name: 'ingest',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' },
      workers: { type: 'string' },
      batch: { type: 'string' },
      queue: { type: 'boolean' },
      published: { type: 'string' },
      lang: { type: 'string' },
      'max-bytes': { type: 'string' },
      timeout: { type: 'string' },
      'no-follow': { type: 'boolean' },
      json: { type: 'boolean' },
    }, 'ingest');
    if (values.help) {
      await write(io.stdout, `${USAGE}\n`);
      return 0;
    }
    if (positionals.length === 0) throw errors.usage('ingest needs at least one file, folder or URL');
    const defaults = { published: values.published ?? null, lang: values.lang ?? null };
    checkOptions(defaults);
    const workers = values.workers === '0' ? 0 : positiveInt(values.workers, '--workers', -1);
    const input: InputOptions = {
      maxBytes: positiveInt(values['max-bytes'], '--max-bytes', DEFAULT_MAX_BYTES),
      timeoutMs: positiveInt(values.timeout, '--timeout', DEFAULT_TIMEOUT_MS / 1000) * 1000,
      followLinks: !values['no-follow'],
    };
    return withStore(values.db, async (store) => {
      if (values.queue) return queueInputs(store, positionals, input, defaults, io, Boolean(values.json));
      const tty = Boolean((io.stderr as { isTTY?: boolean }).isTTY);
      const bar = new ProgressBar(io.stderr, { label: 'ingest', enabled: tty });
      let shown = 0;
      const summary = await ingest(store, positionals, {
        ...input,
        defaults,
        workers: workers < 0 ? undefined : workers,
        batchSize: positiveInt(values.batch, '--batch', 64),
        onProgress: (done, total) => bar.update(done, total),
        onError: (item, error) => {
          if (shown++ < 20) {
            bar.finish();
            io.stderr.write(`newsgraph ingest: ${item}: ${error}\n`);
          }
        },
      });
      bar.finish();
      if (shown > 20) io.stderr.write(`newsgraph ingest: … and ${shown - 20} more failures, all recorded (newsgraph query errors --job ${summary.job})\n`);
      const size = (await store.stats()).bytes;
      const out = values.json ? JSON.stringify({ ...summary, store: store.location, bytes: size }) : summaryLine(summary, store.location, size);
      await write(io.stdout, `${out}\n`);
      // Everything failing (e.g. one unreachable URL) is an error; some failures among successes are not.
      return summary.failed > 0 && summary.added + summary.unchanged + summary.duplicates === 0 ? 1 : 0;
    });
  },
};

async function queueInputs(
  store: Store, inputs: string[], options: InputOptions, defaults: { published: string | null; lang: string | null }, io: Io, json: boolean,
): Promise<number> {
  const job = await store.startJob('queue', inputs);
  let items: QueueItem[] = [];
  let read = 0;
  let queued = 0;
  let failed = 0;
  const flush = async () => {
    queued += await enqueue(store, job, items);
    items = [];
  };
  for await (const event of readInputs(inputs, options)) {
    if (event.type === 'total') continue;
    read++;
    if (event.type === 'error') {
      failed++;
      io.stderr.write(`newsgraph ingest: ${event.label}: ${event.error}\n`);
      await store.recordError(job, event.label, event.error);
      continue;
    }
    const opts = { published: event.options.published ?? defaults.published, lang: event.options.lang ?? defaults.lang };
    items.push({ id: contentId(event.article.text), label: event.label, payload: { article: event.article, options: opts } });
    if (items.length >= 200) await flush();
  }
  await flush();
  const summary = { job, items: read, queued, skipped: read - queued - failed, failed };
  await write(io.stdout, `${json ? JSON.stringify(summary) : `queued ${queued} of ${read} items for workers (${summary.skipped} already stored or queued, ${failed} failed) — job ${job}`}\n`);
  return failed > 0 && queued + summary.skipped === 0 ? 1 : 0;
}
