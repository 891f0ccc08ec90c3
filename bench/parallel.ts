/**
 * Runs per second of the baseline on the CLI's own worker pool (sim/node/worker-pool.ts, the
 * workers of `stormoff run`), with 1 and 2 workers kept alive across runs, in wall time. Each
 * run is a full task: simulate, thin, format its CSV rows.
 */
import { fileURLToPath } from 'node:url';
import { runSeed } from '../sim/rng.js';
import type { RunOutput, RunTask, TaskContext } from '../sim/node/run-task.js';
import { createPool } from '../sim/node/worker-pool.js';
import { wallTime } from './setup.js';

const WORKER = new URL('../sim/node/run-worker.ts', import.meta.url);

function task(run: number, seed: number): RunTask {
  return {
    key: { run, point: 0, replicate: run, seed: runSeed(seed, run), scenario: 'baseline', scenarioHash: '', version: '', values: [], command: '' },
    pointSets: [],
  };
}

/** Runs per second of `runs` baseline runs of `agents` agents on `workers` workers (after one warm-up run each). */
export async function runsPerSecond(workers: number, runs: number, agents: number): Promise<number> {
  const context: TaskContext = {
    scenarioPath: fileURLToPath(new URL('../scenarios/baseline.yaml', import.meta.url)),
    sets: [`population.agents=${agents}`], timeseries: 'full', details: true, check: false,
  };
  const pool = createPool<RunTask, RunOutput>(workers, WORKER, context);
  try {
    await Promise.all(Array.from({ length: workers }, (_, i) => pool.run(task(1000 + i, 1))));
    const seconds = await wallTime(async () => {
      await Promise.all(Array.from({ length: runs }, (_, run) => pool.run(task(run, 1))));
    });
    return runs / seconds;
  } finally {
    await pool.close();
  }
}
