/**
 * Tests of sim/node/report.ts and progress.ts: exit codes and stderr lines per kind of error
 * (usage 2, scenario 2, invariant 3, other 1 without a stack), and a bar only on a terminal.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { InvariantError } from '../../sim/invariants.js';
import { OutputDirError } from '../../sim/node/output.js';
import { createProgress } from '../../sim/node/progress.js';
import { errorLines, exitCodeOf } from '../../sim/node/report.js';
import { UsageError } from '../../sim/node/usage.js';
import { ScenarioError } from '../../sim/scenario/errors.js';

const debug = process.env.STORMOFF_DEBUG;
afterEach(() => {
  if (debug === undefined) delete process.env.STORMOFF_DEBUG;
  else process.env.STORMOFF_DEBUG = debug;
});

describe('report', () => {
  it('exitCodeOf(error) is 2 for usage, scenario and output folder errors, 3 for invariants, 1 otherwise', () => {
    expect(exitCodeOf(new UsageError('bad', 'hint'))).toBe(2);
    expect(exitCodeOf(new ScenarioError([{ file: 'a.yaml', path: 'x', expected: 'y', found: 'z' }]))).toBe(2);
    expect(exitCodeOf(new OutputDirError('no'))).toBe(2);
    expect(exitCodeOf(new InvariantError('2019-03', 'shares sum to 1', 'sum 1.1'))).toBe(3);
    expect(exitCodeOf(new Error('boom'))).toBe(1);
  });

  it('errorLines(ScenarioError) gives one error line per issue', () => {
    const error = new ScenarioError([
      { file: 'a.yaml', path: 'labs[2].autonomy', expected: 'a number >= 0', found: '"high"' },
      { file: 'a.yaml', path: 'end', expected: 'a month "YYYY-MM"', found: 'nothing' },
    ]);
    expect(errorLines(error)).toEqual([
      'error: a.yaml: labs[2].autonomy: expected a number >= 0, found "high"',
      'error: a.yaml: end: expected a month "YYYY-MM", found nothing',
    ]);
  });

  it('errorLines(InvariantError) names the month and the invariant', () => {
    const [line] = errorLines(new InvariantError('2019-03', 'shares sum to 1', 'sum 1.1'));
    expect(line).toBe('error: invariant "shares sum to 1" broken in month 2019-03: sum 1.1');
  });

  it('errorLines(other) is one line without a stack unless STORMOFF_DEBUG=1', () => {
    delete process.env.STORMOFF_DEBUG;
    const lines = errorLines(new Error('boom\nmore'));
    expect(lines[0]).toBe('error: boom');
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
    process.env.STORMOFF_DEBUG = '1';
    expect(errorLines(new Error('boom')).join('\n')).toMatch(/\n\s+at /);
  });
});

describe('createProgress', () => {
  function stream(isTTY: boolean) {
    const written: string[] = [];
    return { isTTY, columns: 80, written, write: (text: string) => written.push(text) };
  }

  it('createProgress(label, total, stream) is silent when stream is not a terminal', () => {
    const piped = stream(false);
    const bar = createProgress('run', 10, piped);
    for (let i = 1; i <= 10; i++) bar.update(i);
    bar.finish();
    expect(piped.written).toEqual([]);
  });

  it('createProgress(label, total, stream) draws a bar on a terminal and erases it at the end', () => {
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      const tty = stream(true);
      const bar = createProgress('run', 4, tty);
      bar.update(4);
      bar.finish();
      expect(tty.written[0]).toMatch(/^\rrun \[#+\] 100% 4\/4$/);
      expect(tty.written.at(-1)).toBe('\r\x1b[2K');
    } finally {
      if (ci !== undefined) process.env.CI = ci;
    }
  });
});
