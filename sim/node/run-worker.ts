/**
 * Entry point of a worker thread of the run pool: answers each task with its RunOutput
 * (sim/node/run-task.ts) or a serialised error.
 */
import { createTaskRunner } from './run-task.js';
import { serveTasks } from './worker-pool.js';

serveTasks(createTaskRunner);
