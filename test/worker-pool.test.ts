/**
 * The worker pool (sim/node/worker-pool.ts): every task's answer comes back to its own promise
 * whatever order the workers answer in (a busy worker may hold a second task waiting in its port),
 * every worker takes part, and a task that throws rejects its promise only. No timing is asserted.
 */
import { describe, expect, it } from 'vitest';
import { createPool } from '../sim/node/worker-pool.js';

type Task = { value: number; ms: number };
type Answer = { value: number; thread: number };
const WORKER = new URL('./fixtures/workers/echo-worker.ts', import.meta.url);

describe('createPool(size, moduleUrl, workerData)', () => {
  it('createPool(2, ...) answers 24 tasks of uneven length, each to its own caller, on both workers', async () => {
    const pool = createPool<Task, Answer>(2, WORKER, null);
    try {
      const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => pool.run({ value: i, ms: i % 3 === 0 ? 20 : 1 })));
      expect(answers.map((a) => a.value)).toEqual(Array.from({ length: 24 }, (_, i) => i));
      expect(new Set(answers.map((a) => a.thread)).size).toBe(2);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('createPool() rejects only the task that throws, and keeps serving the others', async () => {
    const pool = createPool<Task, Answer>(2, WORKER, null);
    try {
      const results = await Promise.allSettled([1, -2, 3, 4, 5, 6].map((value) => pool.run({ value, ms: 2 })));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason.message).toBe('negative -2');
      expect((await pool.run({ value: 7, ms: 0 })).value).toBe(7);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
