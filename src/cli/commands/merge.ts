/**
 * `newsgraph merge A B` (A is the same entity as B), `newsgraph merge --list`, and `newsgraph unmerge ID`.
 * Every merge — the automatic ones made while ingesting too — is a record that can be reviewed and undone.
 */
import { errors } from '../../errors.js';
import { findEntities } from '../../store/query/refs.js';
import type { Store } from '../../store/store.js';
import type { MergeRecord } from '../../store/types.js';
import { parse, positiveInt, write, type Command } from '../command.js';
import { DB_HELP, withStore } from '../store-option.js';
import { table } from '../table.js';

const MERGE_USAGE = `usage: newsgraph merge ENTITY INTO [--note TEXT]
       newsgraph merge --list [--kind entity|event] [--rule R] [--active] [--limit N]

Says ENTITY is the same as INTO: from now on queries treat them (and whatever was merged into them) as one.
ENTITY and INTO are exact names, keys (kb:…, local:…) or #IDs; a name that matches several entities is refused.
--list shows merge records, newest first: manual ones and the automatic ones made while ingesting
(rules kb-id, local-name, same-happening). Undo any of them with newsgraph unmerge ID.

options:
${DB_HELP}
  --note TEXT            why (kept with the record)
  --format json|pretty   json (default) or a table`;

const UNMERGE_USAGE = `usage: newsgraph unmerge ID

Undoes merge record ID (see newsgraph merge --list): a manual merge is reverted; an automatic one is split,
the article's entity or event becoming one of its own.

options:
${DB_HELP}
  --format json|pretty   json (default) or a table`;

async function one(store: Store, ref: string): Promise<number> {
  const found = await findEntities(store.db, ref, { limit: 5, exact: true });
  if (found.length === 0) throw errors.store(`no entity "${ref}" in the store — try newsgraph query entities ${ref}`);
  if (found.length > 1 && !/^#\d+$/.test(ref)) {
    throw errors.store(`"${ref}" names ${found.length} entities (${found.map((e) => `#${e.id} ${e.name} ${e.key}`).join('; ')}) — give a #ID or key`);
  }
  return found[0]!.id;
}

function records(rows: readonly MergeRecord[]): string {
  return table(['id', 'kind', 'rule', 'target', 'source', 'document', 'created', 'undone'], rows.map((r) => [
    String(r.id), r.kind, r.rule, `#${r.target}`, r.source == null ? '' : `#${r.source}`, r.document ? `${r.document.slice(0, 19)} ${r.local_id ?? ''}` : '',
    r.created_at.slice(0, 19), r.undone_at ? r.undone_at.slice(0, 19) : '',
  ]));
}

function format(value: string | undefined): 'json' | 'pretty' {
  const f = value ?? 'json';
  if (f !== 'json' && f !== 'pretty') throw errors.usage(`--format ${f}: expected json or pretty`);
  return f;
}

export const mergeCommand: Command = {
  name: 'merge',
  usage: MERGE_USAGE,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' }, note: { type: 'string' }, list: { type: 'boolean' }, kind: { type: 'string' }, rule: { type: 'string' },
      active: { type: 'boolean' }, limit: { type: 'string' }, format: { type: 'string' },
    }, 'merge');
    if (values.help) {
      await write(io.stdout, `${MERGE_USAGE}\n`);
      return 0;
    }
    const f = format(values.format);
    if (values.kind && values.kind !== 'entity' && values.kind !== 'event') throw errors.usage(`--kind ${values.kind}: expected entity or event`);
    return withStore(values.db, async (store) => {
      let rows: MergeRecord[];
      if (values.list) {
        rows = await store.merges({
          kind: values.kind as 'entity' | 'event' | undefined, rule: values.rule, undone: values.active ? false : undefined,
          limit: positiveInt(values.limit, '--limit', 100),
        });
      } else {
        if (positionals.length !== 2) throw errors.usage('merge takes two entities: ENTITY INTO (or --list)');
        rows = [await store.merge(await one(store, positionals[0]!), await one(store, positionals[1]!), values.note ?? null)];
      }
      await write(io.stdout, `${f === 'pretty' ? records(rows) : JSON.stringify(values.list ? rows : rows[0], null, 2)}\n`);
      return 0;
    });
  },
};

export const unmergeCommand: Command = {
  name: 'unmerge',
  usage: UNMERGE_USAGE,
  async run(argv, io) {
    const { values, positionals } = parse(argv, { db: { type: 'string' }, format: { type: 'string' } }, 'unmerge');
    if (values.help) {
      await write(io.stdout, `${UNMERGE_USAGE}\n`);
      return 0;
    }
    const f = format(values.format);
    if (positionals.length !== 1) throw errors.usage('unmerge takes one merge record id (see newsgraph merge --list)');
    const id = positiveInt(positionals[0]!.replace(/^#/, ''), 'ID', 0);
    return withStore(values.db, async (store) => {
      const row = await store.unmerge(id);
      await write(io.stdout, `${f === 'pretty' ? records([row]) : JSON.stringify(row, null, 2)}\n`);
      return 0;
    });
  },
};
