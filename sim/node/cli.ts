/**
 * The `stormoff` command line: dispatches to one command per file in `commands/`, loading only the
 * command that runs, handles `--help` and `--version`, and turns errors into messages and exit
 * codes (see report.ts: 0 ok, 1 unexpected error, 2 bad usage or invalid scenario, 3 broken invariant).
 */
import { packageVersion } from './package-info.js';
import { errorLines, exitCodeOf, EXIT_USAGE } from './report.js';
import { formatTable } from './table.js';
import { findCommand, type Command } from './usage.js';

/** A command as the top-level help sees it: its name, summary, and how to load its module. */
export interface CommandEntry {
  name: string;
  summary: string;
  /** Imports the command's module (which exports a Command whose name is `name`). */
  load: () => Promise<Record<string, unknown>>;
}

/** The commands, in help order. Add one line per command; its code loads only when it runs. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'run', summary: 'run a scenario N times (in parallel) and write its CSVs and meta.json', load: () => import('./commands/run.js') },
  { name: 'flagship', summary: 'quiet loss vs storm-off: baseline, microsoft-passes-2018, openai-to-aws-2018, ± 2 SE', load: () => import('./commands/flagship.js') },
  { name: 'claims', summary: 'the claims suite: each claim as a paired experiment, effect ± 2 SE', load: () => import('./commands/claims.js') },
  { name: 'validate', summary: 'check scenario files without running them', load: () => import('./commands/validate.js') },
  { name: 'list', summary: 'list the scenarios with their descriptions', load: () => import('./commands/list.js') },
  { name: 'compare', summary: 'paired comparison of two scenarios (same seeds): differences, 95% CIs, sign shares', load: () => import('./commands/compare.js') },
  { name: 'sweep', summary: 'run a grid, random or Latin hypercube design over parameters; write sweep.csv', load: () => import('./commands/sweep.js') },
  { name: 'sensitivity', summary: 'Morris screening or Sobol indices of every metric; sensitivity.csv, tornado.svg', load: () => import('./commands/sensitivity.js') },
  { name: 'merge', summary: 'join the shard outputs of one experiment (--shard, batch arrays)', load: () => import('./commands/merge.js') },
  { name: 'backtest', summary: 'simulated vs reported cloud shares 2018–2025, MAE vs naive forecasts; --endogenous replay', load: () => import('./commands/backtest.js') },
  { name: 'calibrate', summary: 'fit free parameters to reported shares and anchors (Nelder–Mead); held-out MAE vs naive forecasts; fitted.yaml', load: () => import('./commands/calibrate.js') },
  { name: 'theory', summary: 'classic models (Rubinstein, Nash, Arthur, Pólya, Bass, Brock–Durlauf) vs closed forms', load: () => import('./commands/theory.js') },
  { name: 'view', summary: 'serve the viewer in the browser (optionally on a folder of results)', load: () => import('./commands/view.js') },
];

/**
 * The Command named `name` exported by `entry`'s module.
 * @example const run = await loadCommand(COMMANDS[0]); await run.run(['baseline']);
 */
export async function loadCommand(entry: CommandEntry): Promise<Command> {
  const exported = Object.values(await entry.load());
  const command = exported.find((value): value is Command =>
    typeof value === 'object' && value !== null && (value as Command).name === entry.name && typeof (value as Command).run === 'function');
  if (!command) throw new Error(`command module for '${entry.name}' exports no Command named '${entry.name}'`);
  return command;
}

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
    const named = rest[0] === undefined ? undefined : await loadCommand(findCommand(rest[0], COMMANDS));
    process.stdout.write((named ? named.help.trimEnd() : topHelp()) + '\n');
    return 0;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(packageVersion() + '\n');
    return 0;
  }
  return (await loadCommand(findCommand(first, COMMANDS))).run(rest);
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
