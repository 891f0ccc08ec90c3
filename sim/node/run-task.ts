/**
 * One run of an experiment as a task: load the scenario with the design point's `--set`
 * overrides, run it with the given seed, and format its rows for every output table. Runs in a
 * worker thread (run-worker.ts) or in the main thread; the result is plain strings.
 */
import { contractsCsvChunks, eventsCsvChunks, timeseriesCsvChunks } from '../csv.js';
import { labStateCsvChunks } from '../lab-state-csv.js';
import { runScenario } from '../run.js';
import { longSummaryLines, wideLine, wideMetrics, type ExperimentRunKey } from '../run-table.js';
import type { Scenario } from '../scenario/types.js';
import { summarize } from '../summary.js';
import { parseTimeseriesMode, thinRecording } from '../timeseries-mode.js';
import { loadScenarioFile } from './scenario-file.js';
import { UsageError } from './usage.js';

/** What every task of an experiment shares (sent once to each worker). */
export interface TaskContext {
  scenarioPath: string;
  /** `--set` overrides of the whole experiment. */
  sets: string[];
  /** `--timeseries` text (see timeseries-mode.ts). */
  timeseries: string;
  /** Whether to write contracts and events. */
  details: boolean;
  check: boolean;
}

/** One run: its key and the design point's overrides. */
export interface RunTask {
  key: ExperimentRunKey;
  /** `path=value` for each varied parameter. */
  pointSets: string[];
}

/** A run's rows, formatted (CSV lines without headers); empty strings for tables not written. */
export interface RunOutput {
  run: number;
  timeseries: string;
  /** lab_state.csv rows: the months --timeseries keeps (every month unless yearly; none under none). */
  labState: string;
  contracts: string;
  events: string;
  summary: string;
  /** Metric columns of the wide row, to check every run has the same. */
  wideColumns: string[];
  wide: string;
}

function body(chunks: Generator<string>): string {
  chunks.next(); // the header
  let text = '';
  for (const chunk of chunks) text += chunk;
  return text;
}

/**
 * A function running tasks of `context`; it caches the scenario of the last design point.
 * @example const run = createTaskRunner(context); const output = run(task);
 */
export function createTaskRunner(context: TaskContext): (task: RunTask) => RunOutput {
  const mode = parseTimeseriesMode(context.timeseries);
  if (!mode) throw new UsageError(`bad --timeseries '${context.timeseries}'`, "run 'stormoff run --help' for usage");
  let cached: { sets: string; scenario: Scenario } | null = null;
  const scenarioOf = (pointSets: string[]): Scenario => {
    const sets = pointSets.join('\n');
    if (cached?.sets !== sets) cached = { sets, scenario: loadScenarioFile(context.scenarioPath, [...context.sets, ...pointSets]) };
    return cached.scenario;
  };
  return (task) => {
    const { key } = task;
    const recording = runScenario(scenarioOf(task.pointSets), { run: key.run, seed: key.seed, check: context.check });
    let thinned;
    try {
      thinned = thinRecording(recording, mode);
    } catch (error) {
      throw new UsageError((error as Error).message, "run 'stormoff run --help' for the metric names");
    }
    const rows = summarize(recording);
    const wide = wideMetrics(rows);
    return {
      run: key.run,
      timeseries: mode.kind === 'none' ? '' : body(timeseriesCsvChunks([thinned])),
      labState: mode.kind === 'none' ? '' : body(labStateCsvChunks([mode.kind === 'yearly' ? thinned : recording])),
      contracts: context.details ? body(contractsCsvChunks([recording])) : '',
      events: context.details ? body(eventsCsvChunks([recording])) : '',
      summary: longSummaryLines(key, rows),
      wideColumns: wide.columns,
      wide: wideLine(key, wide.values),
    };
  };
}
