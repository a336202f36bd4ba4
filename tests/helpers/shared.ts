/**
 * Where ../shared is (the read-only corpus and tools beside the clone), and a skip reason when it is absent.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The repository root (tests run from dist/tests, compiled). */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export const SHARED = resolve(ROOT, '../shared');
export const DEV = join(SHARED, 'corpus/dev');

/** A skip message for node:test when ../shared is missing (a user's clone), false when it is there. */
export function needsShared(): string | false {
  return existsSync(DEV) ? false : `../shared is absent (${SHARED}): this test needs the shared corpus`;
}
