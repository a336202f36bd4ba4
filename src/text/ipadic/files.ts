/**
 * Reads kuromoji's bundled IPADIC data (node_modules/kuromoji/dict/*.dat.gz), gunzipped in parallel on libuv's
 * thread pool. The files are little-endian (as every platform Node runs on) and several are padded with zeros to
 * a power of two by kuromoji's writer (unk.dat is 10 MB for 398 bytes).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

const gunzipAsync = promisify(gunzip);

/** The decompressed files, by what they hold. */
export interface IpadicFiles {
  /** Double-array trie over UTF-8 bytes: BASE and CHECK, int32 each (base.dat, check.dat). */
  base: Buffer;
  check: Buffer;
  /** Word records of 10 bytes: left id, right id, cost (int16), feature offset (int32) (tid.dat). */
  words: Buffer;
  /** NUL-terminated UTF-8 feature lines `surface,pos,…` the records point into (tid_pos.dat). */
  features: Buffer;
  /** Trie value → records, int32: `[count] ([value] [n] [record byte offset]×n)×count` (tid_map.dat). */
  targets: Buffer;
  /** Connection costs, int16: `[rows] [columns] cost[right id × columns + left id]…` (cc.dat). */
  costs: Buffer;
  /** The same three for unknown words, by character class id (unk.dat, unk_pos.dat, unk_map.dat). */
  unknownWords: Buffer;
  unknownFeatures: Buffer;
  unknownTargets: Buffer;
  /** Character class id of every UTF-16 code unit (unk_char.dat). */
  charClasses: Buffer;
  /** Class definitions: `([invoke u8] [group u8] [max length i32] [name, NUL-terminated])…` (unk_invoke.dat). */
  classes: Buffer;
}

const FILES: readonly (readonly [keyof IpadicFiles, string])[] = [
  ['base', 'base.dat.gz'],
  ['check', 'check.dat.gz'],
  ['words', 'tid.dat.gz'],
  ['features', 'tid_pos.dat.gz'],
  ['targets', 'tid_map.dat.gz'],
  ['costs', 'cc.dat.gz'],
  ['unknownWords', 'unk.dat.gz'],
  ['unknownFeatures', 'unk_pos.dat.gz'],
  ['unknownTargets', 'unk_map.dat.gz'],
  ['charClasses', 'unk_char.dat.gz'],
  ['classes', 'unk_invoke.dat.gz'],
];

/** kuromoji's dictionary directory. */
export function kuromojiDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/** Every file of `dir` (default: kuromoji's), decompressed. */
export async function readIpadicFiles(dir = kuromojiDictDir()): Promise<IpadicFiles> {
  const parts = await Promise.all(
    FILES.map(async ([key, file]) => {
      const gz = await readFile(join(dir, file));
      // one output chunk of the size the gzip trailer gives: no concatenation of 16 kB pieces, and aligned
      const size = gz.readUInt32LE(gz.length - 4);
      return [key, await gunzipAsync(gz, { chunkSize: Math.max(64, size) })] as const;
    }),
  );
  return Object.fromEntries(parts) as Record<keyof IpadicFiles, Buffer>;
}
