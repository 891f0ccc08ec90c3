/**
 * One simulation run: initWorld, then step() for every month, recording as it goes.
 */
import { checkInvariants } from './invariants.js';
import type { Recording } from './recording.js';
import { createRecorder } from './recorder.js';
import { runSeed } from './rng.js';
import type { Scenario } from './scenario/types.js';
import { step } from './step.js';
import { initWorld } from './init.js';

export interface RunOptions {
  /** Run index (0-based); the seed is derived from the scenario seed and this unless `seed` is given. */
  run: number;
  /** Seed of this run; default runSeed(scenario.seed, run) (run 0 uses the scenario seed). */
  seed?: number;
  /** Check the invariants every month; throws InvariantError on the first broken one. */
  check?: boolean;
  /** Called after each month with (monthsDone, monthsTotal). */
  onMonth?: (done: number, total: number) => void;
}

/**
 * Runs `scenario` once and returns its recording.
 * @example const recording = runScenario(scenario, { run: 0, check: true });
 */
export function runScenario(scenario: Scenario, options: RunOptions): Recording {
  const seed = options.seed ?? runSeed(scenario.seed, options.run);
  const world = initWorld(scenario, seed, options.run);
  const recorder = createRecorder(world, { scenario: scenario.name, run: options.run, seed });
  const months = world.dates.length;
  for (let t = 0; t < months; t++) {
    world.t = t;
    step(world);
    if (options.check) checkInvariants(world);
    recorder.record(world);
    options.onMonth?.(t + 1, months);
  }
  return recorder.finish(world);
}
