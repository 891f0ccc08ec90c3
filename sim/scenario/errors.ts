/**
 * ScenarioError: everything wrong with a scenario file, one issue per line, each naming the
 * file, the path inside it (`labs[2].autonomy`), what was expected and what was found.
 */

/** A path inside a scenario: keys and list indices, e.g. `['labs', 2, 'autonomy']`. */
export type Path = readonly (string | number)[];

export interface Issue {
  /** The file as the user named it, e.g. `scenarios/bad.yaml`. */
  file: string;
  /** `labs[2].autonomy`, `line 7, column 3`, `--set labs.nope.autonomy`, or '' for the whole file. */
  path: string;
  /** What a valid value would be, e.g. `a number >= 0`. */
  expected: string;
  /** What was there: the JSON of the value (truncated), or `nothing`. */
  found: string;
}

/**
 * An invalid scenario: every issue found at the stage that failed, each naming the file, the path
 * inside it, what was expected and what was found.
 * @example
 * try { loadScenarioFile('bad.yaml'); } catch (e) { if (e instanceof ScenarioError) console.error(e.format()); }
 */
export class ScenarioError extends Error {
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    super(formatIssues(issues));
    this.name = 'ScenarioError';
    this.issues = issues;
  }

  /** One line per issue: `scenarios/bad.yaml: labs[2].autonomy: expected a number >= 0, found "high"`. */
  format(): string {
    return formatIssues(this.issues);
  }
}

function formatIssues(issues: Issue[]): string {
  return issues
    .map(({ file, path, expected, found }) => `${file}: ${path ? `${path}: ` : ''}expected ${expected}, found ${found}`)
    .join('\n');
}

/** `['labs', 2, 'autonomy']` -> `labs[2].autonomy`. */
export function formatPath(path: Path): string {
  let text = '';
  for (const segment of path) {
    text += typeof segment === 'number' ? `[${segment}]` : text ? `.${segment}` : segment;
  }
  return text;
}

const FOUND_MAX = 60;

/** The JSON of `value`, truncated to about 60 characters, or `nothing` when it is missing. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  else text = JSON.stringify(value) ?? String(value);
  return text.length > FOUND_MAX ? `${text.slice(0, FOUND_MAX - 3)}...` : text;
}

/** An issue not yet tied to a file: its path is in the object checked (maybe merged from several files). */
export interface PathIssue {
  path: Path;
  expected: string;
  found: string;
}

/** A PathIssue whose found value is described from `value`. */
export function pathIssue(path: Path, expected: string, value: unknown): PathIssue {
  return { path, expected, found: describeFound(value) };
}

/** Throws a ScenarioError when `issues` is not empty. */
export function throwIfAny(issues: Issue[]): void {
  if (issues.length > 0) throw new ScenarioError(issues);
}
