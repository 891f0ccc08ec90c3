/**
 * `stormoff validate <scenario...>`: load and check scenario files without running them; prints
 * one `ok` line per valid file and the errors of the others (exit 2 if any is invalid).
 */
import { ScenarioError, type Issue } from '../../scenario/errors.js';
import { loadScenarioFile } from '../scenario-file.js';
import { resolveScenarioPath } from '../scenario-path.js';
import { expectPositionals, parseCommand, UsageError, type Command } from '../usage.js';
import { errorLines } from '../report.js';

const help = `Usage: stormoff validate <scenario...> [options]

Load, merge ('extends'), default and validate each scenario without running it.
Prints 'ok <file>: <name>, N clouds, N labs, N events' per valid file, the errors of the others.

  <scenario...>       .yaml/.json files, or names of bundled scenarios (see 'stormoff list')

Options:
  --set PATH=VALUE    override a parameter before validating, repeatable (as for 'stormoff run')
  --json              print one JSON array: per scenario its file, ok, and the summary or the
                      issues ({file, path, expected, found})
  -q, --quiet         print only the errors
  -h, --help          show this help

Exit codes: 0 all valid, 2 any invalid (or bad usage).
`;

type Result =
  | { file: string; ok: true; name: string; clouds: number; labs: number; events: number }
  | { file: string; ok: false; issues: Issue[]; error: unknown };

function validateOne(argument: string, sets: string[]): Result {
  try {
    const scenario = loadScenarioFile(resolveScenarioPath(argument), sets);
    const { name, clouds, labs, events } = scenario;
    return { file: argument, ok: true, name, clouds: clouds.length, labs: labs.length, events: events.length };
  } catch (error) {
    if (error instanceof ScenarioError) return { file: argument, ok: false, issues: error.issues, error };
    if (error instanceof UsageError) {
      return { file: argument, ok: false, issues: [{ file: argument, path: '', expected: 'a scenario file or bundled name', found: error.message }], error };
    }
    throw error;
  }
}

/** A result as printed by --json (without the error object, which is for the text report). */
function jsonOf(result: Result): object {
  if (result.ok) return result;
  const { error: _error, ...rest } = result;
  return rest;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check scenario files without running them',
  help,
  run(argv) {
    const parsed = parseCommand(argv, this, {
      set: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (!parsed) return 0;
    expectPositionals(parsed, 'validate', 1, Infinity, 'the scenario files to validate');
    const sets = (parsed.values.set as string[] | undefined) ?? [];
    const results = parsed.positionals.map((argument) => validateOne(argument, sets));
    if (parsed.values.json === true) process.stdout.write(JSON.stringify(results.map(jsonOf), null, 2) + '\n');
    for (const result of results) {
      if (result.ok && parsed.values.json !== true && parsed.values.quiet !== true) {
        process.stdout.write(`ok ${result.file}: ${result.name}, ${result.clouds} clouds, ${result.labs} labs, ${result.events} events\n`);
      }
      if (!result.ok && parsed.values.json !== true) for (const line of errorLines(result.error)) process.stderr.write(line + '\n');
    }
    return results.some((result) => !result.ok) ? 2 : 0;
  },
};
