/**
 * `stormoff view <folder>`: serves the built viewer and the folder's files under /results/ on
 * 127.0.0.1, nothing outside them; a folder without timeseries.csv is refused (exit 2).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './viewer-site.js';

const CLI = join(ROOT, 'bin/stormoff.js');
const folder = mkdtempSync(join(tmpdir(), 'stormoff-view-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('stormoff view', () => {
  it('view <folder> serves the page and the folder\'s CSVs, and nothing above them', async () => {
    writeFileSync(join(folder, 'timeseries.csv'), 'scenario,run,seed,date,entity,metric,value\n');
    const child = spawn('node', [CLI, 'view', folder, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((found, failed) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk;
          const match = /the viewer is at (http:\/\/127\.0\.0\.1:\d+\/)\?open=results/.exec(text);
          if (match) found(match[1]);
        });
        child.once('exit', (code) => failed(new Error(`view exited with ${code}: ${text}`)));
      });
      expect(await (await fetch(url)).text()).toContain('<title>Stormoff');
      expect(await (await fetch(`${url}results/timeseries.csv`)).text()).toBe('scenario,run,seed,date,entity,metric,value\n');
      expect((await fetch(`${url}results/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
      expect((await fetch(`${url}..%2f..%2fpackage.json`)).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);

  it('view <folder without timeseries.csv> exits 2 with a hint', () => {
    const result = spawnSync('node', [CLI, 'view', ROOT + 'scenarios'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('holds no timeseries.csv');
  });
});
