/**
 * A pool of long-lived worker threads (node:worker_threads) that run tasks and send back results.
 * Each worker starts once and serves many tasks, so its warmed-up JIT and caches are reused.
 * Errors thrown in a worker come back as the same CLI error classes (exit codes stay right).
 */
import { parentPort, Worker, workerData as thisWorkersData } from 'node:worker_threads';
import { InvariantError } from '../invariants.js';
import { ScenarioError } from '../scenario/errors.js';
import { UsageError } from './usage.js';

/** An error thrown in a worker, in a form that can cross the thread boundary. */
export type WorkerErrorData =
  | { kind: 'scenario'; issues: ScenarioError['issues'] }
  | { kind: 'invariant'; date: string; invariant: string; detail: string }
  | { kind: 'usage'; message: string; hint: string }
  | { kind: 'other'; message: string; stack?: string };

/** `error` as WorkerErrorData (called in the worker). */
export function serializeError(error: unknown): WorkerErrorData {
  if (error instanceof ScenarioError) return { kind: 'scenario', issues: error.issues };
  if (error instanceof InvariantError) return { kind: 'invariant', date: error.date, invariant: error.invariant, detail: error.detail };
  if (error instanceof UsageError) return { kind: 'usage', message: error.message, hint: error.hint };
  if (error instanceof Error) return { kind: 'other', message: error.message, stack: error.stack };
  return { kind: 'other', message: String(error) };
}

/** The error class the CLI reports, rebuilt from WorkerErrorData (called in the main thread). */
export function deserializeError(data: WorkerErrorData): Error {
  if (data.kind === 'scenario') return new ScenarioError(data.issues);
  if (data.kind === 'invariant') return new InvariantError(data.date, data.invariant, data.detail);
  if (data.kind === 'usage') return new UsageError(data.message, data.hint);
  const error = new Error(data.message);
  if (data.stack) error.stack = data.stack;
  return error;
}

/** Messages between the pool and a worker. */
export type ToWorker<T> = { id: number; task: T };
export type FromWorker<R> = { id: number; ok: true; result: R } | { id: number; ok: false; error: WorkerErrorData };

/**
 * The worker side of the pool, called once in a worker's entry module: builds the task runner
 * from `workerData` on the first task, then answers each task with its result or a serialised
 * error, in order.
 * @example serveTasks((context: TaskContext) => createTaskRunner(context));
 */
export function serveTasks<C, T, R>(createRunner: (context: C) => (task: T) => R): void {
  const port = parentPort!;
  let runTask: ((task: T) => R) | null = null;
  port.on('message', ({ id, task }: ToWorker<T>) => {
    let reply: FromWorker<R>;
    try {
      runTask ??= createRunner(thisWorkersData as C);
      reply = { id, ok: true, result: runTask(task) };
    } catch (error) {
      reply = { id, ok: false, error: serializeError(error) };
    }
    port.postMessage(reply);
  });
}

export interface Pool<T, R> {
  /** Number of workers. */
  readonly size: number;
  /** Run `task` on the next free worker (tasks queue when all are busy). */
  run(task: T): Promise<R>;
  /** Stop every worker. */
  close(): Promise<void>;
}

interface Pending<R> {
  resolve(result: R): void;
  reject(error: Error): void;
}

/**
 * A worker for the module at `moduleUrl`. When the CLI runs from TypeScript sources (through tsx),
 * the worker registers tsx before importing the module, as the main thread did.
 */
function startWorker(moduleUrl: URL, workerData: unknown): Worker {
  if (!moduleUrl.pathname.endsWith('.ts')) return new Worker(moduleUrl, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}

/**
 * `size` workers running the module at `moduleUrl` (which calls serveTasks), each given `workerData`.
 * @example const pool = createPool(2, new URL('./run-worker.ts', import.meta.url), init);
 */
export function createPool<T, R>(size: number, moduleUrl: URL, workerData: unknown): Pool<T, R> {
  const pending = new Map<number, Pending<R>>();
  const queue: ToWorker<T>[] = [];
  /** Tasks sent to each worker and not yet answered (at most 2: the one running, one waiting in its port). */
  const inFlight = new Map<Worker, number>();
  let nextId = 0;
  let failure: Error | null = null;

  const fail = (error: Error): void => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
    queue.length = 0;
  };
  /**
   * Sends `worker` a task when it has none, and a second one to wait in its port while more tasks
   * wait than there are workers: the worker starts it the moment it answers the first, without
   * waiting for this thread to receive the answer and post the next task (on a 2-core machine with
   * both workers busy, this thread waited ~10 ms for a CPU per task). Near the end of the queue no
   * task waits behind a busy worker, so an idle one can take it.
   */
  const feed = (worker: Worker): void => {
    let sent = inFlight.get(worker) ?? 0;
    while (queue.length > 0 && (sent === 0 || (sent === 1 && queue.length > size))) {
      worker.postMessage(queue.shift()!);
      sent += 1;
    }
    inFlight.set(worker, sent);
  };
  const workers = Array.from({ length: size }, () => {
    const worker = startWorker(moduleUrl, workerData);
    worker.on('message', (message: FromWorker<R>) => {
      const p = pending.get(message.id);
      pending.delete(message.id);
      inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
      if (message.ok) p?.resolve(message.result);
      else p?.reject(deserializeError(message.error));
      feed(worker);
    });
    worker.on('error', (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', (code) => {
      if ((inFlight.get(worker) ?? 0) > 0) fail(new Error(`a worker thread stopped (exit code ${code}) while running a task`));
    });
    inFlight.set(worker, 0);
    return worker;
  });

  return {
    size,
    run(task) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      const promise = new Promise<R>((resolve, reject) => pending.set(id, { resolve, reject }));
      queue.push({ id, task });
      // The least loaded worker first: an idle one, else (when the queue is long) one running a single task.
      const target = workers.reduce((best, w) => ((inFlight.get(w) ?? 0) < (inFlight.get(best) ?? 0) ? w : best), workers[0]);
      feed(target);
      return promise;
    },
    async close() {
      inFlight.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
