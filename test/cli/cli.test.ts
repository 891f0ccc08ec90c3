/**
 * End-to-end tests of the `stormoff` CLI, spawned as `node bin/stormoff.js`: help, version, list,
 * validate, usage errors (exit 2, no stack trace, nothing written) and a small `run`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStack, ROOT, SMALL, stormoff, tempDir } from './stormoff.js';

const TIMEOUT = 60_000;
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const FILES = ['timeseries.csv', 'lab_state.csv', 'contracts.csv', 'events.csv', 'summary.csv', 'meta.json'];

describe('stormoff', () => {
  it('stormoff --help lists the commands and exit codes', { timeout: TIMEOUT }, async () => {
    const { code, stdout } = await stormoff(['--help']);
    expect(code).toBe(0);
    for (const command of ['run', 'flagship', 'validate', 'list']) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(stdout).toContain('Exit codes');
  });

  it('stormoff <command> --help prints the command usage', { timeout: TIMEOUT }, async () => {
    for (const command of ['run', 'validate', 'list', 'flagship']) {
      const { code, stdout } = await stormoff([command, '-h']);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: stormoff ${command}`);
    }
  });

  it('stormoff --version prints the package version', { timeout: TIMEOUT }, async () => {
    const { code, stdout } = await stormoff(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(version);
  });

  it('stormoff with an unknown command exits 2 with a hint', { timeout: TIMEOUT }, async () => {
    const { code, stderr } = await stormoff(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown command 'frobnicate'");
    expect(stderr).toContain('hint:');
  });

  it('stormoff list shows the bundled scenarios from any directory', { timeout: TIMEOUT }, async () => {
    const { code, stdout } = await stormoff(['list']);
    expect(code).toBe(0);
    if (existsSync(join(ROOT, 'scenarios', 'baseline.yaml'))) {
      expect(stdout).toMatch(/^NAME\s+FILE\s+DESCRIPTION$/m);
      expect(stdout).toMatch(/^baseline\s+baseline\.yaml\s+\S/m);
    }
  });

  it('stormoff list <dir> reads name and description of each yaml', { timeout: TIMEOUT }, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b.yaml'), 'name: beta\ndescription: second one\n');
    writeFileSync(join(dir, 'a-long-name.yaml'), 'name: alpha\ndescription: |\n  first line\n  second line\n');
    const { code, stdout } = await stormoff(['list', dir]);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'NAME   FILE              DESCRIPTION',
      'alpha  a-long-name.yaml  first line',
      'beta   b.yaml            second one',
    ]);
  });

  it('stormoff validate <ok file> prints the counts', { timeout: TIMEOUT }, async () => {
    const { code, stdout, stderr } = await stormoff(['validate', SMALL]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok .+: .+, \d+ clouds, \d+ labs, \d+ events$/m);
  });

  it('stormoff validate <bad file> exits 2 with one error line per issue, no stack', { timeout: TIMEOUT }, async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'name: bad\ndescription: broken\nstart: 2016-13\nlabs: nope\n');
    const { code, stdout, stderr } = await stormoff(['validate', SMALL, bad]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^ok /m);
    expect(stderr).toMatch(/^error: .*bad\.yaml/m);
    expect(stderr.trim().split('\n').every((line) => line.startsWith('error: '))).toBe(true);
    expect(hasStack(stderr)).toBe(false);
  });

  it('stormoff run with an unknown flag exits 2 with a hint', { timeout: TIMEOUT }, async () => {
    const { code, stderr } = await stormoff(['run', SMALL, '--bogus']);
    expect(code).toBe(2);
    expect(stderr).toContain('--bogus');
    expect(stderr).toContain("stormoff run --help");
    expect(hasStack(stderr)).toBe(false);
  });

  it('stormoff run with a bad --runs value exits 2', { timeout: TIMEOUT }, async () => {
    const { code, stderr } = await stormoff(['run', SMALL, '--runs', 'many']);
    expect(code).toBe(2);
    expect(stderr).toContain('--runs expects an integer');
  });

  it('stormoff run <missing file> exits 2 and creates no output dir', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    const { code, stderr } = await stormoff(['run', 'no-such-scenario.yaml'], cwd);
    expect(code).toBe(2);
    expect(stderr).toContain('no-such-scenario.yaml');
    expect(hasStack(stderr)).toBe(false);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('stormoff run <invalid scenario> exits 2 and writes nothing', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'bad.yaml'), 'name: bad\nlabs: 3\n');
    const { code, stderr } = await stormoff(['run', 'bad.yaml', '--out', 'results'], cwd);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: bad\.yaml/m);
    expect(existsSync(join(cwd, 'results'))).toBe(false);
  });

  it('stormoff run <scenario> --runs 2 writes the output files', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    const { code, stdout, stderr } = await stormoff(['run', SMALL, '--runs', '2', '--seed', '11', '--out', 'o'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('o/');
    for (const file of FILES) expect(existsSync(join(cwd, 'o', file))).toBe(true);
    const meta = JSON.parse(readFileSync(join(cwd, 'o', 'meta.json'), 'utf8'));
    expect(meta.version).toBe(version);
    expect(meta.seeds).toHaveLength(2);
    expect(meta.seeds[0]).toBe(11);
    expect(meta.parameters.seed).toBe(11);
    expect(meta.command).toEqual(['stormoff', 'run', SMALL, '--runs', '2', '--seed', '11', '--out', 'o']);
    expect(Date.parse(meta.finished)).toBeGreaterThanOrEqual(Date.parse(meta.started));
    const timeseries = readFileSync(join(cwd, 'o', 'timeseries.csv'), 'utf8');
    expect(timeseries.startsWith('scenario,run,seed,date,entity,metric,value\n')).toBe(true);
    expect(timeseries).toMatch(/^[^,]+,1,\d+,/m);
    const labState = readFileSync(join(cwd, 'o', 'lab_state.csv'), 'utf8');
    expect(labState.startsWith('scenario,run,seed,date,lab,primary_cloud,exclusivity\n')).toBe(true);
    expect(labState).toMatch(/^[^,]+,1,\d+,\d{4}-\d\d,[a-z]+,[a-z]*,(none|rofr|inference|full)$/m);
    const summary = readFileSync(join(cwd, 'o', 'summary.csv'), 'utf8');
    expect(summary).toMatch(/,0,11,final_narrative_share,/);
    expect(summary).toMatch(/,1,\d+,narrative_hhi,all,/);
  });

  it('stormoff run --out o refuses to replace a result, naming --force; --force replaces it', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    expect((await stormoff(['run', SMALL, '--runs', '1', '--out', 'o'], cwd)).code).toBe(0);
    const before = readFileSync(join(cwd, 'o', 'meta.json'), 'utf8');
    const refused = await stormoff(['run', SMALL, '--runs', '1', '--check', '--out', 'o'], cwd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/o already holds a result/);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(join(cwd, 'o', 'meta.json'), 'utf8')).toBe(before);
    const again = await stormoff(['run', SMALL, '--runs', '1', '--check', '--out', 'o', '--force'], cwd);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'o', 'meta.json'), 'utf8')).command).toContain('--check');
  });

  it('stormoff run <bundled name> finds scenarios/<name>.yaml from any directory', { timeout: TIMEOUT }, async () => {
    const cwd = tempDir();
    const { code, stdout } = await stormoff(['run', 'baseline', '--runs', '1'], cwd);
    expect(code).toBe(0);
    expect(stdout).toContain('out/baseline/');
    expect(existsSync(join(cwd, 'out', 'baseline', 'summary.csv'))).toBe(true);
  });
});

describe('stormoff validate <bad scenario>', () => {
  const cases: [file: string, path: RegExp][] = [
    ['wrong-type.yaml', /labs\[\d\]\.\w+/],
    ['unknown-key.yaml', /unknown|not allowed|expected one of/i],
    ['unknown-lab-event.yaml', /events\[\d+\]\.lab/],
    ['date-outside.yaml', /events\[\d+\]\.date/],
    ['negative-capacity.yaml', /clouds\[\d\]\.capacity/],
    ['shares.yaml', /narrativeShare/],
    ['cycle-a.yaml', /->/],
    ['malformed.yaml', /line \d+/],
    ['duplicate-key.yaml', /line \d+|duplicate/i],
    ['no-such-file.yaml', /no such scenario/],
  ];
  for (const [file, path] of cases) {
    it(`stormoff validate ${file} exits 2 naming the file and the path, with no stack trace`, { timeout: TIMEOUT }, async () => {
      const { code, stderr } = await stormoff(['validate', join(ROOT, 'test/fixtures/scenarios', file)]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^error: /m);
      expect(stderr).toContain(file);
      expect(stderr).toMatch(path);
      expect(hasStack(stderr)).toBe(false);
    });
  }
});
