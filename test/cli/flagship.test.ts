/**
 * `stormoff flagship` end to end, shrunk (2 runs, 500 agents): the decomposition printed within 100
 * columns, flagship.csv tidy beside the three worlds' output directories. Added time: ~15 s.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { FLAGSHIP_COLUMNS } from '../../sim/experiments/flagship-csv.js';
import { ROOT, stormoff, tempDir } from './stormoff.js';

describe('stormoff flagship', () => {
  it('stormoff flagship --runs 2 --agents 500 prints the decomposition and writes flagship.csv', { timeout: 120_000 }, async () => {
    const cwd = tempDir();
    const { code, stdout, stderr } = await stormoff(['flagship', '--runs', '2', '--agents', '500'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const heading of ['(a) Azure loses OpenAI quietly', '(b) the huff on top', "OpenAI's host", 'Deals that differ', "Labs' outcomes"]) {
      expect(stdout).toContain(heading);
    }
    expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
    const rows = csvParse(readFileSync(join(cwd, 'out', 'flagship', 'flagship.csv'), 'utf8'));
    expect(rows.columns).toEqual([...FLAGSHIP_COLUMNS]);
    const azure2019 = rows.find((r) => r.section === 'cloud' && r.comparison === 'huff' && r.entity === 'azure' && r.metric === 'narrative_share' && r.period === '2019');
    expect(Number(azure2019?.effect)).toBeLessThan(0);
    // OpenAI ends 2018 bound to AWS: the scripted exclusive of 2018-03, its scope chosen anew (full or inference) at each expansion.
    expect(rows.filter((r) => r.section === 'host' && r.comparison === 'openai-to-aws-2018' && r.period === '2018')[0]?.label).toMatch(/^aws (full|inference)$/);
    for (const world of ['baseline', 'microsoft-passes-2018', 'openai-to-aws-2018']) {
      expect(readFileSync(join(cwd, 'out', 'flagship', world, 'meta.json'), 'utf8')).toContain('"seeds"');
    }
    const state = csvParse(readFileSync(join(cwd, 'out', 'flagship', 'openai-to-aws-2018', 'lab_state.csv'), 'utf8'));
    expect(state.some((r) => r.lab === 'openai' && r.date === '2018-12' && r.primary_cloud === 'aws' && ['full', 'inference'].includes(r.exclusivity))).toBe(true);
  });

  it('README and package.json describe what npm start and npm run claims run', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.start).toBe('node bin/stormoff.js flagship');
    expect(scripts.claims).toBe('node bin/stormoff.js claims');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    for (const text of ['baseline', 'microsoft-passes-2018', 'openai-to-aws-2018', '(a) Azure loses OpenAI quietly', '(b) the huff on top', 'flagship.csv', 'npm run claims']) {
      expect(readme).toContain(text);
    }
  });

  it('stormoff flagship --runs x exits 2 naming the option', async () => {
    const { code, stderr } = await stormoff(['flagship', '--runs', 'x']);
    expect(code).toBe(2);
    expect(stderr).toContain('--runs');
  });
});
