/**
 * Screenshot of the reader for the README: ingests one article (by default the shared dev article on the
 * February 2026 calls) into a temporary store with the real pipeline, serves the workbench and captures the
 * reader in headless Chromium with every layer the analysis has.
 *
 *   npm run screenshot [-- --article PATH] [-- --out docs/reader.png] [-- --width 1400]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, DEFAULT_WEB_ROOT, listen, pipelineAnalyzer } from '../src/server/index.js';
import { ingest } from '../src/store/ingest/run.js';
import { openStore } from '../src/store/open.js';
import { listDocuments } from '../src/store/query/index.js';
import { chromiumMissing, openBrowser } from '../tests/web/browser.js';

const { values: args } = parseArgs({
  options: {
    article: { type: 'string', default: '../shared/corpus/dev/xi-calls-2026-02.txt' },
    out: { type: 'string', default: 'docs/reader.png' },
    width: { type: 'string', default: '1400' },
  },
});

function fail(message: string): never {
  process.stderr.write(`screenshot: ${message}\n`);
  process.exit(1);
}

const article = resolve(args.article);
if (!existsSync(article)) fail(`${args.article}: no such file — give --article PATH`);
if (!existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))) fail('web-dist/ is missing — run npm run build');
const missing = chromiumMissing();
if (missing) fail(missing);
try {
  if (!execFileSync('fc-list', [':lang=ja'], { encoding: 'utf8' }).trim()) {
    process.stderr.write('screenshot: no Japanese font is installed, the text will show as boxes (apt-get install fonts-ipafont-gothic)\n');
  }
} catch {
  // no fontconfig: let Chromium do what it can
}

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-shot-'));
const store = await openStore(join(dir, 'store.db'));
try {
  // As given (a relative path stays relative), since the reader shows it as the source.
  const summary = await ingest(store, [args.article], { workers: 0 });
  if (summary.added !== 1) fail(`${args.article}: not stored (${summary.failed} failed)`);
  const id = (await listDocuments(store)).documents[0]!.id;
  const server = await listen(createApp({ store, analyzer: pipelineAnalyzer(), webRoot: DEFAULT_WEB_ROOT }), '127.0.0.1', 0);
  const browser = await openBrowser({ width: Number(args.width), height: 900 });
  try {
    await browser.page.goto(`${server.url}#/doc/${encodeURIComponent(id)}`);
    await browser.page.getByTestId('article').waitFor();
    // The side panel scrolls within the window; unfold it and make the window as tall as the page, so the picture
    // shows every layer.
    await browser.page.addStyleTag({ content: '.panel { position: static; max-height: none; }' });
    const height = await browser.page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement.scrollHeight);
    await browser.page.setViewportSize({ width: Number(args.width), height });
    await browser.page.screenshot({ path: resolve(args.out) });
    process.stdout.write(`screenshot: ${args.out} (${article})\n`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
