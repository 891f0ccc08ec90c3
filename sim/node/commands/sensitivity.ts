/**
 * `stormoff sensitivity <scenario> --method morris|sobol --param ...`: Morris screening (mu*,
 * sigma) or Sobol first-order and total indices (Saltelli sample, bootstrap CIs) of every summary
 * metric to the parameters, from a sweep over the design; writes sensitivity.csv, tornado.svg,
 * sweep.csv, summary.csv and meta.json. Shardable like sweep: merge redoes the analysis.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { scale } from '../../design.js';
import { analyseSensitivity, designUnitPoints, type SensitivityDesign, type WideRow } from '../../sensitivity-analysis.js';
import { SOBOL_MAX_DIMENSIONS } from '../../sobol-sequence.js';
import { tornadoSvg } from '../../tornado-svg.js';
import type { ChunkStore } from '../chunk-store.js';
import { executeExperiment, type WideTable } from '../experiment.js';
import { EXPERIMENT_HELP, experimentSettings, shardedOut } from '../experiment-options.js';
import type { FileContent } from '../output.js';
import { csvRows, readParquetRows, parquetColumns } from '../parquet-table.js';
import { loadScenarioFile } from '../scenario-file.js';
import { resolveScenarioPath } from '../scenario-path.js';
import { expectPositionals, helpHint, integerOption, parseCommand, UsageError, type Command } from '../usage.js';
import { defaultOut } from './run.js';
import { paramRanges, seedOption, sweepPlan, SWEEP_OPTIONS } from './sweep.js';
import { RUN_KEY_COLUMNS } from '../../run-table.js';

const help = `Usage: stormoff sensitivity <scenario> --method morris|sobol --param PATH=LO:HI ... [options]

Which parameters matter, for every summary metric. morris: elementary-effects screening, mu*
(mean |effect| per unit of the parameter's range: does it matter?) and sigma (non-linear or
interacting?). sobol: first-order and total Sobol indices from a Saltelli sample (N(k+2) points
for k parameters) with 95% percentile-bootstrap intervals. A metric's value at a design point is
its mean over the --runs replicates. Writes sensitivity.csv, tornado.svg (no PNG: render the SVG
with any browser or rsvg-convert), sweep.csv, summary.csv and meta.json.

Options:
  --method M          morris (default) or sobol
  --param PATH=LO:HI  a parameter and its range, repeatable
  --samples N         Morris trajectories (default 10) or Saltelli base size N (default 64)
  --levels P          Morris grid levels, even (default 4)
  --bootstrap B       bootstrap resamples for Sobol intervals (default 500)
  --runs R            replicates per design point (default 1)
  --seed N            the scenario's seed (also seeds the Morris design and the bootstrap)
  --set PATH=VALUE    fixed override for every run, repeatable
  --out DIR           output directory (default out/<scenario>-<method>)
  --check             check the invariants every month
${EXPERIMENT_HELP}
  -h, --help          show this help
`;

const TITLES = {
  morris: ['Morris screening', 'bar: mu* (mean |elementary effect| per unit of range), sorted'],
  sobol: ['Sobol indices', 'light bar: total index; dark bar: first-order index; line: 95% bootstrap CI of the total'],
} as const;

/** Metric columns of a wide table: after the parameters, before the command, numbers only. */
function metricColumns(columns: readonly string[], parameters: readonly string[]): string[] {
  const skip = new Set([...RUN_KEY_COLUMNS, ...parameters, 'command', 'lockin_cloud']);
  return columns.filter((c) => !skip.has(c));
}

/** sensitivity.csv and tornado.svg from the wide table of a finished sensitivity experiment. */
export function sensitivityFiles(design: SensitivityDesign, parameters: string[], wide: { columns: string[]; rows: Iterable<WideRow> }): Record<string, FileContent> {
  const result = analyseSensitivity(design, parameters, metricColumns(wide.columns, parameters), wide.rows);
  const [title, legend] = TITLES[design.method];
  return { 'sensitivity.csv': result.csv, 'tornado.svg': tornadoSvg(title, legend, result.panels) };
}

