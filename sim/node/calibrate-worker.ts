/**
 * Entry point of a worker thread of `stormoff calibrate`: builds a calibration runner from
 * `workerData` (a CalibrationContext) and answers each task with the run's moments or a
 * serialised error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RunMoments } from '../calibration/moments.js';
import { createCalibrationRunner, type CalibrationContext, type CalibrationTask } from './calibrate-task.js';
import { serializeError, type FromWorker, type ToWorker } from './worker-pool.js';

const port = parentPort!;
let runTask: ((task: CalibrationTask) => RunMoments) | null = null;

port.on('message', ({ id, task }: ToWorker<CalibrationTask>) => {
  let reply: FromWorker<RunMoments>;
  try {
    runTask ??= createCalibrationRunner(workerData as CalibrationContext);
    reply = { id, ok: true, result: runTask(task) };
  } catch (error) {
    reply = { id, ok: false, error: serializeError(error) };
  }
  port.postMessage(reply);
});
