/**
 * `stormoff run <scenario>`: run a scenario N times, in parallel on worker threads, and write its
 * output directory (timeseries.csv, lab_state.csv, contracts.csv, events.csv, summary.csv, runs.csv, meta.json).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { outputDictionary } from '../../output-dictionary.js';
import { LIMITS } from '../../scenario/limits.js';
import { loadScenarioFile, scenarioHash } from '../scenario-file.js';
import { runBatch } from '../batch.js';
import { executeExperiment } from '../experiment.js';
import { EXPERIMENT_HELP, EXPERIMENT_OPTIONS, experimentSettings, shardedOut } from '../experiment-options.js';
import type { ExperimentPlan } from '../experiment-plan.js';
import { runOutputFiles, type FileContent } from '../output.js';
import { packageVersion } from '../package-info.js';
import { resolveScenarioPath } from '../scenario-path.js';
import { expectPositionals, integerOption, parseCommand, type Command } from '../usage.js';
import type { Recording } from '../../recording.js';
import type { Scenario } from '../../scenario/types.js';

const help = `Usage: stormoff run <scenario> [options]

Run a scenario and write timeseries.csv, lab_state.csv (each lab's host cloud and exclusivity
scope per month, by name), contracts.csv, events.csv, summary.csv (long: one row per run and
metric), runs.csv (wide: one row per run) and meta.json.

  <scenario>          a .yaml/.json file, or the name of a bundled scenario (see 'stormoff list')

Options:
  --seed N            seed of run 0 (default: the scenario's seed); run i uses a seed hashed from (N, i)
  --runs N            number of runs (default: the scenario's runs)
  --out DIR           output directory (default: out/<scenario name>, or out/<name>-2... if that
                      holds a result); an --out that holds a result is refused unless --force
  --force             replace the result in --out
  --set PATH=VALUE    override a parameter, repeatable, e.g. --set params.lambda=0.2; the run is
                      named <scenario>+<path>=<value> and meta.json lists the overrides
  --check             check the model's invariants every month (slower)
${EXPERIMENT_HELP}
  -h, --help          show this help

Exit codes: 0 ok, 1 unexpected error, 2 bad usage or invalid scenario, 3 an invariant broke (--check).
Nothing is written to the output directory unless every run succeeds.
`;

/** Largest seed (seeds are unsigned 32-bit integers, as in the scenario schema). */
export const SEED_MAX = 4294967295;

/** Options of an in-process batch (the flagship). */
export interface RunSettings {
  seed: number;
  runs: number;
  out: string;
  check: boolean;
  /** The command line, for meta.json. */
  command: string[];
  /** The `--set` overrides applied to the scenario, for meta.json. */
  overrides?: readonly string[];
}

/**
 * Run `scenario` with `settings` in this thread and build its output files (nothing is written
 * yet, so a caller running several scenarios can write only once all have succeeded).
 */
export function runToFiles(scenario: Scenario, settings: RunSettings): { recordings: Recording[]; files: Record<string, FileContent> } {
  const resolved: Scenario = { ...scenario, seed: settings.seed, runs: settings.runs };
  const started = new Date().toISOString();
  const recordings = runBatch(resolved, settings);
  const files = runOutputFiles(recordings, {
    scenario: { name: resolved.name, hash: scenarioHash(resolved) },
    command: settings.command,
    overrides: [...(settings.overrides ?? [])],
    started,
    finished: new Date().toISOString(),
    parameters: resolved,
  });
  return { recordings, files };
}

/** A scenario name made safe as a folder name (at most 100 characters). */
export function folderName(name: string): string {
  return name.replace(/[^A-Za-z0-9._=+-]+/g, '-').replace(/^[.=+-]+/, '').slice(0, 100) || 'scenario';
}

/**
 * The name of a scenario changed by `--set`: `no-exclusivity+params.lambda=0.3`, the overrides
 * joined by `+` (a `name=` override wins as written). Too long a list is cut to fit the limit.
 * @example overriddenName('baseline', ['params.lambda=0.3']) // "baseline+params.lambda=0.3"
 */