/** The same files for `stormoff merge`, from the shards' sweep.csv or sweep.parquet. */
export async function writeSensitivityFiles(meta: Record<string, unknown>, dirs: string[], _store: ChunkStore): Promise<Record<string, FileContent>> {
  const design = meta.design as SensitivityDesign;
  const parameters = meta.parameters as string[];
  let columns: string[] = [];
  const rows: WideRow[] = [];
  for (const dir of dirs) {
    const csv = join(dir, 'sweep.csv');
    if (existsSync(csv)) {
      const text = readFileSync(csv, 'utf8');
      const body = text.slice(text.indexOf('\n') + 1);
      if (!body) continue;
      columns = csvParseRows(text.slice(0, text.indexOf('\n')))[0];
      rows.push(...csvRows(columns, [body]));
    } else {
      const path = join(dir, 'sweep.parquet');
      const shardRows = await readParquetRows(path);
      if (shardRows.length === 0) continue;
      columns = await parquetColumns(path);
      rows.push(...shardRows);
    }
  }
  return sensitivityFiles(design, parameters, { columns, rows });
}

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  summary: 'Morris screening or Sobol indices of every metric; sensitivity.csv, tornado.svg',
  help,
  async run(argv) {
    const parsed = parseCommand(argv, this, {
      ...SWEEP_OPTIONS,
      method: { type: 'string' },
      samples: { type: 'string' },
      levels: { type: 'string' },
      bootstrap: { type: 'string' },
    });
    if (!parsed) return 0;
    expectPositionals(parsed, 'sensitivity', 1, 1, 'the scenario to analyse');
    const { values } = parsed;
    const method = typeof values.method === 'string' ? values.method : 'morris';
    if (method !== 'morris' && method !== 'sobol') throw new UsageError(`--method expects morris or sobol, got '${method}'`, helpHint('sensitivity'));
    const arg = parsed.positionals[0];
    const settings = experimentSettings(parsed, 'sensitivity', 'none');
    const sets = (values.set as string[] | undefined) ?? [];
    const path = resolveScenarioPath(arg);
    const ranges = paramRanges(parsed, 'sensitivity', path, sets);
    const k = ranges.length;
    if (method === 'sobol' && 2 * k > SOBOL_MAX_DIMENSIONS) throw new UsageError(`sobol supports up to ${Math.floor(SOBOL_MAX_DIMENSIONS / 2)} parameters, got ${k}`, helpHint('sensitivity'));
    const levels = integerOption(values.levels, 'levels', 'sensitivity', 2, 4);
    if (levels % 2 !== 0) throw new UsageError(`--levels must be even, got ${levels}`, helpHint('sensitivity'));
    const seed = seedOption(parsed, 'sensitivity');
    const design: SensitivityDesign = {
      method, k, levels,
      samples: integerOption(values.samples, 'samples', 'sensitivity', 2, method === 'morris' ? 10 : 64),
      seed: seed ?? loadScenarioFile(path, sets).seed,
      bootstrap: integerOption(values.bootstrap, 'bootstrap', 'sensitivity', 10, 500),
    };
    const points = designUnitPoints(design).unit.map((u) => ranges.map((range, j) => scale(range, u[j])));
    const replicates = integerOption(values.runs, 'runs', 'sensitivity', 1, 1);
    const { plan, scenario } = sweepPlan({ kind: 'sensitivity', arg, ranges, points, design: { ...design, ranges }, replicates, settings, sets, seed, check: values.check === true });
    const out = typeof values.out === 'string' ? values.out : shardedOut(defaultOut(`${scenario.name}-${method}`, settings.force), settings.shard);
    const whole = settings.shard.count === 1;
    const extraFiles = whole ? async (wide: WideTable) => sensitivityFiles(design, plan.parameters, { columns: wide.columns, rows: wide.rows() }) : undefined;
    await executeExperiment(plan, { ...settings, out, command: ['stormoff', 'sensitivity', ...argv], extraFiles });
    if (settings.quiet) return 0;
    const what = whole ? `${join(out, 'sensitivity.csv')}, tornado.svg` : `shard ${settings.shard.index}/${settings.shard.count} of the runs (merge the shards for the indices)`;
    process.stdout.write(`wrote ${what} (${scenario.name}: ${method}, ${k} parameters, ${points.length} points x ${replicates} runs)\n`);
    return 0;
  },
};
