/**
 * `stormoff flagship` (what `npm start` runs): does Azure lose more when OpenAI storms off to AWS
 * in a huff than when Microsoft quietly passes? Runs the baseline, microsoft-passes-2018 and
 * openai-to-aws-2018 with the same seeds, writes their output directories and flagship.csv under
 * out/flagship/, and prints the decomposition: (a) the quiet loss, (b) the huff on top.
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { flagshipCsv } from '../../experiments/flagship-csv.js';
import { FLAGSHIP_WORLDS, flagshipRows } from '../../experiments/decomposition.js';
import { answerLines, dealLines, effectLines, hostLines } from '../headline.js';
import { assertWritableOutput, OutputDirError, writeOutputs } from '../output.js';
import { loadScenarioFile } from '../scenario-file.js';
import { scenarioFile } from '../scenario-path.js';
import { integerOption, parseCommand, expectPositionals, type Command } from '../usage.js';
import { LIMITS } from '../../scenario/limits.js';
import { defaultOut, folderName, runToFiles, SEED_MAX } from './run.js';

/** The bundled scenarios the flagship compares, in FLAGSHIP_WORLDS order. */
export const FLAGSHIP_SCENARIOS = FLAGSHIP_WORLDS;

/** Runs of each scenario unless --runs says otherwise: enough for ± 2 SE, quick enough for `npm start`. */
export const FLAGSHIP_RUNS = 10;

const help = `Usage: stormoff flagship [options]

Does Azure lose more when OpenAI storms off to AWS in a huff (openai-to-aws-2018) than when
Microsoft quietly passes (microsoft-passes-2018)? Runs both and the baseline with the same seeds
(common random numbers: run i of each uses the same seed) and prints the decomposition:
  (a) Azure loses OpenAI quietly: microsoft-passes-2018 minus baseline
  (b) the huff on top:            openai-to-aws-2018 minus microsoft-passes-2018
and their sum: the effect on every cloud's narrative share and AI revenue in 2019, 2023, 2026 and
2032 (± 2 SE of the paired differences), OpenAI's host and exclusivity by year in each world,
the deals that differ, and the labs' outcomes. Writes the three output directories and
flagship.csv (every number printed, tidy) under the output folder.

Options:
  --runs N            runs of each scenario (default: ${FLAGSHIP_RUNS}; at least 2 for a standard error)
  --seed N            seed of run 0 (default: the baseline's seed)
  --agents N          builders in the population (default: the scenarios' own)
  --out DIR           output folder (default: out/flagship, or out/flagship-2... if that
                      holds a result); refused if it holds one, unless --force
  --force             replace the results in --out
  -q, --quiet         no progress bar (the tables are still printed)
  -h, --help          show this help
`;

/** Writes `text` to `path` through a temporary file beside it and a rename, so it is never half-written. */
function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.flagship.csv.tmp-${process.pid}-${Date.now().toString(36)}`);
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, text, null, 'utf8');
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export const flagshipCommand: Command = {
  name: 'flagship',
  summary: 'quiet loss vs storm-off: baseline, microsoft-passes-2018, openai-to-aws-2018, ± 2 SE',
  help,
  run(argv) {
    const parsed = parseCommand(argv, this, {
      runs: { type: 'string' },
      seed: { type: 'string' },
      agents: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (!parsed) return 0;
    expectPositionals(parsed, 'flagship', 0, 0, '');
    const agents = integerOption(parsed.values.agents, 'agents', 'flagship', 1, NaN);
    const sets = Number.isNaN(agents) ? [] : [`population.agents=${agents}`];
    const scenarios = FLAGSHIP_SCENARIOS.map((name) => loadScenarioFile(scenarioFile(name), sets));
    const seed = integerOption(parsed.values.seed, 'seed', 'flagship', 0, scenarios[0].seed, SEED_MAX);
    const runs = integerOption(parsed.values.runs, 'runs', 'flagship', 1, FLAGSHIP_RUNS, LIMITS.runs);
    const force = parsed.values.force === true;
    if (parsed.values.quiet === true) process.env.STORMOFF_QUIET = '1';
    const out = typeof parsed.values.out === 'string' ? parsed.values.out : defaultOut('flagship', force);
    const csvPath = join(out, 'flagship.csv');
    if (existsSync(csvPath) && !statSync(csvPath).isFile()) throw new OutputDirError(`cannot write ${csvPath}: it is not a file`);
    const dirs = scenarios.map((scenario) => join(out, folderName(scenario.name)));
    for (const dir of dirs) assertWritableOutput(dir, { force });

    const results = scenarios.map((scenario, i) =>
      runToFiles(scenario, { seed, runs, out: dirs[i], check: false, command: ['stormoff', 'flagship', ...argv] }),
    );
    const rows = flagshipRows(results.map((r) => r.recordings));
    results.forEach((result, i) => writeOutputs(dirs[i], result.files));
    writeFileAtomic(csvPath, flagshipCsv(rows));

    const plural = runs === 1 ? 'run' : 'runs';
    const lines = [
      `Storm off or pass quietly? ${runs} ${plural} of each world, same seeds (run 0 seed ${seed}), ` +
        `${scenarios[0].population.agents} agents;`,
      'effects are means of the paired (same-seed) differences ± 2 SE.',
      '',
      ...answerLines(rows),
      '',
      ...effectLines(rows, 'cloud'),
      ...hostLines(rows),
      '',
      ...dealLines(rows),
      '',
      "Labs' outcomes (funding too in flagship.csv)",
      '',
      ...effectLines(rows, 'lab', ['traffic_share', 'capability'], ['quiet', 'huff']),
      `Wrote ${csvPath} and the runs' CSVs in:`,
      ...dirs.map((dir) => `  ${dir}`),
    ];
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
