/**
 * `stormoff run <scenario>`: run a scenario N times and write its output directory
 * (timeseries.csv, contracts.csv, events.csv, summary.csv, meta.json).
 */
import { join } from 'node:path';
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
  --out DIR           output directory (default: out/<scenario name>); a previous output there is replaced
  --set PATH=VALUE    override a parameter, repeatable, e.g. --set params.lambda=0.2
  --check             check the model's invariants every month (slower)
  -h, --help          show this help

Exit codes: 0 ok, 1 unexpected error, 2 bad usage or invalid scenario, 3 an invariant broke (--check).
Nothing is written unless every run succeeds.
`;

/** Options shared by `run` and `flagship`. */
export interface RunSettings {
  seed: number;
  runs: number;
  out: string;
  check: boolean;
  /** The command line, for meta.json. */
  command: string[];
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
    started,
    finished: new Date().toISOString(),
    parameters: resolved,
  });
  return { recordings, files };
}

/** A scenario name made safe as a folder name. */
export function folderName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'scenario';
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
    });
    if (!parsed) return 0;
    expectPositionals(parsed, 'run', 1, 1, 'the scenario to run');
    const { values } = parsed;
    const seed = integerOption(values.seed, 'seed', 'run', 0, NaN);
    const runs = integerOption(values.runs, 'runs', 'run', 1, NaN);
    const path = resolveScenarioPath(parsed.positionals[0]);
    const scenario = loadScenarioFile(path, (values.set as string[] | undefined) ?? []);
    const settings: RunSettings = {
      seed: Number.isNaN(seed) ? scenario.seed : seed,
      runs: Number.isNaN(runs) ? scenario.runs : runs,
      out: typeof values.out === 'string' ? values.out : `out/${folderName(scenario.name)}`,
      check: values.check === true,
      command: ['stormoff', 'run', ...argv],
    };
    assertWritableOutput(settings.out);
    writeOutputs(settings.out, runToFiles(scenario, settings).files);
    const plural = settings.runs === 1 ? 'run' : 'runs';
    process.stdout.write(
      `wrote ${join(settings.out, '{timeseries,contracts,events,summary}.csv')} and meta.json ` +
        `(${scenario.name}, ${settings.runs} ${plural}, seed ${settings.seed})\n`,
    );
    return 0;
  },
};
