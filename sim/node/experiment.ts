/**
 * Running an experiment (or one shard of it): its runs go to a pool of worker threads, come back
 * in any order, are written in run order into chunks of the staging folder (chunk-store.ts), and
 * once every chunk exists the chunks are joined into the output folder, written atomically by
 * output.ts. Memory holds at most a window of runs, whatever the number of runs.
 */
import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTRACTS_COLUMNS, EVENTS_COLUMNS, formatLines, SIGNIFICANT_DIGITS, TIMESERIES_COLUMNS } from '../csv.js';
import { LAB_STATE_COLUMNS } from '../lab-state-csv.js';
import { LONG_SUMMARY_COLUMNS, RUN_KEY_COLUMNS } from '../run-table.js';
import { ChunkStore, stagingDir, type Table } from './chunk-store.js';
import { planIdentity, runKeyOf, totalRuns, type ExperimentPlan } from './experiment-plan.js';
import { assertWritableOutput, writeOutputs, type FileContent } from './output.js';
import { csvRows, fileBlocks, writeParquet, type ParquetRow } from './parquet-table.js';
import { createRunProgress } from './run-progress.js';
import { createTaskRunner, type RunOutput, type RunTask, type TaskContext } from './run-task.js';
import { shardRange, WHOLE, type Shard } from './shard.js';
import { createPool, type Pool } from './worker-pool.js';
import { runChunks } from './ordered-runs.js';

export interface ExecuteOptions {
  out: string;
  /** Worker threads; 0 runs in the main thread. */
  workers: number;
  shard?: Shard;
  quiet?: boolean;
  /** Replace a result already in `out` (otherwise refused: results are never replaced silently). */
  force?: boolean;
  /** The command line, for meta.json. */
  command: string[];
  /** Extra fields for meta.json (e.g. the resolved scenario as `parameters`). */
  meta?: Record<string, unknown>;
  /** More files computed from the finished wide table (sensitivity.csv...). */
  extraFiles?: (wide: WideTable) => Promise<Record<string, FileContent>>;
  /** Runs per chunk (default: from the number of runs, see chunkSizeFor). */
  chunkSize?: number;
}

/** The wide table of a finished experiment: its columns and its rows, read on demand. */
export interface WideTable {
  columns: string[];
  rows: () => Iterable<ParquetRow>;
}

/** Default worker count: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** Runs per chunk: about 500 chunks for big experiments, between 1 and 100 runs each. */
export function chunkSizeFor(runs: number): number {
  return Math.min(100, Math.max(1, Math.ceil(runs / 500)));
}

