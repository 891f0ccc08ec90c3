/**
 * The viewer as the browser tests and the speed benchmark see it: built by Vite into a fresh
 * temporary folder, served on 127.0.0.1 at a random port, with a headless Chromium; and helpers
 * that wait for a run to be computed and drawn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../sim/node/static-server.js';
import { launch } from './chromium.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Site {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the viewer, serves it and starts Chromium (in parallel with the build). */
export async function startSite(): Promise<Site> {
  const out = mkdtempSync(join(tmpdir(), 'stormoff-viewer-'));
  const vite = await import('vite');
  const [browser] = await Promise.all([
    launch(),
    vite.build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: out, emptyOutDir: true } }),
  ]);
  const server: StaticServer = await serveStatic(out);
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}

/** The job number of the page's current results. */
export function currentJob(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __stormoff: { results(): { job: number } } }).__stormoff.results().job);
}

/** Waits until a job after `after` (any job if omitted) has every run computed and drawn. */
export async function waitDrawn(page: Page, after = -Infinity, timeout = 45_000): Promise<void> {
  await page.waitForFunction((previous) => {
    const app = (window as unknown as { __stormoff?: { results(): { job: number; complete: boolean; error: unknown }; timings: { drawn: number } } }).__stormoff;
    if (!app) return false;
    const results = app.results();
    return results.job !== previous && (results.error !== null || results.complete) && !Number.isNaN(app.timings.drawn);
  }, after, { timeout, polling: 50 });
}
