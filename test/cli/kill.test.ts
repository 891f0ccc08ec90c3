/**
 * kill -9 at random points of a run and of a multi-run job leaves either no output folder or a
 * complete one (the previous result, when replacing with --force), and the next run cleans up
 * the hidden folders a killed run left (it resumes from `.o.partial`, removes `.o.tmp-*`). Kill times are drawn (seeded) uniformly over
 * an unkilled run's duration; one more kill lands the moment the temporary folder appears.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { BIN, SMALL, stormoff, tempDir } from './stormoff.js';

/** The files every run folder has. */
const FILES = ['contracts.csv', 'events.csv', 'meta.json', 'runs.csv', 'summary.csv', 'timeseries.csv'];

/** Spawns `stormoff args` in `cwd`; kills it with SIGKILL after `ms`, or when `when()` turns true. */
function killed(args: string[], cwd: string, ms: number, when: () => boolean = () => false): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: 'ignore', env: { ...process.env, STORMOFF_DEBUG: '' } });
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started >= ms || when()) child.kill('SIGKILL');
    }, 5);
    child.on('exit', () => {
      clearInterval(timer);
      resolve(child.pid ?? null);
    });
  });
}

/** 'absent', 'complete' (the five files, meta.json parses) or a description of what is wrong. */
function state(dir: string): string {
  if (!existsSync(dir)) return 'absent';
  const files = readdirSync(dir).sort();
  if (!FILES.every((file) => files.includes(file))) return `partial: ${files.join(', ')}`;
  JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  return 'complete';
}

const leftovers = (cwd: string) => readdirSync(cwd).filter((entry) => entry.startsWith('.o.'));

describe('kill -9', () => {
  for (const [what, runs] of [['a run', '1'], ['a multi-run job', '6']] as const) {
    it(`stormoff run killed at random points of ${what} leaves no output or a complete one`, { timeout: 240_000 }, async () => {
      const cwd = tempDir();
      const args = ['run', SMALL, '--runs', runs, '--out', 'o'];
      const t0 = Date.now();
      expect((await stormoff(args, cwd)).code).toBe(0);
      const duration = Date.now() - t0;
      const random = seedrandom(`kill/${runs}`);
      for (const fraction of [random(), random()]) {
        await killed([...args, '--force'], cwd, fraction * duration);
        expect(['absent', 'complete']).toContain(state(join(cwd, 'o'))); // absent only between the two renames
      }
      const fresh = join(cwd, 'fresh');
      mkdirSync(fresh);
      await killed(['run', SMALL, '--runs', runs, '--out', 'o'], fresh, random() * duration);
      expect(['absent', 'complete']).toContain(state(join(fresh, 'o')));
      await killed([...args, '--force'], cwd, duration * 10, () => leftovers(cwd).some((e) => e.includes('.tmp-')));
      expect(['absent', 'complete']).toContain(state(join(cwd, 'o')));
      expect((await stormoff([...args, '--force'], cwd)).code).toBe(0); // and the next run cleans up
      expect(leftovers(cwd)).toEqual([]);
    });
  }

  it('stormoff run cleans the leftovers of killed runs and restores a result moved aside', { timeout: 120_000 }, async () => {
    const cwd = tempDir();
    const dead = await killed(['--version'], cwd, 60_000); // a finished process: its pid is free
    mkdirSync(join(cwd, `.o.tmp-${dead}-zz`));
    writeFileSync(join(cwd, `.o.tmp-${dead}-zz`, 'timeseries.csv'), 'scenario,run\nhalf');
    const aside = join(cwd, `.o.old-${dead}-zz`, 'previous');
    mkdirSync(aside, { recursive: true });
    for (const file of FILES) writeFileSync(join(aside, file), file === 'meta.json' ? '{"command":["earlier"]}' : 'x\n');
    const result = await stormoff(['run', SMALL, '--runs', '1', '--out', 'o'], cwd);
    expect(result.code).toBe(2); // the restored earlier result is not replaced without --force
    expect(result.stderr).toContain("by 'earlier'");
    expect(leftovers(cwd)).toEqual([]);
    expect(state(join(cwd, 'o'))).toBe('complete');
  });
});
