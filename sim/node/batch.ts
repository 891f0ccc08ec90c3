/**
 * Runs of one scenario, one after the other, with a progress bar over runs x months. Run i uses
 * seed runSeed(seed, i), so two scenarios run with the same seed share their random numbers
 * (common random numbers, DESIGN §4).
 */
import type { Recording } from '../recording.js';
import { runSeed } from '../rng.js';
import { runScenario } from '../run.js';
import type { Scenario } from '../scenario/types.js';
import { createProgress, type Progress } from './progress.js';

export interface BatchOptions {
  /** Number of runs. */
  runs: number;
  /** Seed of run 0; run i uses runSeed(seed, i). */
  seed: number;
  /** Check the invariants every month (throws InvariantError). */
  check: boolean;
}

/** The seeds of runs 0..runs-1. */
export function batchSeeds(seed: number, runs: number): number[] {
  return Array.from({ length: runs }, (_, run) => runSeed(seed, run));
}

/**
 * Run `scenario` `options.runs` times and return the recordings, in run order.
 * @example runBatch(scenario, { runs: 10, seed: scenario.seed, check: false })
 */
export function runBatch(scenario: Scenario, options: BatchOptions): Recording[] {
  let progress: Progress | null = null;
  const recordings: Recording[] = [];
  try {
    batchSeeds(options.seed, options.runs).forEach((seed, run) => {
      const onMonth = (done: number, total: number): void => {
        progress ??= createProgress(scenario.name, total * options.runs);
        progress.update(run * total + done);
      };
      recordings.push(runScenario(scenario, { run, seed, check: options.check, onMonth }));
    });
  } finally {
    (progress as Progress | null)?.finish();
  }
  return recordings;
}
