/**
 * `stormoff flagship` (what `npm start` runs): the baseline and the flagship counterfactual
 * "OpenAI storms off to AWS in 2018", run with the same seeds (common random numbers), both
 * output directories written under out/flagship/, and a table of the headline differences.
 */
import { join } from 'node:path';
import { summarize } from '../../summary.js';
import { headlineRows } from '../headline.js';
import { assertWritableOutput, writeOutputs } from '../output.js';
import { loadScenarioFile } from '../scenario-file.js';
import { scenarioFile } from '../scenario-path.js';
import { formatTable } from '../table.js';
import { integerOption, parseCommand, expectPositionals, type Command } from '../usage.js';
import { LIMITS } from '../../scenario/limits.js';
import { defaultOut, folderName, runToFiles, SEED_MAX } from './run.js';

/** The bundled scenarios the flagship compares: [baseline, counterfactual]. */
export const FLAGSHIP_SCENARIOS = ['baseline', 'openai-to-aws-2018'] as const;

/** Runs of each scenario unless --runs says otherwise: enough for a mean, quick enough for `npm start`. */
export const FLAGSHIP_RUNS = 10;

const help = `Usage: stormoff flagship [options]

Run the baseline and the counterfactual "OpenAI storms off to AWS in 2018" with the same seeds
(common random numbers: run i of both uses the same seed, so differences are not noise), write
both output directories and print the headline differences (means over runs).

Options:
  --runs N            runs of each scenario (default: ${FLAGSHIP_RUNS})
  --seed N            seed of run 0 (default: the baseline's seed)
  --out DIR           parent of the two output directories (default: out/flagship, or
                      out/flagship-2... if that holds a result); refused if it holds one, unless --force
  --force             replace the results in --out
  -q, --quiet         no progress bar (the table is still printed)
  -h, --help          show this help
`;

export const flagshipCommand: Command = {
  name: 'flagship',
  summary: 'baseline vs "OpenAI to AWS in 2018", same seeds, headline differences',
  help,
  run(argv) {
    const parsed = parseCommand(argv, this, {
      runs: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (!parsed) return 0;
    expectPositionals(parsed, 'flagship', 0, 0, '');
    const scenarios = FLAGSHIP_SCENARIOS.map((name) => loadScenarioFile(scenarioFile(name)));
    const [baseline, counterfactual] = scenarios;
    const seed = integerOption(parsed.values.seed, 'seed', 'flagship', 0, baseline.seed, SEED_MAX);
    const runs = integerOption(parsed.values.runs, 'runs', 'flagship', 1, FLAGSHIP_RUNS, LIMITS.runs);
    const force = parsed.values.force === true;
    if (parsed.values.quiet === true) process.env.STORMOFF_QUIET = '1';
    const out = typeof parsed.values.out === 'string' ? parsed.values.out : defaultOut('flagship', force);
    const dirs = scenarios.map((scenario) => join(out, folderName(scenario.name)));
    for (const dir of dirs) assertWritableOutput(dir, { force });
    const results = scenarios.map((scenario, i) => {
      const dir = dirs[i];
      const settings = { seed, runs, out: dir, check: false, command: ['stormoff', 'flagship', ...argv] };
      return { dir, ...runToFiles(scenario, settings) };
    });
    for (const result of results) writeOutputs(result.dir, result.files);

    const clouds = [...new Set(scenarios.flatMap((s) => s.clouds.map((c) => c.id)))];
    const rows = headlineRows(
      {
        baseline: results[0].recordings.flatMap(summarize),
        counterfactual: results[1].recordings.flatMap(summarize),
        clouds,
        dates: results[0].recordings[0]?.dates ?? [],
        runs,
      },
      [baseline.name, counterfactual.name],
    );
    const right = [false, false, true, true, true, true];
    const lines = [
      `${counterfactual.name} vs ${baseline.name}: ${runs} run${runs === 1 ? '' : 's'} each, ` +
        `same seeds (run 0 seed ${seed}), means over runs; ± 2 SE of the paired differences`,
      '',
      ...formatTable(rows, right),
      '',
      `CSVs and meta.json: ${results.map((r) => r.dir).join(', ')}`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
