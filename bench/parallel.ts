/**
 * Runs per second of the baseline on the CLI's worker pool (sim/node/worker-pool.ts, the pool of
 * `stormoff run`), with 1 and 2 workers kept alive across runs, in wall time. Each run is a full
 * task of the CLI's task runner: simulate, thin, format its CSV rows. The worker
 * (bench/parallel-worker.ts) also reports what each task cost inside it (busy and GC time, output
 * size), so a ratio below 2 can be traced: tasks that take longer with 2 workers than with 1
 * contend for something shared (memory bandwidth, caches, GC threads); the same task time with a
 * lower ratio points at the pool or the main thread.
 */
import { fileURLToPath } from 'node:url';
import { runSeed } from '../sim/rng.js';
import type { RunTask, TaskContext } from '../sim/node/run-task.js';
import { createPool, type Pool } from '../sim/node/worker-pool.js';
import type { TaskCost } from './parallel-worker.js';
import { wallTime } from './setup.js';
import { threadClock } from './thread-clock.js';

/** The worker beside this module: compiled with it by scripts/bench.mjs, or the TypeScript source under tsx. */
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './parallel-worker.ts' : './parallel-worker.built.mjs', import.meta.url);

function task(run: number, seed: number): RunTask {
  return {
    key: { run, point: 0, replicate: run, seed: runSeed(seed, run), scenario: 'baseline', scenarioHash: '', version: '', values: [], command: '' },
    pointSets: [],
  };
}

/** One measurement with a pool of `workers`. */
export interface PoolRate {
  workers: number;
  runsPerSecond: number;
  /** CPU milliseconds of the whole process (main thread, workers, GC helper threads) per run. */
  processCpuMs: number;
  /** CPU milliseconds of the main thread per run (the pool, and in the CLI the ordering and writing). */
  mainCpuMs: number;
  /** Mean wall milliseconds a task spends running inside its worker, and the part in GC. */
  taskMs: number;
  /** Mean CPU milliseconds of the worker thread per task, and milliseconds it waited for a CPU (load). */
  taskCpuMs: number;
  taskWaitMs: number;
  gcMs: number;
  /** Characters of CSV text a run sends back. */
  outputChars: number;
}

/**
 * A pool of `workers` running the baseline at `agents` agents, each worker warmed by `warmup` runs:
 * a fresh worker keeps compiling (and deoptimising and recompiling) the month-level code on V8's
 * background threads for its first ~12-15 baseline runs, ~200 ms of compile per run at 10^4
 * agents in runs 2-11 against ~20 ms in runs 20-39 (--trace-opt). On 2 cores that background work
 * rides free on the idle core with one worker and competes with the second worker with two, so a
 * cold pool measures JIT warm-up, not the steady state of a long sweep.
 */
async function warmPool(workers: number, agents: number, warmup: number): Promise<Pool<RunTask, TaskCost>> {
  const context: TaskContext = {
    scenarioPath: fileURLToPath(new URL('../scenarios/baseline.yaml', import.meta.url)),
    sets: [`population.agents=${agents}`], timeseries: 'full', details: true, check: false,
  };
  const pool = createPool<RunTask, TaskCost>(workers, WORKER, context);
  await Promise.all(Array.from({ length: workers * Math.max(1, warmup) }, (_, i) => pool.run(task(1000 + i, 1))));
  return pool;
}

/** `runs` baseline runs on a warmed `pool`: runs per second in wall time, and what they cost. */
async function measure(pool: Pool<RunTask, TaskCost>, runs: number): Promise<PoolRate> {
  let costs: TaskCost[] = [];
  const cpu = process.cpuUsage();
  const main = threadClock();
  const seconds = await wallTime(async () => {
    costs = await Promise.all(Array.from({ length: runs }, (_, run) => pool.run(task(run, 1))));
  });
  const used = process.cpuUsage(cpu);
  const mainEnd = threadClock();
  const mean = (f: (c: TaskCost) => number) => costs.reduce((a, c) => a + f(c), 0) / costs.length;
  return { workers: pool.size, runsPerSecond: runs / seconds, processCpuMs: (used.user + used.system) / 1e3 / runs,
    mainCpuMs: main && mainEnd ? (mainEnd.cpuMs - main.cpuMs) / runs : NaN, taskMs: mean((c) => c.busyMs), taskCpuMs: mean((c) => c.cpuMs),
    taskWaitMs: mean((c) => c.waitMs), gcMs: mean((c) => c.gcMs), outputChars: mean((c) => c.outputChars) };
}

/** W=2 against W=1, alternated `rounds` times (the load of a shared machine drifts): each round's ratio, and the medians. */
export interface ParallelComparison {
  agents: number;
  runs: number;
  rounds: { one: PoolRate; two: PoolRate; ratio: number }[];
  /** Median of the rounds' runs/s ratios (W=2 / W=1). */
  ratio: number;
  /** Median of the rounds' task-time ratios (W=2 / W=1): 1 when the workers do not slow each other. */
  taskSlowdown: number;
  /** Median of the rounds' ratios of thread CPU time per task (W=2 / W=1): above 1 when the workers contend for memory or caches. */
  cpuSlowdown: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Alternates a pool of 1 and a pool of 2 workers `rounds` times on `runs` runs of `agents` agents;
 * both pools stay alive throughout (an idle worker costs no CPU), each worker warmed by `warmup` runs first.
 */
export async function compareParallel(agents: number, runs: number, rounds: number, warmup = 15): Promise<ParallelComparison> {
  const result: ParallelComparison['rounds'] = [];
  const pools = [await warmPool(1, agents, warmup), await warmPool(2, agents, warmup)];
  try {
    for (let r = 0; r < rounds; r++) {
      const one = await measure(pools[0], runs);
      const two = await measure(pools[1], runs);
      result.push({ one, two, ratio: two.runsPerSecond / one.runsPerSecond });
    }
  } finally {
    await Promise.all(pools.map((pool) => pool.close()));
  }
  return { agents, runs, rounds: result, ratio: median(result.map((r) => r.ratio)), taskSlowdown: median(result.map((r) => r.two.taskMs / r.one.taskMs)),
    cpuSlowdown: median(result.map((r) => r.two.taskCpuMs / r.one.taskCpuMs)) };
}
