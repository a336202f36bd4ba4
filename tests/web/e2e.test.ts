/**
 * The workbench in headless Chromium over a temporary store: open an article, click an entity, read its dossier
 * (events and quotes), follow evidence back into the reader, use the timeline, network, claims, commitments,
 * search and analyse pages — and an article full of markup renders as inert text. Screenshots go to
 * test-output/e2e/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createApp, DEFAULT_WEB_ROOT, listen, pipelineAnalyzer, type Listening } from '../../src/server/index.js';
import { ROOT } from '../helpers/shared.js';
import { dismissal, pledge, XSS_IMG, XSS_SCRIPT } from './articles.js';
import { chromiumMissing, openBrowser, type Browser } from './browser.js';
import { testStore, type TestStore } from './setup.js';

const OUT = join(ROOT, 'test-output', 'e2e');
const skip = chromiumMissing();
if (skip) process.stderr.write(`e2e: ${skip}\n`);

describe('the workbench in a browser', { skip: skip ?? false }, () => {
  let ts: TestStore;
  let server: Listening;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];

  const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  const go = async (hash: string) => {
    await page.goto(`${server.url}${hash}`);
  };

  before(async () => {
    assert.ok(existsSync(join(DEFAULT_WEB_ROOT, 'index.html')), 'web-dist/ is missing: npm test builds it (npm run build)');
    mkdirSync(OUT, { recursive: true });
    ts = await testStore();
    server = await listen(createApp({ store: ts.store, analyzer: pipelineAnalyzer(), webRoot: DEFAULT_WEB_ROOT, log: () => {} }), '127.0.0.1', 0);
    browser = await openBrowser();
    page = browser.page;
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await ts?.dispose();
  });

  test('open an article, hover a quantity, click an entity and read its dossier with events and quotes', async () => {
    await go('#/');
    await page.locator('a.doc-link', { hasText: pledge.title! }).click();
    const article = page.getByTestId('article');
    await article.waitFor();
    assert.match(await article.innerText(), /素晴らしい合意だ/);
    assert.equal(await page.locator('.part-caption').count(), 1, 'the caption is set apart');
    assert.ok(await page.locator('.part-byline').count() >= 1, 'the byline is set apart');
    assert.ok(await page.locator('.inline-chip.speaker').count() >= 2, 'quotes carry speaker chips');
    await page.locator('.m-qty').first().hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    assert.match(await tooltip.innerText(), /8,000,000 t/);
    await shot('reader');

    await page.locator('[data-entity="kb:xi-jinping"]').first().click();
    const dossier = page.getByTestId('dossier');
    await dossier.waitFor();
    assert.match(await dossier.locator('h1').innerText(), /習近平/);
    assert.ok(await page.getByTestId('dossier-event').count() >= 1, 'at least one event');
    assert.ok(await page.getByTestId('dossier-quote').count() >= 1, 'at least one quote');
    assert.match(await dossier.innerText(), /Q15031/);
    await shot('dossier');

    // Evidence links open the reader with the span highlighted.
    const evidence = page.getByTestId('dossier-event').first().locator('a.evidence').first();
    const quoted = (await evidence.locator('q').innerText()).trim();
    await evidence.click();
    await page.locator('.m-hl').first().waitFor();
    assert.equal((await page.locator('.m-hl').allInnerTexts()).join(''), quoted);
  });

  test('the timeline filters by type and the network opens a dossier on click', async () => {
    await go('#/');
    await page.locator('[data-nav="timeline"]').click();
    await page.getByTestId('timeline-event').first().waitFor();
    assert.equal(await page.getByTestId('timeline-event').count(), 3);
    await page.locator('select[name="type"]').selectOption('dismissal');
    await page.getByRole('button', { name: '適用' }).click();
    // (The page's CSP forbids evaluated strings, so wait on elements rather than a string predicate.)
    await page.getByTestId('timeline-event').nth(1).waitFor({ state: 'detached' });
    await page.getByTestId('timeline-event').first().waitFor();
    assert.equal(await page.getByTestId('timeline-event').count(), 1);
    assert.match(await page.getByTestId('timeline-event').innerText(), /解任[\s\S]*王海涛/);
    await shot('timeline');

    await page.locator('[data-nav="network"]').click();
    const graph = page.getByTestId('network-graph');
    await page.waitForSelector('[data-testid="network-graph"][data-positions]');
    assert.ok(Number(await graph.getAttribute('data-nodes')) >= 4);
    assert.ok(Number(await graph.getAttribute('data-edges')) >= 3);
    await shot('network');
    const detail = await page.evaluate(async () => (await (await fetch('/api/entities?q=%E7%8E%8B%E6%B5%B7%E6%B6%9B')).json()) as { entities: { id: number }[] });
    const positions = JSON.parse((await graph.getAttribute('data-positions'))!) as Record<string, { x: number; y: number }>;
    const target = positions[String(detail.entities[0]!.id)]!;
    await graph.click({ position: { x: target.x, y: target.y } });
    await page.getByTestId('dossier').waitFor();
    assert.match(await page.getByTestId('dossier').locator('h1').innerText(), /王海涛/);
  });

  test('claims, commitments, search, the English switch and the analyse page', async () => {
    await go('#/claims');
    await page.getByTestId('claim-group').first().waitFor();
    assert.ok(await page.getByTestId('claim-group').count() >= 3);
    assert.match(await page.locator('.claims').innerText(), /政府高官[\s\S]*中国側が譲歩した/);

    await go('#/commitments');
    await page.getByTestId('commitment-chart').first().waitFor();
    const chart = await page.getByTestId('commitment-chart').first().innerText();
    assert.match(chart, /800万トン/);
    assert.match(chart, /150万トン/, 'the annual baseline is drawn per quarter');
    await shot('commitments');

    await go(`#/search?q=${encodeURIComponent('大豆')}`);
    await page.locator('.hits li').first().waitFor();
    assert.match(await page.locator('.hits').innerText(), new RegExp(pledge.title!));

    await page.getByTestId('lang-toggle').click();
    assert.equal(await page.locator('[data-nav="timeline"]').innerText(), 'Timeline');
    await page.getByTestId('lang-toggle').click();

    await go('#/analyse');
    await page.locator('textarea').fill(`${dismissal.title}\n\n2026年5月20日\n\n${dismissal.text.split('\n\n')[1]}`);
    await page.getByRole('button', { name: '分析する' }).click();
    await page.getByTestId('article').waitFor({ timeout: 60_000 });
    assert.match(await page.getByTestId('article').innerText(), /王海涛司令員を職務から解任した/);
    await shot('analyse');
  });

  test('an article made of markup renders as inert text', async () => {
    const xssId = ts.ids[2]!;
    await go(`#/doc/${encodeURIComponent(xssId)}`);
    const article = page.getByTestId('article');
    await article.waitFor();
    const text = await article.innerText();
    assert.ok(text.includes(XSS_SCRIPT), 'the script tag is shown as text');
    assert.ok(text.includes(XSS_IMG), 'the img tag is shown as text');
    assert.equal(await page.locator('.article script, .article img, .article b, .panel b').count(), 0, 'no element was made from the text');
    await page.locator('.m-quote').first().hover();
    await page.waitForTimeout(200);
    await go('#/');
    await page.locator('a.doc-link').first().waitFor();
    assert.ok((await page.locator('table.list').innerText()).includes(XSS_SCRIPT));
    await go('#/claims');
    await page.getByTestId('claim-group').first().waitFor();
    assert.deepEqual(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss ?? null), null);
    assert.deepEqual(dialogs, [], 'no dialog fired');
    await go(`#/doc/${encodeURIComponent(xssId)}`);
    await article.waitFor();
    await shot('xss');
  });

  test('a server with a token asks for it once, then shows the articles', async () => {
    const token = 'e2e-secret-token';
    const secured = await listen(createApp({ store: ts.store, analyzer: pipelineAnalyzer(), token, webRoot: DEFAULT_WEB_ROOT, log: () => {} }), '127.0.0.1', 0);
    try {
      await page.goto(`${secured.url}#/`);
      await page.locator('form.token').waitFor();
      assert.equal(await page.locator('form.token').count(), 1);
      assert.equal(await page.locator('a.doc-link').count(), 0);
      await page.locator('form.token input').fill('not-the-token');
      await page.locator('form.token button').click();
      await page.locator('form.token').waitFor();
      await page.locator('form.token input').fill(token);
      await page.locator('form.token button').click();
      await page.locator('a.doc-link').first().waitFor();
      assert.equal(await page.locator('form.token').count(), 0);
      assert.equal(await page.locator('a.doc-link').count(), 3);
    } finally {
      await secured.close();
    }
  });

  test('no script error happened on any page', () => {
    assert.deepEqual(errors, []);
  });
});
