/**
 * `stormoff compare <baseline> <counterfactual>`: paired comparison under common random numbers.
 * Each side is a scenario (run here, run i of both with the same seed) or a finished output folder;
 * for every headline metric: mean difference, paired 95% CI and sign share (sim/paired.ts),
 * written to compare.csv and printed as a table.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { formatLines, formatNumber } from '../../csv.js';
import { pairedDifference } from '../../paired.js';
import { writeAtomic } from '../chunk-store.js';
import { executeExperiment } from '../experiment.js';
import { EXPERIMENT_HELP, EXPERIMENT_OPTIONS, experimentSettings } from '../experiment-options.js';
import { readParquetRows } from '../parquet-table.js';
import { formatTable } from '../table.js';
import { expectPositionals, helpHint, integerOption, parseCommand, UsageError, type Command } from '../usage.js';
import { folderName, runPlan } from './run.js';

const help = `Usage: stormoff compare <baseline> <counterfactual> [options]

Compare two scenarios run by run with common random numbers: run i of both uses the same seed,
so the difference is the effect of the change, not noise. Each side is a scenario (a file or a
bundled name, run here) or an output folder of 'stormoff run' (its summary.csv is used). For every
headline metric: mean difference (counterfactual - baseline), paired 95% confidence interval
(Student t) and the share of runs whose difference has the sign of the mean. Writes compare.csv
(and the two run folders when it runs scenarios) and prints the table.

Options:
  --runs N            runs of each scenario (default: the baseline's runs)
  --seed N            seed of run 0 of both (default: the baseline's seed)
  --set PATH=VALUE    override for both scenarios, repeatable
  --out DIR           folder for compare.csv and the run folders (default out/compare-<a>-vs-<b>)
${EXPERIMENT_HELP}
  -h, --help          show this help
`;

export const COMPARE_COLUMNS = ['metric', 'entity', 'n', 'baseline_mean', 'counterfactual_mean', 'mean_difference', 'se', 'ci_low', 'ci_high', 'sign_share'];

type SummaryRecord = { run: number; seed: number; metric: string; entity: string; value: number };

function isOutputFolder(arg: string): boolean {
  return existsSync(arg) && statSync(arg).isDirectory() && existsSync(join(arg, 'meta.json'));
}

async function readSummary(dir: string): Promise<SummaryRecord[]> {
  const csv = join(dir, 'summary.csv');
  const raw = existsSync(csv) ? csvParse(readFileSync(csv, 'utf8')) : await readParquetRows(join(dir, 'summary.parquet'));
  return raw.map((r) => ({
    run: Number(r.run), seed: Number(r.seed), metric: String(r.metric), entity: String(r.entity ?? ''),
    value: r.value === '' || r.value === null ? NaN : Number(r.value),
  }));
}

/** compare.csv rows (as cells) from the summaries of two output folders; refuses unpaired seeds. */
export function compareRows(baseline: SummaryRecord[], counterfactual: SummaryRecord[], names: [string, string]): (string | number)[][] {
  const seeds = (rows: SummaryRecord[]) => new Map(rows.map((r) => [r.run, r.seed]));
  const [a, b] = [seeds(baseline), seeds(counterfactual)];
  const runs = [...a.keys()].filter((run) => b.has(run)).sort((x, y) => x - y);
  for (const run of runs) {
    if (a.get(run) !== b.get(run)) {
      throw new UsageError(
        `run ${run} has seed ${a.get(run)} in ${names[0]} but ${b.get(run)} in ${names[1]}: not common random numbers`,
        'run both with the same --seed (or let compare run the scenarios)',
      );
    }
  }
  const keys: string[] = [];
  const values = new Map<string, [Map<number, number>, Map<number, number>]>();
  [baseline, counterfactual].forEach((rows, side) => {
    for (const r of rows) {
      const key = `${r.metric}\u0000${r.entity}`;
      if (!values.has(key)) {
        keys.push(key);
        values.set(key, [new Map(), new Map()]);
      }
      values.get(key)![side].set(r.run, r.value);
    }
  });
  return keys.map((key) => {
    const [metric, entity] = key.split('\u0000');
    const [x, y] = values.get(key)!;
    const left = runs.map((run) => x.get(run) ?? NaN);
    const right = runs.map((run) => y.get(run) ?? NaN);
    const both = runs.map((_, i) => Number.isFinite(left[i]) && Number.isFinite(right[i]));
    const mean = (list: number[]) => list.filter((_, i) => both[i]).reduce((s, v) => s + v, 0) / both.filter(Boolean).length;
    const d = pairedDifference(left, right);
    return [metric, entity, d.n, mean(left), mean(right), d.mean, d.se, d.ciLow, d.ciHigh, d.signShare];
  });
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'paired comparison of two scenarios (same seeds): differences, 95% CIs, sign shares',
  help,
  async run(argv) {
    const parsed = parseCommand(argv, this, {
      runs: { type: 'string' }, seed: { type: 'string' }, set: { type: 'string', multiple: true }, out: { type: 'string' },
      ...EXPERIMENT_OPTIONS,
    });
    if (!parsed) return 0;
    expectPositionals(parsed, 'compare', 2, 2, 'the baseline and the counterfactual (scenarios or output folders)');
    const { values } = parsed;
    const settings = experimentSettings(parsed, 'compare', 'none');
    const sets = (values.set as string[] | undefined) ?? [];
    const seedFlag = integerOption(values.seed, 'seed', 'compare', 0, NaN);
    const runsFlag = integerOption(values.runs, 'runs', 'compare', 1, NaN);
    const args = parsed.positionals as [string, string];
    const plans = args.map((arg) => (isOutputFolder(arg) ? null : runPlan(arg, sets, Number.isNaN(seedFlag) ? undefined : seedFlag, Number.isNaN(runsFlag) ? undefined : runsFlag, { ...settings, check: false })));
    const first = plans.find((p) => p !== null);
    const names = args.map((arg, i) => plans[i]?.scenario.name ?? arg) as [string, string];
    const out = typeof values.out === 'string' ? values.out : join('out', `compare-${folderName(names[0])}-vs-${folderName(names[1])}`);
    if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`cannot write to ${out}: it is a file`, helpHint('compare'));
    if (existsSync(join(out, 'compare.csv')) && !settings.force) {
      throw new UsageError(`${out} already holds a comparison`, 'add --force to replace it, or give another --out');
    }
    const dirs: string[] = [];
    for (const [i, planned] of plans.entries()) {
      if (!planned) {
        dirs.push(args[i]);
        continue;
      }
      const { plan } = planned;
      plan.seed = first!.plan.seed; // common random numbers: the baseline's seed and runs for both
      plan.replicates = first!.plan.replicates;
      const dir = join(out, folderName(names[i]) + (names[0] === names[1] ? `-${i + 1}` : ''));
      await executeExperiment(plan, { ...settings, out: dir, command: ['stormoff', 'compare', ...argv] });
      dirs.push(dir);
    }
    const rows = compareRows(await readSummary(dirs[0]), await readSummary(dirs[1]), names);
    mkdirSync(out, { recursive: true });
    writeAtomic(join(out, 'compare.csv'), formatLines([COMPARE_COLUMNS, ...rows]));
    const cell = (v: string | number) => (typeof v === 'number' ? formatNumber(v) : v);
    const table = formatTable([COMPARE_COLUMNS, ...rows.map((r) => r.map(cell))], COMPARE_COLUMNS.map((_, i) => i >= 2));
    if (settings.quiet) return 0;
    process.stdout.write(`${names[1]} - ${names[0]}, paired by run (same seeds):\n\n${table.join('\n')}\n\nwrote ${join(out, 'compare.csv')}\n`);
    return 0;
  },
};
