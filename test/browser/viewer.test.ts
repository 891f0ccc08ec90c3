/**
 * The viewer in a real headless Chromium (Debian's, driven by playwright-core), against a fresh
 * build served on 127.0.0.1: it loads without console errors, every library scenario draws every
 * chart, sliders re-run, compare mode shows differences, CSV exports equal the CLI's bytes, links
 * round-trip, and hostile input (HTML in names, malformed files, oversized populations, broken
 * links) is handled. Small populations keep it fast (about 60 s on 2 busy cores).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScenarioError } from '../../sim/scenario/errors.js';
import { parseScenario } from '../../sim/scenario/load.js';
import { LIBRARY_NAMES_FOR_TESTS } from './library-names.js';
import { CHROMIUM, openPage } from './chromium.js';
import { currentJob, ROOT, startSite, waitDrawn, type Site } from './viewer-site.js';

const SMALL = 'agents=1000&runs=2';
/** One run: enough to draw every chart (the fan's band collapses onto its median). */
const TINY = 'agents=1000&runs=1';
const CHARTS = ['narrative', 'revenue', 'compute', 'contracts', 'network', 'fan'];

let site: Site;
let page: Page;
let errors: string[];

/** Opens `query` in the shared page and waits for it to be drawn. */
async function show(query: string): Promise<void> {
  const before = await currentJob(page).catch(() => -Infinity);
  await page.goto(`${site.url}?${query}`);
  await waitDrawn(page, page.url().includes('open=results') ? before : -Infinity);
}

/** Re-runs after `act` and waits for the new job to be drawn. */
async function rerunAfter(act: () => Promise<void>): Promise<void> {
  const before = await currentJob(page);
  await act();
  await waitDrawn(page, before);
}

/** Number of points in a chart's data paths (`selector` within the card). */
function pathPoints(chart: string, selector: string): Promise<number[]> {
  return page.$$eval(`#card-${chart} ${selector}`, (paths) => paths.map((p) => (p.getAttribute('d') ?? '').split(/[MLC]/).filter((s) => s.trim()).length));
}