/** The worker entry, next to this module (.ts from sources, .js when compiled). */
const WORKER_URL = new URL(`./run-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

function taskContext(plan: ExperimentPlan): TaskContext {
  return { scenarioPath: plan.scenario.path, sets: plan.sets, timeseries: plan.timeseries, details: plan.details, check: plan.check };
}

function inProcessPool(context: TaskContext): Pool<RunTask, RunOutput> {
  const run = createTaskRunner(context);
  return { size: 0, run: async (task) => run(task), close: async () => {} };
}

/** The tables this plan writes, with their file base names and headers (wide: from the store). */
function tablesOf(plan: ExperimentPlan, wideColumns: string[]): { table: Table; name: string; columns: string[] }[] {
  const wide = plan.wideFile.replace(/\.csv$/, '');
  const all: { table: Table; name: string; columns: string[]; keep: boolean }[] = [
    { table: 'timeseries', name: 'timeseries', columns: TIMESERIES_COLUMNS, keep: plan.timeseries !== 'none' },
    { table: 'lab_state', name: 'lab_state', columns: LAB_STATE_COLUMNS, keep: plan.timeseries !== 'none' },
    { table: 'contracts', name: 'contracts', columns: CONTRACTS_COLUMNS, keep: plan.details },
    { table: 'events', name: 'events', columns: EVENTS_COLUMNS, keep: plan.details },
    { table: 'summary', name: 'summary', columns: LONG_SUMMARY_COLUMNS, keep: true },
    { table: 'wide', name: wide, columns: [...RUN_KEY_COLUMNS, ...plan.parameters, ...wideColumns, 'command'], keep: true },
  ];
  return all.filter((t) => t.keep);
}

/** The output files of a finished shard, streamed from its chunks. */
function outputFiles(plan: ExperimentPlan, store: ChunkStore, chunks: number[], meta: object): Record<string, FileContent> {
  const files: Record<string, FileContent> = {};
  for (const { table, name, columns } of tablesOf(plan, store.wideColumns() ?? [])) {
    const bodies = function* () {
      for (const chunk of chunks) yield store.read(chunk, table);
    };
    if (plan.format === 'parquet') {
      const path = store.scratch(`${name}.parquet`);
      writeParquet(path, columns, bodies());
      files[`${name}.parquet`] = fileBlocks(path);
    } else {
      files[`${name}.csv`] = (function* () {
        yield formatLines([columns]);
        yield* bodies();
      })();
    }
  }
  files['meta.json'] = JSON.stringify(meta, null, 2) + '\n';
  return files;
}

/**
 * Run `plan` (the slice `options.shard` of it) and write its output folder `options.out`.
 * Resumes from the chunks a previous, interrupted run of the same command left.
 * @example await executeExperiment(plan, { out: 'out/sweep', workers: 2, command: argv });
 */
export async function executeExperiment(plan: ExperimentPlan, options: ExecuteOptions): Promise<{ runs: number }> {
  assertWritableOutput(options.out, { force: options.force });
  const shard = options.shard ?? WHOLE;
  const total = totalRuns(plan);
  const { first, end } = shardRange(total, shard);
  const chunkSize = options.chunkSize ?? chunkSizeFor(total);
  const identity = planIdentity(plan);
  const store = new ChunkStore(stagingDir(options.out), { identity, shard: { index: shard.index, count: shard.count }, first, end, chunkSize });
  store.open();
  const chunks = Array.from({ length: Math.ceil((end - first) / chunkSize) }, (_, c) => c);
  const todo = chunks.filter((c) => !store.isDone(c));
  const started = new Date().toISOString();
  const already = (chunks.length - todo.length) * chunkSize;
  const progress = createRunProgress({ label: plan.scenario.name, total: end - first, already: Math.min(already, end - first), quiet: options.quiet });
  if (todo.length > 0) {
    const pool = options.workers > 0 ? createPool<RunTask, RunOutput>(options.workers, WORKER_URL, taskContext(plan)) : inProcessPool(taskContext(plan));
    try {
      await runChunks(plan, store, todo.map((c) => ({ chunk: c, first: first + c * chunkSize, end: Math.min(end, first + (c + 1) * chunkSize) })), pool, (done) => progress.update(Math.min(end - first, already + done)));
    } finally {
      progress.finish();
      await pool.close();
    }
  }
  const meta = {
    version: plan.version, kind: plan.kind, scenario: plan.scenario, identity,
    shard: { index: shard.index, count: shard.count, source: shard.source, first, end },
    runs: end - first, totalRuns: total, replicates: plan.replicates, seed: plan.seed,
    parameters: plan.parameters, design: plan.design, points: plan.points.length, sets: plan.sets,
    timeseries: plan.timeseries, format: plan.format, significantDigits: SIGNIFICANT_DIGITS,
    command: options.command, started, finished: new Date().toISOString(), node: process.version,
    ...(plan.kind === 'run' ? { seeds: Array.from({ length: end - first }, (_, i) => runKeyOf(plan, first + i).key.seed) } : {}),
    ...options.meta,
  };
  const files = outputFiles(plan, store, chunks, meta);
  if (options.extraFiles) {
    const columns = tablesOf(plan, store.wideColumns() ?? []).find((t) => t.table === 'wide')!.columns;
    Object.assign(files, await options.extraFiles({ columns, rows: () => csvRows(columns, (function* () {
      for (const c of chunks) yield store.read(c, 'wide');
    })()) }));
  }
  writeOutputs(resolve(options.out), files);
  store.remove();
  return { runs: end - first };
}
