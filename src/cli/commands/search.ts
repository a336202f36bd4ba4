/**
 * `newsgraph search TEXT` — articles whose title or text contains TEXT, with where it occurs.
 */
import { errors } from '../../errors.js';
import { search } from '../../store/query/index.js';
import { parse, positiveInt, write, type Command } from '../command.js';
import { DB_HELP, withStore } from '../store-option.js';
import { searchPretty } from '../store-pretty.js';

const USAGE = `usage: newsgraph search TEXT [options]

Finds the stored articles whose title or text contains TEXT (any length; three characters or more use the
trigram index), newest first, with the spans where it occurs.

options:
${DB_HELP}
  --format json|pretty   json (default) or a table
  --limit N, --offset N  page through the hits (default 20)`;

export const searchCommand: Command = {
  name: 'search',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' },
    }, 'search');
    if (values.help) {
      await write(io.stdout, `${USAGE}\n`);
      return 0;
    }
    const text = positionals.join(' ').trim();
    if (!text) throw errors.usage('search needs some text to look for');
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'pretty') throw errors.usage(`--format ${format}: expected json or pretty`);
    return withStore(values.db, async (store) => {
      const page = await search(store, text, {
        limit: positiveInt(values.limit, '--limit', 20),
        offset: values.offset === '0' ? 0 : positiveInt(values.offset, '--offset', 0),
      });
      await write(io.stdout, `${format === 'pretty' ? searchPretty(page) : JSON.stringify(page, null, 2)}\n`);
      return 0;
    });
  },
};
