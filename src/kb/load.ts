/**
 * Loading the knowledge base: the shipped files under `kb/` once per process, and a user's own files
 * (`newsgraph analyze --kb FILE`) on top of them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errors } from '../errors.js';
import { KnowledgeBase } from './knowledge-base.js';
import { parseKb } from './parse.js';
import type { KbEntry } from './types.js';

/** The folder of the shipped KB files (the repository's `kb/`; this module runs from dist/src/kb). */
export const SHIPPED_KB_DIR = fileURLToPath(new URL('../../../kb/', import.meta.url));

/** The entries of one KB file; messages name it as given. @throws NewsgraphError (no-input, bad-kb). */
export function readKbFile(path: string, shownAs = path): KbEntry[] {
  let source: string;
  try {
    if (statSync(path).isDirectory()) throw errors.notAFile(path);
    source = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') throw errors.noInput(path);
    throw error;
  }
  return parseKb(source.replace(/^\uFEFF/, ''), shownAs);
}

/** The version of the parsed entries' shape: a cache written by an older parser is not read back. */
const ENTRY_FORMAT = 'entries-2';

/** Where parsed KB files are cached as JSON (build output, not part of the repository). */
const CACHE_DIR = fileURLToPath(new URL('../../.kb-cache/', import.meta.url));

/**
 * Every `*.yaml` file of `dir`, in name order, as one knowledge base. Parsing YAML with positions takes about a
 * second for the shipped files, so the parsed entries are cached as JSON under a hash of the files' names and
 * contents: an edited file is parsed (and checked) again, an unchanged one is read back in milliseconds.
 */
export function loadKbDir(dir: string, cacheDir: string | null = CACHE_DIR): KnowledgeBase {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const sources = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const hash = createHash('sha256');
  hash.update(`${ENTRY_FORMAT}\0`);
  files.forEach((f, i) => hash.update(`${f}\0${sources[i]}\0`));
  const cached = cacheDir ? join(cacheDir, `kb-${hash.digest('hex').slice(0, 24)}.json`) : null;
  if (cached) {
    try {
      return new KnowledgeBase(JSON.parse(readFileSync(cached, 'utf8')) as KbEntry[]);
    } catch {
      // no cache yet (or an unreadable one): parse the YAML below
    }
  }
  const entries: KbEntry[] = [];
  files.forEach((f, i) => entries.push(...parseKb(sources[i]!.replace(/^\uFEFF/, ''), relative(process.cwd(), join(dir, f)) || f)));
  const kb = new KnowledgeBase(entries);
  if (cached && cacheDir) writeCache(cacheDir, cached, entries);
  return kb;
}

/** Writes the cache atomically and drops older ones; a read-only install simply goes without. */
function writeCache(cacheDir: string, path: string, entries: readonly KbEntry[]): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir)) if (old.startsWith('kb-') && join(cacheDir, old) !== path) rmSync(join(cacheDir, old), { force: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entries));
    renameSync(tmp, path);
  } catch {
    // the cache is an optimisation only
  }
}

let shipped: KnowledgeBase | null = null;

/** The shipped knowledge base, read and checked on the first call, then shared. */
export function shippedKb(): KnowledgeBase {
  shipped ??= loadKbDir(SHIPPED_KB_DIR);
  return shipped;
}

/** The shipped knowledge base extended with the entries of `files` (none: the shipped one itself). */
export function knowledgeBase(files: readonly string[] = []): KnowledgeBase {
  const base = shippedKb();
  if (!files.length) return base;
  return base.extend(files.flatMap((f) => readKbFile(f)));
}
