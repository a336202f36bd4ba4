/** The store suite on SQLite, one fresh database file per test in a temporary directory. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { storeSuite } from './suite.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
let n = 0;
try {
  await storeSuite('sqlite', () => openStore(join(dir, `store-${++n}.db`)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
