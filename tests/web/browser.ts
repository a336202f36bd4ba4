/**
 * Headless Debian Chromium for the end-to-end tests and the screenshot script, driven by playwright-core (never a
 * downloaded browser). Absent Chromium skips with a message outside CI and fails in CI (NEWSGRAPH_CI=1).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run',
  '--disable-component-update', '--disable-sync',
];

/** Why the browser tests cannot run here, or null when they can. Throws in CI, where they must run. */
export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const why = `${CHROMIUM} is not installed (apt-get install chromium) — browser tests skipped`;
  if (process.env.NEWSGRAPH_CI === '1') throw new Error(`${why.replace(' — browser tests skipped', '')}: CI must run the browser tests`);
  return why;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh browser profile in a temporary folder, and one page. */
export async function openBrowser(viewport = { width: 1400, height: 1000 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context, page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
