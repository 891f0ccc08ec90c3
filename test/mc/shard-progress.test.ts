/**
 * Shard selection (flag and batch-engine environment variables), shard ranges, progress output
 * (off when not a terminal for short work, silent with --quiet) and the paired CI of compare.
 */
import { describe, expect, it } from 'vitest';
import { compareRows } from '../../sim/node/commands/compare.js';
import { createRunProgress } from '../../sim/node/run-progress.js';
import { resolveShard, shardRange } from '../../sim/node/shard.js';
import { createRng } from '../../sim/rng.js';

describe('resolveShard(flag, count, env)', () => {
  it('resolveShard() reads --shard i/n before the environment', () => {
    expect(resolveShard('2/5', undefined, { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '3' }, 'run')).toMatchObject({ index: 2, count: 5 });
  });
  it('resolveShard() reads Slurm, Kubernetes and AWS Batch array indices', () => {
    expect(resolveShard(undefined, undefined, { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '1' }, 'run')).toMatchObject({ index: 3, count: 4 });
    expect(resolveShard(undefined, '6', { JOB_COMPLETION_INDEX: '5' }, 'run')).toMatchObject({ index: 5, count: 6, source: 'JOB_COMPLETION_INDEX' });
    expect(resolveShard(undefined, undefined, { AWS_BATCH_JOB_ARRAY_INDEX: '1', AWS_BATCH_JOB_ARRAY_SIZE: '2' }, 'run')).toMatchObject({ index: 1, count: 2 });
    expect(resolveShard(undefined, undefined, {}, 'run')).toMatchObject({ index: 0, count: 1 });
  });
  it('resolveShard() refuses a bad flag, an index out of range and a missing count', () => {
    expect(() => resolveShard('3/3', undefined, {}, 'run')).toThrow(/not in 0..2/);
    expect(() => resolveShard('1-3', undefined, {}, 'run')).toThrow(/expects i\/n/);
    expect(() => resolveShard(undefined, undefined, { JOB_COMPLETION_INDEX: '0' }, 'run')).toThrow(/--shard-count/);
  });
  it('shardRange() splits runs into contiguous disjoint slices covering all of them', () => {
    for (const [total, count] of [[10, 3], [2, 5], [1000, 7]]) {
      let next = 0;
      for (let index = 0; index < count; index++) {
        const { first, end } = shardRange(total, { index, count, source: 'test' });
        expect(first).toBe(next);
        next = end;
      }
      expect(next).toBe(total);
    }
  });
});

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 100, writes, write: (text: string) => writes.push(text) };
}

describe('createRunProgress(options)', () => {
  it('createRunProgress() writes nothing when not a terminal and the work is short', () => {
    const out = stream(false);
    const progress = createRunProgress({ label: 'x', total: 5, stream: out });
    for (let done = 1; done <= 5; done++) progress.update(done);
    progress.finish();
    expect(out.writes).toEqual([]);
  });
  it('createRunProgress() writes plain lines (no carriage returns) at the interval when not a terminal', () => {
    const out = stream(false);
    let now = 0;
    const progress = createRunProgress({ label: 'x', total: 100, stream: out, interval: 1000, now: () => now });
    for (let done = 1; done < 100; done++) {
      now += 100;
      progress.update(done);
    }
    expect(out.writes.length).toBeGreaterThan(5);
    for (const line of out.writes) expect(line).toMatch(/^x: \d+\/100 runs, [\d.]+ runs\/s, ETA \S+\n$/);
  });
  it('createRunProgress() draws a bar with rate and ETA on a terminal and erases it', () => {
    const out = stream(true);
    let now = 0;
    const previous = process.env.CI;
    delete process.env.CI;
    try {
      const progress = createRunProgress({ label: 'x', total: 10, stream: out, now: () => now });
      now = 2000;
      progress.update(4);
      progress.finish();
    } finally {
      if (previous !== undefined) process.env.CI = previous;
    }
    expect(out.writes[0]).toMatch(/^\r\[#+\.+\] x: 4\/10 runs, 2\.00 runs\/s, ETA 3s/);
    expect(out.writes.at(-1)).toBe('\r\x1b[2K');
  });
  it('createRunProgress({ quiet }) writes nothing even on a terminal', () => {
    const out = stream(true);
    const progress = createRunProgress({ label: 'x', total: 3, stream: out, quiet: true, interval: 0 });
    progress.update(1);
    progress.finish();
    expect(out.writes).toEqual([]);
  });
});

describe('compareRows(baseline, counterfactual)', () => {
  // 1000 synthetic comparisons of 8 paired runs: common noise (sd 1) plus a true effect of 0.25
  // with its own noise (sd 0.2). Covered ~ Binomial(1000, 0.95): sd 0.0069, so 0.95 +- 4 sd =
  // [0.9224, 0.9776]; false-failure probability ~6e-5.
  it('compareRows() paired 95% CI covers the true difference at the stated rate', () => {
    const rng = createRng(11, 'coverage');
    const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    let covered = 0;
    for (let rep = 0; rep < 1000; rep++) {
      const a = [];
      const b = [];
      for (let run = 0; run < 8; run++) {
        const common = 3 + normal();
        a.push({ run, seed: run, metric: 'm', entity: 'all', value: common });
        b.push({ run, seed: run, metric: 'm', entity: 'all', value: common + 0.25 + 0.2 * normal() });
      }
      const [row] = compareRows(a, b, ['a', 'b']);
      if ((row[7] as number) <= 0.25 && 0.25 <= (row[8] as number)) covered++;
    }
    expect(covered / 1000).toBeGreaterThanOrEqual(0.9224);
    expect(covered / 1000).toBeLessThanOrEqual(0.9776);
  });
  it('compareRows() refuses runs whose seeds differ (no common random numbers)', () => {
    const row = (seed: number) => [{ run: 0, seed, metric: 'm', entity: 'all', value: 1 }];
    expect(() => compareRows(row(1), row(2), ['a', 'b'])).toThrow(/not common random numbers/);
  });
});
