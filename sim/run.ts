/**
 * One simulation run: initWorld, then step() for every month, recording as it goes. `startRun`
 * is the same loop taken a few months at a time (the viewer's worker streams months as they
 * are computed); `runScenario` drives it to the end in one call.
 */
import { checkInvariants } from './invariants.js';
import type { Recording } from './recording.js';
import { createRecorder } from './recorder.js';
import { runSeed } from './rng.js';
import type { Scenario } from './scenario/types.js';
import { step } from './step.js';
import { initWorld } from './init.js';
import type { World } from './world.js';

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

/** A run in progress: advance it a few months at a time, read its recording so far at any point. */
export interface RunInProgress {
  /** The world being simulated (month `done - 1` is the last one stepped). */
  readonly world: World;
  /** Months in the run. */
  readonly months: number;
  /** Months stepped and recorded so far. */
  readonly done: number;
  /** Steps up to `count` more months (fewer at the end); returns how many it stepped. */
  advance(count?: number): number;
  /** The recording so far: months not yet stepped are NaN; contracts and events as of now. Its series
   * share their buffers with the run, so they fill in as it advances. */
  recording(): Recording;
}

/**
 * Starts a run of `scenario` without stepping it: the incremental form of `runScenario`, which
 * gives the identical recording once `done === months`.
 * @example
 * const run = startRun(scenario, { run: 0 });
 * while (run.advance(12) > 0) draw(run.recording());
 */
export function startRun(scenario: Scenario, options: RunOptions): RunInProgress {
  const seed = options.seed ?? runSeed(scenario.seed, options.run);
  const world = initWorld(scenario, seed, options.run);
  const recorder = createRecorder(world, { scenario: scenario.name, run: options.run, seed });
  const months = world.dates.length;
  let done = 0;
  return {
    world,
    months,
    get done() {
      return done;
    },
    advance(count = 1) {
      const until = Math.min(months, done + count);
      const from = done;
      for (; done < until; done++) {
        world.t = done;
        step(world);
        if (options.check) checkInvariants(world);
        recorder.record(world);
        options.onMonth?.(done + 1, months);
      }
      return until - from;
    },
    recording: () => recorder.finish(world),
  };
}

/**
 * Runs `scenario` once and returns its recording.
 * @example const recording = runScenario(scenario, { run: 0, check: true });
 */
export function runScenario(scenario: Scenario, options: RunOptions): Recording {
  const run = startRun(scenario, options);
  run.advance(run.months);
  return run.recording();
}