export function overriddenName(name: string, sets: readonly string[]): string {
  if (sets.length === 0 || sets.some((set) => /^name=/.test(set))) return name;
  const full = [name, ...sets.map((set) => set.replace(/\s+/g, ''))].join('+');
  return full.length <= LIMITS.nameLength ? full : `${full.slice(0, LIMITS.nameLength - 3)}...`;
}

/** `out/<name>`, or the first of `out/<name>-2`, `-3`... that holds nothing, unless `force`. */
export function defaultOut(name: string, force: boolean): string {
  const base = join('out', folderName(name));
  if (force || !existsSync(base)) return base;
  for (let k = 2; ; k++) if (!existsSync(`${base}-${k}`)) return `${base}-${k}`;
}

/** The plan of `stormoff run`: one design point, `runs` replicates with seeds runSeed(seed, i). */
export function runPlan(arg: string, sets: string[], seed: number | undefined, runs: number | undefined, options: { timeseries: string; format: 'csv' | 'parquet'; check: boolean }): { plan: ExperimentPlan; scenario: Scenario } {
  const path = resolveScenarioPath(arg);
  const loaded = loadScenarioFile(path, sets);
  const scenario: Scenario = { ...loaded, name: overriddenName(loaded.name, sets), seed: seed ?? loaded.seed, runs: runs ?? loaded.runs };
  const plan: ExperimentPlan = {
    kind: 'run', version: packageVersion(),
    scenario: { arg, path, name: scenario.name, hash: scenarioHash({ ...scenario, runs: 0 }) },
    sets, parameters: [], points: [[]], design: { method: 'replicates' }, replicates: scenario.runs, seed: scenario.seed,
    timeseries: options.timeseries, format: options.format, details: true, check: options.check, wideFile: 'runs.csv',
  };
  return { plan, scenario };
}

export const runCommand: Command = {
  name: 'run',
  summary: 'run a scenario N times (in parallel) and write its CSVs and meta.json',
  help,
  async run(argv) {
    const parsed = parseCommand(argv, this, {
      seed: { type: 'string' },
      runs: { type: 'string' },
      out: { type: 'string' },
      set: { type: 'string', multiple: true },
      check: { type: 'boolean' },
      ...EXPERIMENT_OPTIONS,
    });
    if (!parsed) return 0;
    expectPositionals(parsed, 'run', 1, 1, 'the scenario to run');
    const { values } = parsed;
    const seed = integerOption(values.seed, 'seed', 'run', 0, NaN, SEED_MAX);
    const runs = integerOption(values.runs, 'runs', 'run', 1, NaN, LIMITS.runs);
    const settings = experimentSettings(parsed, 'run', 'full');
    const sets = (values.set as string[] | undefined) ?? [];
    const { plan, scenario } = runPlan(parsed.positionals[0], sets, Number.isNaN(seed) ? undefined : seed, Number.isNaN(runs) ? undefined : runs, { ...settings, check: values.check === true });
    const defaulted = typeof values.out !== 'string';
    const out = defaulted ? shardedOut(defaultOut(scenario.name, settings.force), settings.shard) : (values.out as string);
    const { runs: done } = await executeExperiment(plan, { ...settings, out, command: ['stormoff', 'run', ...argv], meta: { parameters: scenario, overrides: sets, dictionary: outputDictionary(scenario.clouds.map((cloud) => cloud.id)) } });
    if (settings.quiet) return 0;
    const plural = plan.replicates === 1 ? 'run' : 'runs';
    const shard = settings.shard.count > 1 ? `, shard ${settings.shard.index}/${settings.shard.count}: ${done} runs` : '';
    const files = settings.format === 'parquet' ? '*.parquet' : '*.csv';
    const usual = join('out', folderName(scenario.name));
    const moved = defaulted && settings.shard.count === 1 && out !== usual ? ` (${usual} holds an earlier result; --force replaces it)` : '';
    process.stdout.write(`wrote ${join(out, files)} and meta.json (${scenario.name}, ${plan.replicates} ${plural}${shard}, seed ${plan.seed})${moved}\n`);
    return 0;
  },
};
