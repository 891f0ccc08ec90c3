/**
 * Runs per second of the baseline with 1 and 2 worker threads kept alive across runs (each worker
 * loads the scenario once, then takes run indices one at a time), in wall time.
 */
import { Worker } from 'node:worker_threads';
import { wallTime } from './setup.js';

/** Runs per second of `runs` baseline runs of `agents` agents on `workers` workers (after one warm-up run each). */
export async function runsPerSecond(workers: number, runs: number, agents: number): Promise<number> {
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { agents } }));
  const runOn = (worker: Worker, run: number) => new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.postMessage(run);
  });
  try {
    await Promise.all(pool.map((worker, i) => runOn(worker, 1000 + i)));
    let next = 0;
    const seconds = await wallTime(async () => {
      await Promise.all(pool.map(async (worker) => {
        while (next < runs) await runOn(worker, next++);
      }));
    });
    return runs / seconds;
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
