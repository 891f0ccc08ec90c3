/**
 * Determinism of the outputs (DESIGN §4): the same scenario and seed give byte-identical CSVs
 * across repeated runs, a different seed gives different ones, and the seed a row carries re-runs
 * that row's run on its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL, stormoff, tempDir } from './stormoff.js';

const TIMEOUT = 120_000;
const CSVS = ['timeseries.csv', 'lab_state.csv', 'contracts.csv', 'events.csv', 'summary.csv'];

async function runInto(seed: number, runs = 2): Promise<Record<string, string>> {
  const cwd = tempDir();
  const { code, stderr } = await stormoff(['run', SMALL, '--runs', String(runs), '--seed', String(seed), '--out', 'o'], cwd);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return Object.fromEntries(CSVS.map((file) => [file, readFileSync(join(cwd, 'o', file), 'utf8')]));
}

describe('stormoff run determinism', () => {
  it('stormoff run twice with the same seed writes byte-identical CSVs', { timeout: TIMEOUT }, async () => {
    const [first, second] = await Promise.all([runInto(5), runInto(5)]);
    for (const file of CSVS) expect(second[file], file).toBe(first[file]);
  });

  it('stormoff run with different seeds writes different timeseries', { timeout: TIMEOUT }, async () => {
    const [first, second] = await Promise.all([runInto(5), runInto(6)]);
    expect(second['timeseries.csv']).not.toBe(first['timeseries.csv']);
  });

  it('stormoff run --seed <a row\'s seed> --runs 1 reproduces that run\'s rows', { timeout: TIMEOUT }, async () => {
    const batch = await runInto(5, 3);
    const lines = batch['timeseries.csv'].trim().split('\n');
    const seedOfRun2 = lines.find((line) => line.split(',')[1] === '2')!.split(',')[2];
    const alone = await runInto(Number(seedOfRun2), 1);
    const rest = (line: string) => line.split(',').slice(2).join(',');
    const fromBatch = lines.filter((line) => line.split(',')[1] === '2').map(rest);
    const fromAlone = alone['timeseries.csv'].trim().split('\n').slice(1).map(rest);
    expect(fromAlone.length).toBeGreaterThan(100);
    expect(fromAlone).toEqual(fromBatch);
  });
});
