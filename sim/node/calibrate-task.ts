/**
 * One simulation of a calibration as a task: the scenario with the evaluation's `--set`
 * overrides, cut at the calibration horizon, run with the given seed, reduced to its moments
 * (sim/calibration/moments.ts). Runs in a worker thread (calibrate-worker.ts) or in the main thread.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrationHorizon, runMoments, type RunMoments } from '../calibration/moments.js';
import { runScenario } from '../run.js';
import type { Scenario } from '../scenario/types.js';
import { loadScenarioFile } from './scenario-file.js';

/** The worker entry, next to this module (.ts from sources, .js when compiled). */
export const CALIBRATE_WORKER_URL = new URL(`./calibrate-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** What every task of a calibration shares (sent once to each worker). */
export interface CalibrationContext {
  scenarioPath: string;
  /** Overrides of the whole calibration (e.g. population.agents). */
  sets: string[];
  /** Reported years whose shares are measured. */
  years: number[];
}

/** One run: its index, seed and the evaluation's parameter overrides. */
export interface CalibrationTask {
  run: number;
  seed: number;
  sets: string[];
}

/**
 * A function running tasks of `context`; it caches the scenario of the last parameter vector.
 * @example const run = createCalibrationRunner(context); run({ run: 0, seed: 1, sets: ['params.alpha=2'] })
 */
export function createCalibrationRunner(context: CalibrationContext): (task: CalibrationTask) => RunMoments {
  const lastYear = Math.max(...context.years);
  let cached: { key: string; scenario: Scenario } | null = null;
  return (task) => {
    const key = task.sets.join('\n');
    if (cached?.key !== key) cached = { key, scenario: calibrationHorizon(loadScenarioFile(context.scenarioPath, [...context.sets, ...task.sets]), lastYear) };
    const recording = runScenario(cached.scenario, { run: task.run, seed: task.seed, check: false });
    return runMoments(recording, cached.scenario, context.years);
  };
}
