/**
 * How the CLI reports a failure: the lines it prints on stderr and its exit code. 2 bad usage,
 * invalid scenario or unusable output folder; 3 a broken invariant (`--check`); 1 anything else.
 * Stack traces only with STORMOFF_DEBUG=1.
 */
import { InvariantError } from '../invariants.js';
import { ScenarioError } from '../scenario/errors.js';
import { OutputDirError } from './output-dir.js';
import { UsageError } from './usage.js';

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_USAGE = 2;
export const EXIT_INVARIANT = 3;

function debugging(): boolean {
  const flag = process.env.STORMOFF_DEBUG;
  return flag !== undefined && flag !== '' && flag !== '0';
}

/** The exit code for `error`. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof ScenarioError || error instanceof OutputDirError) {
    return EXIT_USAGE;
  }
  if (error instanceof InvariantError) return EXIT_INVARIANT;
  return EXIT_ERROR;
}

/**
 * The stderr lines for `error`, each starting `error: `, `hint: ` or `note: `.
 * @example errorLines(new UsageError("unknown option '--sed'", "run 'stormoff run --help' for usage"))
 */
export function errorLines(error: unknown): string[] {
  if (error instanceof ScenarioError) {
    const text = error.format();
    return text.split('\n').filter((line) => line.trim() !== '').map((line) => `error: ${line}`);
  }
  if (error instanceof UsageError) return [`error: ${error.message}`, `hint: ${error.hint}`];
  if (error instanceof OutputDirError) return [`error: ${error.message}`, `hint: ${error.hint}`];
  if (error instanceof InvariantError) {
    return [
      `error: invariant "${error.invariant}" broken in month ${error.date}: ${error.detail}`,
      'note: the run stopped there and no output was written (exit code 3)',
    ];
  }
  const message = error instanceof Error ? error.message : String(error);
  const lines = [`error: ${message.split('\n')[0]}`];
  if (debugging() && error instanceof Error && error.stack) lines.push(error.stack);
  else lines.push('hint: set STORMOFF_DEBUG=1 to see the stack trace');
  return lines;
}
