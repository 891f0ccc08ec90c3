/**
 * The rows that identify and summarise one run of an experiment: its run key (version, scenario
 * hash, design point, replicate, seed, the command that re-runs it alone), the long summary rows
 * of `summary.csv` and the wide row of `runs.csv` / `sweep.csv` (parameters and metrics as columns).
 */
import { formatLines, SUMMARY_COLUMNS, type Cell, summaryEntityCell } from './csv.js';
import type { SummaryRow } from './summary.js';

/** Everything needed to find and re-run one run of an experiment. */
export interface ExperimentRunKey {
  /** Position of the run in the experiment (point-major): point * replicates + replicate. */
  run: number;
  /** Index of the design point (0 when nothing is varied). */
  point: number;
  replicate: number;
  seed: number;
  scenario: string;
  scenarioHash: string;
  version: string;
  /** Varied parameter values of the point, in the experiment's parameter order. */
  values: number[];
  /** Shell command that re-runs exactly this run, e.g. `stormoff run baseline --runs 1 --seed 5`. */
  command: string;
}

/** `summary.csv` columns: the historical six, then the rest of the run key. */
export const LONG_SUMMARY_COLUMNS = [...SUMMARY_COLUMNS, 'point', 'replicate', 'scenario_hash', 'version', 'command'];

/** Run-key columns that open each row of `runs.csv`, before the parameters. */
export const RUN_KEY_COLUMNS = ['run', 'point', 'replicate', 'seed', 'scenario', 'scenario_hash', 'version'];

/**
 * The long `summary.csv` lines of one run (no header).
 * @example longSummaryLines(key, summarize(recording))
 */
export function longSummaryLines(key: ExperimentRunKey, rows: readonly SummaryRow[]): string {
  return formatLines(
    rows.map((r) => [
      key.scenario, key.run, key.seed, r.metric, summaryEntityCell(r.entity), r.value,
      key.point, key.replicate, key.scenarioHash, key.version, key.command,
    ]),
  );
}

/**
 * The metric columns and values of one run in wide form: `metric` for run-wide metrics,
 * `metric.entity` per entity, and `leader_margin` (whose entity, the leader, varies by run) as two
 * columns, `leader_cloud` and `leader_margin`.
 */
export function wideMetrics(rows: readonly SummaryRow[]): { columns: string[]; values: Cell[] } {
  const columns: string[] = [];
  const values: Cell[] = [];
  for (const row of rows) {
    if (row.metric === 'leader_margin') {
      columns.push('leader_cloud', 'leader_margin');
      values.push(row.entity, row.value);
    } else {
      columns.push(row.entity === 'all' || row.entity === '' ? row.metric : `${row.metric}.${row.entity}`);
      values.push(row.value);
    }
  }
  return { columns, values };
}

/** Header of the wide table: run key, one column per varied parameter, the metrics, the command. */
export function wideHeader(parameters: readonly string[], metricColumns: readonly string[]): string {
  return formatLines([[...RUN_KEY_COLUMNS, ...parameters, ...metricColumns, 'command']]);
}

/** One line of the wide table (see wideHeader). */
export function wideLine(key: ExperimentRunKey, metricValues: readonly Cell[]): string {
  return formatLines([[
    key.run, key.point, key.replicate, key.seed, key.scenario, key.scenarioHash, key.version,
    ...key.values, ...metricValues, key.command,
  ]]);
}
