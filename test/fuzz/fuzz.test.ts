/**
 * Property-based fuzz (fast-check, fixed seed): generated hostile scenarios and `--set`s end in
 * success or a rejection naming the file (and path), never a crash, a leaked file content, a hang
 * or a partial output. The library API takes most cases (fast); a few go through the CLI with a
 * time limit. `npm run fuzz` runs the same with thousands of cases and prints the figures.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzCase } from './cases.js';
import { apiOutcome, cliOutcome, sandbox } from './outcome.js';

let dir = '';
beforeAll(() => {
  dir = sandbox();
});

describe('fuzz', () => {
  it('loadScenarioFile + runScenario on hostile cases: ok or rejected, never a crash', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fuzzCase, (fuzz) => {
        const { outcome, detail } = apiOutcome(fuzz, dir);
        expect({ outcome, detail }).toMatchObject({ outcome: expect.stringMatching(/^(ok|rejected)$/) });
      }),
      { numRuns: 40, seed: 20261126 },
    );
  });

  it('stormoff run on hostile cases: exit 0 with a complete folder or exit 2 naming the file, in time', { timeout: 120_000 }, async () => {
    for (const fuzz of fc.sample(fuzzCase, { numRuns: 3, seed: 42 })) {
      const { outcome, detail } = await cliOutcome(fuzz, dir, 60_000);
      expect({ outcome, detail }).toMatchObject({ outcome: expect.stringMatching(/^(ok|rejected)$/) });
    }
  });
});
