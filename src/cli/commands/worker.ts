/**
 * `newsgraph worker --db postgres://…` — a process that takes ingest jobs from the queue in PostgreSQL. Run as
 * many as you like, on any machines that reach the database.
 */
import { errors } from '../../errors.js';
import { isPostgres } from '../../store/open.js';
import { runWorker } from '../../store/worker.js';
import { parse, positiveInt, write, type Command } from '../command.js';
import { dbSpec, withStore } from '../store-option.js';

const USAGE = `usage: newsgraph worker --db postgres://… [options]

Takes the articles \`newsgraph ingest --queue\` queued, analyses them and stores the results. A job a worker
holds stays leased to it; if the worker dies, another takes the job over once the lease runs out.

options:
  --db URL               the PostgreSQL store (postgres://…[?schema=NAME]); also $NEWSGRAPH_DB
  --lease S              seconds a job stays leased without renewal (default 120)
  --poll S               seconds between looks at an empty queue (default 1)
  --exit-when-idle       stop when nothing is queued or running (default: keep waiting for work)
  --quiet                do not print a line per job`;

export const workerCommand: Command = {
  name: 'worker',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' },
      lease: { type: 'string' },
      poll: { type: 'string' },
      'exit-when-idle': { type: 'boolean' },
      quiet: { type: 'boolean' },
    }, 'worker');
    if (values.help) {
      await write(io.stdout, `${USAGE}\n`);
      return 0;
    }
    if (positionals.length) throw errors.usage('worker takes no arguments');
    if (!isPostgres(dbSpec(values.db))) throw errors.usage('worker needs a PostgreSQL store: --db postgres://…');
    const stop = new AbortController();
    const onTerm = () => stop.abort();
    process.once('SIGTERM', onTerm);
    process.once('SIGINT', onTerm);
    try {
      return await withStore(values.db, async (store) => {
        const summary = await runWorker(store, {
          leaseMs: positiveInt(values.lease, '--lease', 120) * 1000,
          pollMs: positiveInt(values.poll, '--poll', 1) * 1000,
          exitWhenIdle: Boolean(values['exit-when-idle']),
          signal: stop.signal,
          onJob: values.quiet ? undefined : (job) => io.stderr.write(`worker: job ${job.id} ${job.item}: ${job.outcome}\n`),
        });
        await write(io.stdout, `${JSON.stringify(summary)}\n`);
        return 0;
      });
    } finally {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onTerm);
    }
  },
};
