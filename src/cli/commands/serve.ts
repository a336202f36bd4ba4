/**
 * `newsgraph serve` — the workbench: the JSON API and the web UI over a store, on 127.0.0.1 unless told
 * otherwise (and then only with an API token). With `--seed`, an empty store is first filled from example files.
 */
import { errors } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read.js';
import { ingest } from '../../store/ingest/run.js';
import { openStore } from '../../store/open.js';
import type { Store } from '../../store/store.js';
import { createApp, DEFAULT_WEB_ROOT, isLoopback, listen, pipelineAnalyzer } from '../../server/index.js';
import { parse, positiveInt, write, type Command, type Io } from '../command.js';
import { DB_HELP, dbSpec } from '../store-option.js';
import { summaryLine } from './ingest.js';

const USAGE = `usage: newsgraph serve [options]

Serves the workbench — a reader, dossiers, timeline, network, claims, commitments, search and an analyse
page — and its JSON API (described at /api/openapi.json) over the store.

options:
${DB_HELP}
  --port N               port to listen on (default 8080; 0 picks a free one)
  --host H               address to bind (default 127.0.0.1, this machine only)
  --token T              API token required as "Authorization: Bearer T" (default $NEWSGRAPH_TOKEN);
                         mandatory when --host is not a loopback address
  --seed PATH…           when the store is empty, ingest these files or folders first (npm start: examples/)
  --max-bytes N          largest request body (default ${DEFAULT_MAX_BYTES})`;

function port(value: string | undefined): number {
  if (value === undefined) return 8080;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw errors.usage(`--port ${value}: expected a port number from 0 to 65535`);
  return n;
}

async function seed(store: Store, paths: string[], io: Io): Promise<void> {
  if (paths.length === 0 || (await store.stats()).documents > 0) return;
  io.stderr.write(`newsgraph serve: the store is empty — ingesting ${paths.join(', ')}\n`);
  const summary = await ingest(store, paths, { workers: 0, onError: (item, error) => io.stderr.write(`newsgraph serve: ${item}: ${error}\n`) });
  io.stderr.write(`${summaryLine(summary, store.location, (await store.stats()).bytes)}\n`);
}

/** Resolves when the process is asked to stop (Ctrl-C or a service manager). */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => resolve(signal);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export const serveCommand: Command = {
  name: 'serve',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      seed: { type: 'string', multiple: true },
      'max-bytes': { type: 'string' },
    }, 'serve');
    if (values.help) {
      await write(io.stdout, `${USAGE}\n`);
      return 0;
    }
    if (positionals.length > 0) throw errors.usage(`serve takes no arguments (got "${positionals[0]}"); examples go after --seed`);
    const host = values.host ?? '127.0.0.1';
    const token = values.token ?? process.env.NEWSGRAPH_TOKEN ?? null;
    if (token !== null && !/^[\x21-\x7e]{8,}$/.test(token)) throw errors.usage('--token: use at least 8 printable characters without spaces');
    if (!isLoopback(host) && !token) {
      throw errors.usage(`--host ${host} accepts connections from other machines: give --token T (or set NEWSGRAPH_TOKEN)`);
    }
    const maxBytes = positiveInt(values['max-bytes'], '--max-bytes', DEFAULT_MAX_BYTES);
    const listenPort = port(values.port);
    const store = await openStore(dbSpec(values.db));
    try {
      await seed(store, values.seed ?? [], io);
      const analyzer = pipelineAnalyzer();
      const app = createApp({ store, analyzer, token, maxBytes, webRoot: DEFAULT_WEB_ROOT, log: (line) => io.stderr.write(`${line}\n`) });
      const server = await listen(app, host, listenPort);
      await write(io.stdout, `newsgraph workbench: ${server.url}${token ? ' (API token required)' : ''} — Ctrl-C stops it\n`);
      // Load the pipeline now, so the first pasted article does not wait for the dictionary.
      analyzer.prepare().catch((error: unknown) => io.stderr.write(`newsgraph serve: cannot load the analysis pipeline: ${String(error)}\n`));
      await stopSignal();
      await server.close();
      return 0;
    } finally {
      await store.close();
    }
  },
};
