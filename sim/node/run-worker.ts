/**
 * Entry point of a worker thread of the run pool: builds a task runner from `workerData` (a
 * TaskContext) and answers each task message with its RunOutput or a serialised error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createTaskRunner, type RunOutput, type RunTask, type TaskContext } from './run-task.js';
import { serializeError, type FromWorker, type ToWorker } from './worker-pool.js';

const port = parentPort!;
let runTask: ((task: RunTask) => RunOutput) | null = null;

port.on('message', ({ id, task }: ToWorker<RunTask>) => {
  let reply: FromWorker<RunOutput>;
  try {
    runTask ??= createTaskRunner(workerData as TaskContext);
    reply = { id, ok: true, result: runTask(task) };
  } catch (error) {
    reply = { id, ok: false, error: serializeError(error) };
  }
  port.postMessage(reply);
});
