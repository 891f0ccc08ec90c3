/**
 * Command-line usage: parsing a command's arguments with `node:util` parseArgs, and UsageError,
 * the error for bad usage (exit code 2, printed with a hint, never with a stack trace).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Bad usage of the CLI: an unknown flag, a missing argument, a malformed value. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** What to do about it, e.g. "run 'stormoff run --help' for the options". */
    readonly hint: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One CLI command: its name, a one-line summary, its help text and what it does. */
export interface Command {
  name: string;
  summary: string;
  help: string;
  /** Runs the command; resolves to the exit code. */
  run(argv: string[]): Promise<number> | number;
}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Hint pointing at a command's help. */
export function helpHint(command: string): string {
  return `run 'stormoff ${command} --help' for usage`;
}

/**
 * Parse `argv` for `command`: prints its help and returns null on `--help`/`-h`, throws
 * UsageError on unknown flags or missing values.
 * @example const parsed = parseCommand(argv, runCommand, { seed: { type: 'string' } });
 */
export function parseCommand(argv: string[], command: Pick<Command, 'name' | 'help'>, options: Options): Parsed | null {
  let parsed: Parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }) as Parsed;
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : String(error);
    throw new UsageError(message.replace(/\. To specify a positional.*$/, ''), helpHint(command.name));
  }
  if (parsed.values.help) {
    process.stdout.write(command.help.trimEnd() + '\n');
    return null;
  }
  return parsed;
}

/** An integer option value >= `min`, or `fallback` when the option is absent. */
export function integerOption(value: unknown, flag: string, command: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  const text = String(value);
  const number = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(number) || number < min) {
    throw new UsageError(`--${flag} expects an integer >= ${min}, got '${text}'`, helpHint(command));
  }
  return number;
}

/** Throws UsageError unless there are between `min` and `max` positional arguments. */
export function expectPositionals(parsed: Parsed, command: string, min: number, max: number, what: string): void {
  const count = parsed.positionals.length;
  if (count < min) throw new UsageError(`missing ${what}`, helpHint(command));
  if (count > max) {
    throw new UsageError(`unexpected argument '${parsed.positionals[max]}'`, helpHint(command));
  }
}
