/**
 * `stormoff sweep <scenario> --param path=lo:hi[:steps] ...`: runs a design (grid, random or Latin
 * hypercube) over scenario parameters, R runs per point, and writes sweep.csv (one row per point x
 * run: run key, parameters, summary metrics), summary.csv and meta.json; time series on request.
 */
import { join } from 'node:path';
import { createRng } from '../../rng.js';
import { gridDesign, lhsDesign, parseParamRange, randomDesign, type ParamRange } from '../../design.js';
import type { Scenario } from '../../scenario/types.js';
import { executeExperiment } from '../experiment.js';
import { EXPERIMENT_HELP, EXPERIMENT_OPTIONS, experimentSettings, shardedOut, type ExperimentSettings } from '../experiment-options.js';
import type { ExperimentKind, ExperimentPlan } from '../experiment-plan.js';
import { packageVersion } from '../package-info.js';
import { loadScenarioFile, scenarioHash } from '../scenario-file.js';
import { resolveScenarioPath } from '../scenario-path.js';
import { expectPositionals, helpHint, integerOption, parseCommand, UsageError, type Command, type Parsed } from '../usage.js';
import { defaultOut } from './run.js';

const help = `Usage: stormoff sweep <scenario> --param PATH=LO:HI[:STEPS] ... [options]

Run a design over scenario parameters and write sweep.csv (one row per design point x run: the
run key, every varied parameter, every summary metric, the command that re-runs that run),
summary.csv (long) and meta.json; timeseries/lab_state/contracts/events only with --timeseries.
Run r of a point uses a seed hashed from (scenario hash, the point's values, r): adding points
never changes another run's seed.

Options:
  --param PATH=LO:HI[:STEPS]  a parameter and its range, repeatable (e.g. params.lambda=0.05:0.3:6)
  --design D          grid (default), random or lhs (Latin hypercube)
  --samples N         points of a random or lhs design (default 20)
  --steps N           grid values of a --param without its own STEPS (default 5)
  --runs R            runs per design point (default 1)
  --seed N            the scenario's seed (part of the scenario hash; also seeds random/lhs designs)
  --set PATH=VALUE    fixed override for every run, repeatable
  --out DIR           output directory (default out/<scenario>-sweep, or -2... if that holds a result)
  --check             check the invariants every month
${EXPERIMENT_HELP}
  -h, --help          show this help
`;

/** parseArgs options of sweep-like commands (sweep, sensitivity). */
export const SWEEP_OPTIONS = {
  param: { type: 'string', multiple: true },
  runs: { type: 'string' },
  seed: { type: 'string' },
  set: { type: 'string', multiple: true },
  out: { type: 'string' },
  check: { type: 'boolean' },
  ...EXPERIMENT_OPTIONS,
} as const;

/** The --param ranges of `parsed`, each checked by loading the scenario at its lo and hi. */
export function paramRanges(parsed: Parsed, command: string, path: string, sets: string[]): ParamRange[] {
  const texts = (parsed.values.param as string[] | undefined) ?? [];
  if (texts.length === 0) throw new UsageError('give at least one --param PATH=LO:HI', helpHint(command));
  const ranges = texts.map((text) => {
    const range = parseParamRange(text);
    if (typeof range === 'string') throw new UsageError(`--param: ${range}`, helpHint(command));
    return range;
  });
  const paths = ranges.map((r) => r.path);
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice) throw new UsageError(`--param ${twice} is given twice`, helpHint(command));
  for (const range of ranges) for (const value of [range.lo, range.hi]) loadScenarioFile(path, [...sets, `${range.path}=${value}`]);
  return ranges.map((range) => ({ ...range, integer: wholeNumbersOnly(path, sets, range) }));
}

/** Whether the scenario accepts only integers at the range's path (probed with a half-way value). */
function wholeNumbersOnly(path: string, sets: string[], range: ParamRange): boolean {
  if (!Number.isInteger(range.lo) || !Number.isInteger(range.hi) || range.lo === range.hi) return false;
  try {
    loadScenarioFile(path, [...sets, `${range.path}=${range.lo + 0.5}`]);
    return false;
  } catch {
    return true;
  }
}

