/**
 * `stormoff run <scenario>`: run a scenario N times and write its output directory
 * (timeseries.csv, contracts.csv, events.csv, summary.csv, meta.json).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../scenario/limits.js';
import { loadScenarioFile, scenarioHash } from '../scenario-file.js';
import { runBatch } from '../batch.js';
import { assertWritableOutput, runOutputFiles, writeOutputs, type FileContent } from '../output.js';
import { resolveScenarioPath } from '../scenario-path.js';
import { expectPositionals, integerOption, parseCommand, type Command } from '../usage.js';
import type { Recording } from '../../recording.js';
import type { Scenario } from '../../scenario/types.js';

const help = `Usage: stormoff run <scenario> [options]

Run a scenario and write timeseries.csv, contracts.csv, events.csv, summary.csv and meta.json.

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
  -q, --quiet         no progress bar and no summary line (errors still go to stderr)
  -h, --help          show this help

Exit codes: 0 ok, 1 unexpected error, 2 bad usage or invalid scenario, 3 an invariant broke (--check).
Nothing is written unless every run succeeds.
`;

/** Largest seed (seeds are unsigned 32-bit integers, as in the scenario schema). */
export const SEED_MAX = 4294967295;

/** Options shared by `run` and `flagship`. */
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
 * Run `scenario` with `settings` and build its output files (nothing is written yet, so a caller
 * running several scenarios can write only once all have succeeded).
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

export const runCommand: Command = {
  name: 'run',
  summary: 'run a scenario and write its CSVs and meta.json',
  help,
  run(argv) {
    const parsed = parseCommand(argv, this, {
      seed: { type: 'string' },
      runs: { type: 'string' },
      out: { type: 'string' },
      set: { type: 'string', multiple: true },
      check: { type: 'boolean' },
      force: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (!parsed) return 0;
    expectPositionals(parsed, 'run', 1, 1, 'the scenario to run');
    const { values } = parsed;
    const seed = integerOption(values.seed, 'seed', 'run', 0, NaN, SEED_MAX);
    const runs = integerOption(values.runs, 'runs', 'run', 1, NaN, LIMITS.runs);
    const force = values.force === true;
    if (values.quiet === true) process.env.STORMOFF_QUIET = '1';
    const path = resolveScenarioPath(parsed.positionals[0]);
    const sets = (values.set as string[] | undefined) ?? [];
    const loaded = loadScenarioFile(path, sets);
    const scenario = { ...loaded, name: overriddenName(loaded.name, sets) };
    const defaulted = typeof values.out !== 'string';
    const settings: RunSettings = {
      seed: Number.isNaN(seed) ? scenario.seed : seed,
      runs: Number.isNaN(runs) ? scenario.runs : runs,
      out: defaulted ? defaultOut(scenario.name, force) : (values.out as string),
      check: values.check === true,
      command: ['stormoff', 'run', ...argv],
      overrides: sets,
    };
    assertWritableOutput(settings.out, { force });
    writeOutputs(settings.out, runToFiles(scenario, settings).files);
    if (values.quiet === true) return 0;
    const plural = settings.runs === 1 ? 'run' : 'runs';
    const moved = defaulted && settings.out !== join('out', folderName(scenario.name)) ? ` (${join('out', folderName(scenario.name))} holds an earlier result; --force replaces it)` : '';
    process.stdout.write(
      `wrote ${join(settings.out, '{timeseries,contracts,events,summary}.csv')} and meta.json ` +
        `(${scenario.name}, ${settings.runs} ${plural}, seed ${settings.seed})${moved}\n`,
    );
    return 0;
  },
};
