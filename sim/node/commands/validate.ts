/**
 * `stormoff validate <scenario...>`: load and check scenario files without running them; prints
 * one `ok` line per valid file and the errors of the others (exit 2 if any is invalid).
 */
import { ScenarioError } from '../../scenario/errors.js';
import { loadScenarioFile } from '../scenario-file.js';
import { resolveScenarioPath } from '../scenario-path.js';
import { expectPositionals, parseCommand, UsageError, type Command } from '../usage.js';
import { errorLines } from '../report.js';

const help = `Usage: stormoff validate <scenario...>

Load, merge ('extends'), default and validate each scenario without running it.
Prints 'ok <file>: <name>, N clouds, N labs, N events' per valid file, the errors of the others.

  <scenario...>       .yaml/.json files, or names of bundled scenarios (see 'stormoff list')
  -h, --help          show this help

Exit codes: 0 all valid, 2 any invalid (or bad usage).
`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check scenario files without running them',
  help,
  run(argv) {
    const parsed = parseCommand(argv, this, {});
    if (!parsed) return 0;
    expectPositionals(parsed, 'validate', 1, Infinity, 'the scenario files to validate');
    let failed = 0;
    for (const argument of parsed.positionals) {
      try {
        const path = resolveScenarioPath(argument);
        const scenario = loadScenarioFile(path);
        const { clouds, labs, events } = scenario;
        process.stdout.write(
          `ok ${argument}: ${scenario.name}, ${clouds.length} clouds, ${labs.length} labs, ${events.length} events\n`,
        );
      } catch (error) {
        if (!(error instanceof ScenarioError || error instanceof UsageError)) throw error;
        failed++;
        for (const line of errorLines(error)) process.stderr.write(line + '\n');
      }
    }
    return failed > 0 ? 2 : 0;
  },
};
