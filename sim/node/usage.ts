/**
 * Command-line usage: parsing a command's arguments with `node:util` parseArgs (negative numbers
 * accepted as option values, did-you-mean for unknown flags), and UsageError, the error for bad
 * usage (exit code 2, printed with a hint, never with a stack trace).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../scenario/closest.js';

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

/**
 * The command named `name`; a UsageError with the closest names when there is none.
 * @example findCommand('rnu', COMMANDS) // throws: unknown command 'rnu' (did you mean 'run'?)
 */
export function findCommand<T extends Pick<Command, 'name'>>(name: string, commands: readonly T[]): T {
  const command = commands.find((c) => c.name === name);
  if (command) return command;
  const names = commands.map((c) => c.name);
  const what = name.startsWith('-') ? `unknown option '${name.slice(0, 100)}'` : `unknown command '${name.slice(0, 100)}'`;
  const suggestion = name.startsWith('-') ? '' : didYouMean(name, names, 2, (n) => `'${n}'`);
  throw new UsageError(what + suggestion, `run 'stormoff --help' for the commands (${names.join(', ')})`);
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
  const all: Options = { ...options, help: { type: 'boolean', short: 'h' } };
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv, all), options: all, allowPositionals: true, strict: true }) as Parsed;
  } catch (error) {
    throw new UsageError(parseErrorMessage(error, all), helpHint(command.name));
  }
  if (parsed.values.help) {
    process.stdout.write(command.help.trimEnd() + '\n');
    return null;
  }
  return parsed;
}

/**
 * `--runs -1` as `--runs=-1`, so a negative number is read as the option's value (and then gets
 * a proper message) instead of parseArgs' "argument is ambiguous".
 */
export function joinNegativeValues(argv: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith('--') ? argv[i].slice(2) : undefined;
    const next = argv[i + 1];
    if (name && options[name]?.type === 'string' && next !== undefined && /^-(\d|\.\d|Infinity)/.test(next)) {
      out.push(`${argv[i]}=${next}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}

/** parseArgs' error in one line, with the closest known flag for an unknown one. */
function parseErrorMessage(error: unknown, options: Options): string {
  const message = error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : String(error);
  const code = (error as { code?: string }).code;
  const unknown = /Unknown option '([^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined) {
    const flags = Object.keys(options).map((name) => `--${name}`);
    return `unknown option '${unknown.slice(0, 100)}'${didYouMean(unknown.replace(/=.*$/, ''), flags, 2, (flag) => `'${flag}'`)}`;
  }
  return message.replace(/\. To specify a positional.*$/, '').replace(/^Option '([^']*)' argument missing$/, "option '$1' needs a value");
}

/** An integer option value from `min` to `max`, or `fallback` when the option is absent. */
export function integerOption(value: unknown, flag: string, command: string, min: number, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const text = String(value);
  const number = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(number) || number < min || number > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`--${flag} expects an integer ${range}, got '${text.slice(0, 40)}'`, helpHint(command));
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
