/**
 * The page's side of the engine worker: one worker for the page's life, one job at a time (a new
 * job supersedes the last); messages are folded into a Results and the page is told to redraw.
 */
import type { JobSide, RunRequest, WorkerMessage } from './protocol.js';
import { applyMessage, emptyResults, type Results } from './results.js';

export interface Engine {
  /** Starts a job; returns its (empty, filling) results. */
  run(sides: JobSide[], seed: number | null, runs: number): Results;
  /** Forgets the current job (results opened from files replace it). */
  cancel(): void;
}

/** An engine whose results call `changed(results, message)` as they fill in. */
export function createEngine(changed: (results: Results, message: WorkerMessage) => void): Engine {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let job = 0;
  let results = emptyResults(0);
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    if (applyMessage(results, event.data)) changed(results, event.data);
  };
  worker.onerror = (event) => {
    results.error = [`the engine stopped: ${event.message}`];
    changed(results, { type: 'failed', job, message: event.message });
  };
  return {
    run(sides, seed, runs) {
      job++;
      results = emptyResults(job);
      const request: RunRequest = { type: 'run', job, sides, seed, runs };
      worker.postMessage(request);
      return results;
    },
    cancel() {
      job++;
      results = emptyResults(job);
      worker.postMessage({ type: 'run', job, sides: [], seed: null, runs: 0 } satisfies RunRequest);
    },
  };
}
