/**
 * End-to-end tests of parallel, sharded and resumable experiments: byte-identical files for any
 * worker count, for a merge of shards, and after a kill -9 and restart; merge refusing shards of
 * different experiments; Parquet reading back equal to the CSV; sensitivity and compare outputs.
 * About 60-90 s on 2 cores (most of it is starting Node and worker threads).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../sim/rng.js';
import { BIN, SMALL, stormoff, tempDir } from './stormoff.js';

const TIMEOUT = 240_000;
const RUN = ['run', SMALL, '--runs', '5', '--seed', '3', '--timeseries', 'yearly', '-q'];

/** Every file but meta.json (timestamps), by name. */
function tables(dir: string): Record<string, string> {
  const names = readdirSync(dir).filter((f) => f !== 'meta.json').sort();
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), 'latin1')]));
}

async function ok(args: string[], cwd: string): Promise<void> {
  const result = await stormoff(args, cwd);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

describe('stormoff experiments', () => {
  it('stormoff run --workers 1, 2 and 4 write byte-identical files', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    await Promise.all(['1', '2', '4'].map((workers) => ok([...RUN, '--workers', workers, '--out', `w${workers}`], cwd)));
    const one = tables(join(cwd, 'w1'));
    expect(Object.keys(one)).toEqual(['contracts.csv', 'events.csv', 'lab_state.csv', 'runs.csv', 'summary.csv', 'timeseries.csv']);
    expect(one['runs.csv'].trim().split('\n')).toHaveLength(6);
    const dates = (table: string) => new Set(csvParse(one[table]).map((r) => r.date));
    expect(dates('lab_state.csv')).toEqual(dates('timeseries.csv')); // --timeseries yearly thins both
    expect(tables(join(cwd, 'w2'))).toEqual(one);
    expect(tables(join(cwd, 'w4'))).toEqual(one);
  });

  it('stormoff merge of shards 0/3, 1/3, 2/3 equals the unsharded run, byte for byte', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    await Promise.all([
      ok([...RUN, '--workers', '1', '--out', 'whole'], cwd),
      ...[0, 1, 2].map((i) => ok([...RUN, '--workers', '0', '--shard', `${i}/3`, '--out', `s${i}`], cwd)),
    ]);
    await ok(['merge', 's2', 's0', 's1', '--out', 'merged'], cwd);
    expect(tables(join(cwd, 'merged'))).toEqual(tables(join(cwd, 'whole')));
    const meta = JSON.parse(readFileSync(join(cwd, 'merged', 'meta.json'), 'utf8'));
    expect(meta.seeds).toEqual(JSON.parse(readFileSync(join(cwd, 'whole', 'meta.json'), 'utf8')).seeds);
  });

  it('stormoff merge refuses shards of different experiments and a missing shard', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    const base = ['run', SMALL, '--runs', '2', '--timeseries', 'none', '--workers', '0', '-q'];
    await Promise.all([
      ok([...base, '--seed', '1', '--shard', '0/2', '--out', 'a'], cwd),
      ok([...base, '--seed', '2', '--shard', '1/2', '--out', 'b'], cwd),
    ]);
    const mixed = await stormoff(['merge', 'a', 'b', '--out', 'm'], cwd);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/cannot merge b with a: they are not shards of one experiment \(.*seed: 1 in a vs 2 in b/);
    const missing = await stormoff(['merge', 'a', '--out', 'm'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing shard 1 of 2');
    expect(existsSync(join(cwd, 'm'))).toBe(false);
  });

  it('stormoff sweep killed with SIGKILL and started again writes the same files as an uninterrupted sweep', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    const sweep = ['sweep', SMALL, '--param', 'params.lambda=0.05:0.3:8', '--runs', '3', '--workers', '1', '--timeseries', 'yearly', '-q'];
    await ok([...sweep, '--out', 'whole'], cwd);
    // Kill -9 once a seeded random number of the 24 one-run chunks (1..22) is committed.
    const target = 1 + Math.floor(22 * createRng(8, 'kill')());
    const staging = join(cwd, '.resumed.partial');
    const chunks = () => (existsSync(staging) ? readdirSync(staging).filter((f) => /^chunk-\d+$/.test(f)).length : 0);
    const child = spawn(process.execPath, [BIN, ...sweep, '--out', 'resumed'], { cwd, stdio: 'ignore' });
    while (chunks() < target && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
    expect(child.signalCode).toBe('SIGKILL');
    expect(chunks()).toBeGreaterThanOrEqual(target);
    expect(chunks()).toBeLessThan(24);
    await ok([...sweep, '--out', 'resumed'], cwd);
    expect(tables(join(cwd, 'resumed'))).toEqual(tables(join(cwd, 'whole')));
    expect(readdirSync(cwd).filter((f) => f.startsWith('.'))).toEqual([]);
    const rows = csvParse(readFileSync(join(cwd, 'whole', 'sweep.csv'), 'utf8'));
    expect(rows.map((r) => r.run)).toEqual(Array.from({ length: 24 }, (_, i) => String(i)));
  });

  it('stormoff run --format parquet writes tables that read back equal to the CSVs', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    const args = ['run', SMALL, '--runs', '2', '--timeseries', 'monthly-metrics=narrative_share', '--workers', '0', '-q'];
    await Promise.all([ok([...args, '--out', 'csv'], cwd), ok([...args, '--format', 'parquet', '--out', 'pq'], cwd)]);
    for (const table of ['runs', 'summary', 'timeseries', 'lab_state', 'contracts']) {
      const csv = csvParse(readFileSync(join(cwd, 'csv', `${table}.csv`), 'utf8'));
      const parquet = await parquetReadObjects({ file: await asyncBufferFromFile(join(cwd, 'pq', `${table}.parquet`)) });
      expect(parquet).toHaveLength(csv.length);
      csv.forEach((row, i) => {
        for (const [column, text] of Object.entries(row)) {
          const value = parquet[i][column];
          if (typeof value === 'number') expect(value, `${table}.${column}`).toBe(Number(text));
          else expect(value ?? '', `${table}.${column}`).toBe(text.replace(/^'(?=[=+\-@])/, ''));
        }
      });
    }
  });

  it('stormoff sensitivity --method morris writes sensitivity.csv, tornado.svg and sweep.csv', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    await ok(['sensitivity', SMALL, '--method', 'morris', '--samples', '2', '--param', 'params.lambda=0.05:0.3', '--param', 'population.agents=200:400', '--workers', '1', '-q', '--out', 's'], cwd);
    const rows = csvParse(readFileSync(join(cwd, 's', 'sensitivity.csv'), 'utf8'));
    expect(rows.filter((r) => r.metric === 'defections').map((r) => r.parameter)).toEqual(['params.lambda', 'population.agents']);
    expect(readFileSync(join(cwd, 's', 'tornado.svg'), 'utf8')).toMatch(/^<svg/);
    const sweep = csvParse(readFileSync(join(cwd, 's', 'sweep.csv'), 'utf8'));
    expect(sweep).toHaveLength(6);
    expect(sweep.every((r) => Number.isInteger(Number(r['population.agents'])))).toBe(true);
  });

  it('stormoff merge of sensitivity shards computes the same sensitivity.csv as one process', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    const args = ['sensitivity', SMALL, '--method', 'sobol', '--samples', '4', '--bootstrap', '20', '--param', 'params.lambda=0.05:0.3', '--workers', '0', '-q'];
    await Promise.all([ok([...args, '--out', 'whole'], cwd), ok([...args, '--shard', '0/2', '--out', 'a'], cwd), ok([...args, '--shard', '1/2', '--out', 'b'], cwd)]);
    await ok(['merge', 'a', 'b', '--out', 'merged'], cwd);
    expect(tables(join(cwd, 'merged'))).toEqual(tables(join(cwd, 'whole')));
    expect(readFileSync(join(cwd, 'whole', 'sensitivity.csv'), 'utf8').split('\n')[1]).toMatch(/^sobol,final_narrative_share\.aws,params\.lambda,/);
  });

  it('stormoff run --timeseries with an unknown metric exits 2 before running', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    const result = await stormoff(['run', SMALL, '--timeseries', 'monthly-metrics=narrative_shar', '--out', 'o'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown metric 'narrative_shar'");
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('stormoff compare <scenario> <scenario> writes compare.csv with paired CIs', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    const result = await stormoff(['compare', SMALL, SMALL, '--runs', '3', '--workers', '0', '--out', 'c'], cwd);
    expect(result.code).toBe(0);
    const rows = csvParse(readFileSync(join(cwd, 'c', 'compare.csv'), 'utf8'));
    expect(rows.columns).toEqual(['metric', 'entity', 'n', 'baseline_mean', 'counterfactual_mean', 'mean_difference', 'se', 'ci_low', 'ci_high', 'sign_share']);
    const share = rows.find((r) => r.metric === 'final_narrative_share' && r.entity === 'aws')!;
    expect([share.n, share.mean_difference, share.ci_low, share.ci_high]).toEqual(['3', '0', '0', '0']);
    expect(result.stdout).toContain('paired by run (same seeds)');
  });
});
