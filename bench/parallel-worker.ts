/**
 * Worker of the parallel benchmark: the CLI's task runner (sim/node/run-task.ts) behind the CLI's
 * worker protocol, answering each task with what it cost inside the worker (busy milliseconds,
 * and GC milliseconds reported since the last answer) and how many characters its output has, instead of the output itself.
 */
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { createTaskRunner, type RunTask, type TaskContext } from '../sim/node/run-task.js';
import { serveTasks } from '../sim/node/worker-pool.js';
import { threadClock } from './thread-clock.js';

/** What one task cost in the worker. */
export interface TaskCost {
  busyMs: number;
  /** This thread's CPU milliseconds in the task, and its milliseconds runnable but waiting for a CPU (NaN off Linux). */
  cpuMs: number;
  waitMs: number;
  gcMs: number;
  outputChars: number;
}

let gcMs = 0;
new PerformanceObserver((list) => { for (const entry of list.getEntries()) gcMs += entry.duration; }).observe({ entryTypes: ['gc'] });

let gcReported = 0;

/** The CLI's task runner, measured: what each task cost instead of its output. */
function createCostRunner(context: TaskContext): (task: RunTask) => TaskCost {
  const runTask = createTaskRunner(context);
  return (task) => {
    const clock = threadClock();
    const start = performance.now();
    const output = runTask(task);
    const busyMs = performance.now() - start;
    const end = threadClock();
    const outputChars = Object.values(output).reduce((n: number, v) => n + (typeof v === 'string' ? v.length : 0), 0);
    // GC entries arrive some milliseconds late: each reply carries those delivered since the last
    // one, so the sum over a measurement is right but for the last task's tail.
    const cost = {
      busyMs, cpuMs: end && clock ? end.cpuMs - clock.cpuMs : NaN, waitMs: end && clock ? end.waitMs - clock.waitMs : NaN,
      gcMs: gcMs - gcReported, outputChars,
    };
    gcReported = gcMs;
    return cost;
  };
}

serveTasks(createCostRunner);
