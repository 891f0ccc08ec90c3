/**
 * Entry point of a worker thread of `stormoff calibrate`: answers each task with the run's
 * moments (sim/node/calibrate-task.ts) or a serialised error.
 */
import { createCalibrationRunner } from './calibrate-task.js';
import { serveTasks } from './worker-pool.js';

serveTasks(createCalibrationRunner);
