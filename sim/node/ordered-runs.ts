/**
 * The scheduling core of an experiment: runs handed to a worker pool in run order, at most a small
 * window ahead of the oldest unwritten run, and their results written back in run order into the
 * chunks of the staging folder, each chunk committed (renamed) as soon as its last run is written.
 */
import type { ChunkStore } from './chunk-store.js';
import { runKeyOf, type ExperimentPlan } from './experiment-plan.js';
import type { RunOutput, RunTask } from './run-task.js';
import type { Pool } from './worker-pool.js';

/** Runs [first, end) that make chunk `chunk`. */
export interface ChunkRange {
  chunk: number;
  first: number;
  end: number;
}

/** Run every run of `ranges` on `pool`, writing results in run order, chunk by chunk. */
export async function runChunks(plan: ExperimentPlan, store: ChunkStore, ranges: ChunkRange[], pool: Pool<RunTask, RunOutput>, onDone: (done: number) => void): Promise<void> {
  const window = Math.max(2, pool.size * 3);
  const order = (function* () {
    for (const range of ranges) for (let run = range.first; run < range.end; run++) yield run;
  })();
  const results = new Map<number, RunOutput>();
  let wide = store.wideColumns();
  let rangeIndex = 0;
  let nextRun = ranges[0].first;
  let writer = store.begin(ranges[0].chunk);
  let done = 0;
  const write = (output: RunOutput): void => {
    if (wide === null) {
      wide = output.wideColumns;
      store.setWideColumns(wide);
    } else if (wide.join('\n') !== output.wideColumns.join('\n')) {
      throw new Error(`run ${output.run} has other summary metrics than the first run (${output.wideColumns.join(', ')})`);
    }
    writer.append('timeseries', output.timeseries);
    writer.append('lab_state', output.labState);
    writer.append('contracts', output.contracts);
    writer.append('events', output.events);
    writer.append('summary', output.summary);
    writer.append('wide', output.wide);
  };
  const drain = (): boolean => {
    while (rangeIndex < ranges.length && results.has(nextRun)) {
      write(results.get(nextRun)!);
      results.delete(nextRun);
      onDone(++done);
      nextRun++;
      if (nextRun === ranges[rangeIndex].end) {
        writer.commit();
        rangeIndex++;
        if (rangeIndex < ranges.length) {
          nextRun = ranges[rangeIndex].first;
          writer = store.begin(ranges[rangeIndex].chunk);
        }
      }
    }
    return rangeIndex === ranges.length;
  };
  await new Promise<void>((resolvePromise, reject) => {
    let dispatched = 0;
    let exhausted = false;
    let failed = false;
    const pump = (): void => {
      while (!failed && !exhausted && dispatched - done < window) {
        const next = order.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        dispatched++;
        const { key, pointSets } = runKeyOf(plan, next.value);
        pool.run({ key, pointSets }).then(
          (output) => {
            if (failed) return;
            results.set(output.run, output);
            try {
              if (drain()) resolvePromise();
              else pump();
            } catch (error) {
              failed = true;
              reject(error);
            }
          },
          (error) => {
            failed = true;
            reject(error);
          },
        );
      }
    };
    pump();
  });
}
