/**
 * The `stormoff` command line: dispatches to one command per file in `commands/`, handles
 * `--help` and `--version`, and turns errors into messages and exit codes (see report.ts:
 * 0 ok, 1 unexpected error, 2 bad usage or invalid scenario, 3 broken invariant).
 */
import { flagshipCommand } from './commands/flagship.js';
import { listCommand } from './commands/list.js';
import { runCommand } from './commands/run.js';
import { sweepCommand } from './commands/sweep.js';
import { mergeCommand } from './commands/merge.js';
import { compareCommand } from './commands/compare.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { validateCommand } from './commands/validate.js';
import { packageVersion } from './package-info.js';
import { errorLines, exitCodeOf, EXIT_USAGE } from './report.js';
import { formatTable } from './table.js';
import { UsageError, type Command } from './usage.js';

export const COMMANDS: readonly Command[] = [runCommand, flagshipCommand, validateCommand, listCommand, sweepCommand, sensitivityCommand, mergeCommand, compareCommand];

function topHelp(): string {
  const commands = formatTable(COMMANDS.map((c) => [`  ${c.name}`, c.summary]));
  return [
    'Usage: stormoff <command> [options]',
    '',
    'Agent-based simulation of clouds and frontier AI labs bargaining over compute,',
    'exclusivity and narrative default share.',
    '',
    'Commands:',
    ...commands,
    '',
    'Options:',
    '  -h, --help     show this help (or a command\'s: stormoff run --help)',
    '  -v, --version  print the version',
    '',
    'Examples:',
    '  stormoff list',
    '  stormoff run baseline --runs 10 --seed 7',
    '  stormoff run my-scenario.yaml --set params.lambda=0.2 --out out/lambda-02',
    '',
    'Exit codes: 0 ok, 1 unexpected error, 2 bad usage or invalid scenario, 3 an invariant broke.',
    'Set STORMOFF_DEBUG=1 to see stack traces of unexpected errors.',
  ].join('\n');
}

async function dispatch(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(topHelp() + '\n');
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(topHelp() + '\n');
    return 0;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(packageVersion() + '\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    const what = first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`;
    throw new UsageError(what, `run 'stormoff --help' for the commands (${COMMANDS.map((c) => c.name).join(', ')})`);
  }
  return command.run(rest);
}

/**
 * Run the CLI on `argv` (without node and script) and resolve to the exit code; never throws.
 * @example process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    for (const line of errorLines(error)) process.stderr.write(line + '\n');
    return exitCodeOf(error);
  }
}