function uploadFile(name: string, text: string): Promise<void> {
  return page.setInputFiles('#upload', { name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
}

describe.skipIf(!existsSync(CHROMIUM))('the viewer in Chromium', () => {
  beforeAll(async () => {
    site = await startSite();
    ({ page, errors } = await openPage(site.browser));
  }, 120_000);

  afterAll(async () => {
    await site?.close();
  });

  it('loads the default view with no console errors', async () => {
    await show(SMALL);
    expect(await page.locator('#scenario-name').textContent()).toBe('baseline');
    expect(errors).toEqual([]);
  });

  it.each(LIBRARY_NAMES_FOR_TESTS)('draws every chart with data for the library scenario %s', async (name) => {
    await show(`s=${name}&${TINY}`);
    expect(await page.locator('#errors').isHidden()).toBe(true);
    expect(Math.max(...(await pathPoints('narrative', 'path.layer')))).toBeGreaterThan(100);
    expect(Math.max(...(await pathPoints('revenue', 'path.series')))).toBeGreaterThan(100);
    expect(Math.max(...(await pathPoints('compute', 'path.layer')))).toBeGreaterThan(100);
    expect(Math.max(...(await pathPoints('fan', 'path.median')))).toBeGreaterThan(100);
    expect(await page.locator('#card-contracts g.contract').count()).toBeGreaterThan(0);
    expect(await page.locator('#card-network circle').count()).toBeGreaterThan(2);
    expect(await page.locator('#card-narrative g.marker').count()).toBeGreaterThan(0);
    for (const chart of CHARTS) expect(await page.locator(`#card-${chart} svg text`).first().textContent()).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('re-runs when a slider is released and the chart changes', async () => {
    await show(`s=baseline&${SMALL}`);
    const before = await page.locator('#card-narrative path.layer').first().getAttribute('d');
    await rerunAfter(() => page.$eval('input[data-path="params.alpha"]', (input: HTMLInputElement) => {
      input.value = '2.6';
      input.dispatchEvent(new Event('change'));
    }));
    expect(await page.locator('#card-narrative path.layer').first().getAttribute('d')).not.toBe(before);
    expect(decodeURIComponent(page.url())).toContain('set=params.alpha=2.6');
    expect(await page.locator('label.slider.changed').count()).toBe(1);
  });

  it('shows the differences, the headline table and the story in compare mode', async () => {
    await show(SMALL);
    await rerunAfter(() => page.click('#flagship'));
    expect(new URLSearchParams(new URL(page.url()).search).get('vs')).toBe('baseline');
    const differences = await page.$$eval('table.headline tbody tr td:nth-child(5)', (cells) => cells.map((c) => c.textContent ?? ''));
    expect(differences.some((d) => /[1-9]/.test(d))).toBe(true);
    expect(Math.max(...(await pathPoints('difference', 'path.series')))).toBeGreaterThan(100);
    const band = await page.$$eval('#card-difference path.series', (paths) => paths.map((p) => p.getAttribute('d')).join(''));
    expect(new Set(band.match(/,[\d.]+/g)).size).toBeGreaterThan(2);
    expect(await page.locator('#panel-story h4').allTextContents()).toEqual(expect.arrayContaining(['baseline', 'openai-to-aws-2018']));
    expect(await page.locator('#panel-story .spans li').count()).toBeGreaterThan(1);
  });

  it('exports CSVs byte for byte equal to stormoff run with the same seed and settings', async () => {
    await show('s=openai-to-aws-2018&seed=5&runs=2&agents=1000&set=params.alpha=1.7');
    const files = new Map<string, string>();
    let onDownload: (download: Download) => void = () => undefined;
    const collected = new Promise<void>((done) => {
      onDownload = (download) => void download.path().then((path) => {
        files.set(download.suggestedFilename(), readFileSync(path, 'utf8'));
        if (files.size === 6) done();
      });
    });
    page.on('download', onDownload);
    await page.click('#export-csv');
    await collected;
    page.off('download', onDownload);
    const out = mkdtempSync(join(tmpdir(), 'stormoff-cli-'));
    try {
      execFileSync('node', [join(ROOT, 'bin/stormoff.js'), 'run', 'openai-to-aws-2018', '--seed', '5', '--runs', '2',
        '--set', 'population.agents=1000', '--set', 'params.alpha=1.7', '--out', join(out, 'run'), '--workers', '1'], { stdio: 'pipe' });
      for (const name of ['timeseries.csv', 'contracts.csv', 'events.csv', 'summary.csv', 'runs.csv']) {
        expect(files.get(`openai-to-aws-2018-${name}`), name).toBe(readFileSync(join(out, 'run', name), 'utf8'));
      }
      expect(await page.locator('#cli').textContent()).toContain('--seed 5 --runs 2 --set population.agents=1000 --set params.alpha=1.7');
      await rerunAfter(() => page.setInputFiles('#results-folder', join(out, 'run')));
      expect(await page.locator('#status').textContent()).toContain('opened from files');
      expect(Math.max(...(await pathPoints('narrative', 'path.layer')))).toBeGreaterThan(100);
      expect(await page.locator('#scenario-name').textContent()).toBe('openai-to-aws-2018');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('exports a chart as SVG and as PNG', async () => {
    await show(TINY);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#card-narrative button[data-export=svg]')]);
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svg.suggestedFilename()).toBe('baseline-narrative.svg');
    expect(svgText).toMatch(/^<\?xml/);
    expect(svgText).toContain('Narrative share by cloud');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#card-revenue button[data-export=png]')]);
    expect(png.suggestedFilename()).toBe('baseline-revenue.png');
    expect(readFileSync(await png.path()).subarray(1, 4).toString()).toBe('PNG');
  });

  it('round-trips the whole state through the URL', async () => {
    const query = 's=openai-to-aws-2018&vs=baseline&seed=9&runs=2&agents=1200&set=labs.openai.autonomy=0.7&month=40&lab=anthropic&metric=ai_revenue';
    await show(query);
    const first = new URL(page.url()).search;
    expect(Object.fromEntries(new URLSearchParams(first))).toEqual(Object.fromEntries(new URLSearchParams(query)));
    await show(first.slice(1));
    expect(new URL(page.url()).search).toBe(first);
    expect(await page.locator('#date').textContent()).toBe('2019-05');
    expect(await page.locator('#metric').inputValue()).toBe('ai_revenue');
    expect(await page.locator('#seed').inputValue()).toBe('9');
  });

  it('falls back to the default view with a notice for a broken link', async () => {
    await show('s=<script>&runs=banana');
    expect(await page.locator('#notice').textContent()).toContain('could not be read');
    expect(await page.locator('#scenario').inputValue()).toBe('baseline');
  });

  it('shows a scenario named <img src=x onerror=...> as text', async () => {
    await show(TINY);
    const name = '<img src=x onerror="window.__pwned=1">';
    await rerunAfter(() => uploadFile('evil.yaml', `extends: ./baseline.yaml\nname: '${name}'\ndescription: '<b onmouseover=alert(1)>bold</b>'\n`));
    expect(await page.locator('#scenario-name').textContent()).toBe(name);
    expect(await page.locator('#scenario-description').textContent()).toBe('<b onmouseover=alert(1)>bold</b>');
    expect(await page.locator('main img, main b[onmouseover]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('shows the validator\'s message, with the path, for a malformed upload', async () => {
    await show(TINY);
    const text = 'extends: ./baseline.yaml\nname: broken\nparams:\n  alpha: high\nlabs:\n  - id: openai\n    autonomy: -3\n';
    let expected = '';
    try {
      parseScenario(text, 'broken.yaml', (path) => (path.endsWith('baseline.yaml') ? readFileSync(join(ROOT, 'scenarios/baseline.yaml'), 'utf8') : undefined));
    } catch (error) {
      expected = (error as ScenarioError).format();
    }
    expect(expected).toContain('params.alpha');
    await rerunAfter(() => uploadFile('broken.yaml', text));
    const shown = await page.locator('#errors pre').allTextContents();
    expect(shown.join('\n')).toBe(expected);
  });

  it('refuses an oversized population with a message and keeps the last run', async () => {
    await show(TINY);
    const job = await currentJob(page);
    await page.fill('#agents', '5000000');
    await page.dispatchEvent('#agents', 'change');
    expect(await page.locator('#notice').textContent()).toContain('Population must be a whole number from 100 to 200,000');
    expect(await currentJob(page)).toBe(job);
  });

  it('lays out without horizontal scrolling at 1280x800 and on a tablet', async () => {
    for (const [width, height] of [[1280, 800], [820, 1180]]) {
      await page.setViewportSize({ width, height });
      await show(`s=openai-to-aws-2018&vs=baseline&${TINY}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${width}px`).toBeLessThanOrEqual(0);
      const svgWidths = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => s.getBoundingClientRect().right));
      expect(Math.max(...svgWidths)).toBeLessThanOrEqual(width);
    }
    expect(errors).toEqual([]);
  });
});