export interface SweepInput {
  kind: ExperimentKind;
  arg: string;
  ranges: ParamRange[];
  points: number[][];
  design: Record<string, unknown>;
  replicates: number;
  settings: ExperimentSettings;
  sets: string[];
  seed?: number;
  check: boolean;
}

/** The plan of a sweep-like experiment over `points`. */
export function sweepPlan(input: SweepInput): { plan: ExperimentPlan; scenario: Scenario } {
  const path = resolveScenarioPath(input.arg);
  const loaded = loadScenarioFile(path, input.sets);
  const scenario: Scenario = { ...loaded, seed: input.seed ?? loaded.seed, runs: input.replicates };
  const sets = input.seed === undefined ? input.sets : [...input.sets, `seed=${input.seed}`];
  const plan: ExperimentPlan = {
    kind: input.kind, version: packageVersion(),
    scenario: { arg: input.arg, path, name: scenario.name, hash: scenarioHash({ ...scenario, runs: 0 }) },
    sets, parameters: input.ranges.map((r) => r.path), points: input.points, design: input.design,
    replicates: input.replicates, seed: scenario.seed, timeseries: input.settings.timeseries, format: input.settings.format,
    details: input.settings.timeseries !== 'none', check: input.check, wideFile: 'sweep.csv',
  };
  return { plan, scenario };
}

/** Base seed of a command: --seed, else the scenario's. */
export function seedOption(parsed: Parsed, command: string): number | undefined {
  const seed = integerOption(parsed.values.seed, 'seed', command, 0, NaN);
  return Number.isNaN(seed) ? undefined : seed;
}

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'run a grid, random or Latin hypercube design over parameters; write sweep.csv',
  help,
  async run(argv) {
    const parsed = parseCommand(argv, this, {
      ...SWEEP_OPTIONS,
      design: { type: 'string' },
      samples: { type: 'string' },
      steps: { type: 'string' },
    });
    if (!parsed) return 0;
    expectPositionals(parsed, 'sweep', 1, 1, 'the scenario to sweep');
    const { values } = parsed;
    const arg = parsed.positionals[0];
    const settings = experimentSettings(parsed, 'sweep', 'none');
    const sets = (values.set as string[] | undefined) ?? [];
    const method = typeof values.design === 'string' ? values.design : 'grid';
    if (method !== 'grid' && method !== 'random' && method !== 'lhs') {
      throw new UsageError(`--design expects grid, random or lhs, got '${method}'`, helpHint('sweep'));
    }
    const samples = integerOption(values.samples, 'samples', 'sweep', 1, 20);
    const steps = integerOption(values.steps, 'steps', 'sweep', 1, 5);
    const replicates = integerOption(values.runs, 'runs', 'sweep', 1, 1);
    const seed = seedOption(parsed, 'sweep');
    const path = resolveScenarioPath(arg);
    const ranges = paramRanges(parsed, 'sweep', path, sets);
    const designSeed = seed ?? loadScenarioFile(path, sets).seed;
    const rng = createRng(designSeed, 'design', method);
    const points = method === 'grid' ? gridDesign(ranges, steps) : method === 'random' ? randomDesign(ranges, samples, rng) : lhsDesign(ranges, samples, rng);
    const design = { method, ranges, ...(method === 'grid' ? { steps } : { samples, seed: designSeed }) };
    const { plan, scenario } = sweepPlan({ kind: 'sweep', arg, ranges, points, design, replicates, settings, sets, seed, check: values.check === true });
    const out = typeof values.out === 'string' ? values.out : shardedOut(defaultOut(`${scenario.name}-sweep`, settings.force), settings.shard);
    const { runs } = await executeExperiment(plan, { ...settings, out, command: ['stormoff', 'sweep', ...argv] });
    if (settings.quiet) return 0;
    process.stdout.write(`wrote ${join(out, `sweep.${settings.format}`)} and meta.json (${scenario.name}: ${points.length} points x ${replicates} runs${settings.shard.count > 1 ? `, this shard ${runs} runs` : ''})\n`);
    return 0;
  },
};
