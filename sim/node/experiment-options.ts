/**
 * The command-line options every experiment command shares (run, sweep, sensitivity, compare):
 * workers, time-series thinning, output format, sharding and quiet, parsed and checked once.
 */
import { CLOUD_METRICS, LAB_METRICS, POPULATION_METRICS } from '../recorder.js';
import { parseTimeseriesMode, timeseriesModeText, TIMESERIES_FORMS } from '../timeseries-mode.js';
import { defaultWorkers } from './experiment.js';
import type { OutputFormat } from './experiment-plan.js';
import { resolveShard, type Shard } from './shard.js';
import { helpHint, integerOption, UsageError, type Parsed } from './usage.js';

/** parseArgs definitions of the shared options. */
export const EXPERIMENT_OPTIONS = {
  workers: { type: 'string' },
  timeseries: { type: 'string' },
  format: { type: 'string' },
  shard: { type: 'string' },
  'shard-count': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  force: { type: 'boolean' },
} as const;

/** Help lines of the shared options. */
export const EXPERIMENT_HELP = `  --workers N         worker threads (default: one per core, here ${defaultWorkers()}); output is the same for any N
  --timeseries MODE   full | yearly | none | monthly-metrics=a,b (metrics of every month)
  --format F          csv (default) or parquet (the same tables as .parquet files)
  --shard i/n         run only the i-th (0-based) of n slices; join them with 'stormoff merge'
                      (default: from SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX)
  --shard-count N     number of shards for JOB_COMPLETION_INDEX / AWS_BATCH_JOB_ARRAY_INDEX
  -q, --quiet         no progress on stderr and no closing line
  --force             replace a result already in the output folder
Numbers are written with 6 significant digits (integers exactly). An interrupted command
started again with the same arguments continues where it stopped.`;

export interface ExperimentSettings {
  workers: number;
  timeseries: string;
  format: OutputFormat;
  shard: Shard;
  quiet: boolean;
  /** Replace a result already in the output folder. */
  force: boolean;
}

/**
 * The shared options of `parsed` for `command`; `timeseriesDefault` is the mode when none is given.
 * @example experimentSettings(parsed, 'sweep', 'none')
 */
export function experimentSettings(parsed: Parsed, command: string, timeseriesDefault: string): ExperimentSettings {
  const { values } = parsed;
  const text = typeof values.timeseries === 'string' ? values.timeseries : timeseriesDefault;
  const mode = parseTimeseriesMode(text);
  if (!mode) throw new UsageError(`--timeseries expects ${TIMESERIES_FORMS}, got '${text}'`, helpHint(command));
  const known = [...CLOUD_METRICS, ...LAB_METRICS, ...POPULATION_METRICS].map(([name]) => name);
  const unknown = mode.kind === 'metrics' ? mode.metrics.find((m) => !known.includes(m)) : undefined;
  if (unknown !== undefined) throw new UsageError(`--timeseries: unknown metric '${unknown}'`, `the metrics are ${known.join(', ')}`);
  const format = typeof values.format === 'string' ? values.format : 'csv';
  if (format !== 'csv' && format !== 'parquet') throw new UsageError(`--format expects csv or parquet, got '${format}'`, helpHint(command));
  return {
    workers: integerOption(values.workers, 'workers', command, 0, defaultWorkers()),
    timeseries: timeseriesModeText(mode),
    format,
    shard: resolveShard(values.shard as string | undefined, values['shard-count'] as string | undefined, process.env, command),
    quiet: values.quiet === true,
    force: values.force === true,
  };
}

/** Default output folder, with the shard in its name when sharded. */
export function shardedOut(base: string, shard: Shard): string {
  return shard.count === 1 ? base : `${base}.shard-${shard.index}-of-${shard.count}`;
}
