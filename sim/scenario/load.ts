/**
 * Loading a scenario, pure (no Node APIs: the browser runs it too): YAML or JSON text -> parse
 * -> `extends` chain -> `--set` overrides -> schema -> defaults -> semantic checks -> the
 * resolved `Scenario`. Each stage reports every issue it finds as one ScenarioError.
 */
import { parseDocument } from 'yaml';
import { ScenarioError, describeFound, formatPath, throwIfAny, type Issue } from './errors.js';
import { semanticIssues } from './checks.js';
import { didYouMean } from './closest.js';
import { dataIssues, sizeIssues, textIssues } from './limits.js';
import { mergeScenario, type RawObject } from './merge.js';
import { fillDefaults, sortAndRescale } from './normalise.js';
import { Origins, fileIssues } from './origins.js';
import { applyOverrides } from './overrides.js';
import { isRecord } from './schema.js';
import type { Scenario } from './types.js';
import { missingFieldIssues, schemaIssues } from './validate.js';

/**
 * Reads the file at a path (as resolved from `extends`), or undefined when there is none. May
 * throw an UnreadableFileError for something that is there but is no file to read (a FIFO, a
 * device, a folder, a file over the size limit).
 */
export type ReadFile = (path: string) => string | undefined;

/** Thrown by a ReadFile for a path it refuses to read; the message says why (`a FIFO, not a file`). */
export class UnreadableFileError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableFileError';
  }
}

export interface LoadOptions {
  /** The file of a bundled scenario name (`extends: baseline`), or undefined when there is no such scenario. */
  bundled?: (name: string) => string | undefined;
  /** The bundled names, for did-you-mean. */
  bundledNames?: () => string[];
}

/** A bundled scenario's name, as `extends` and the CLI accept it: `baseline`, `no-exclusivity`. */
export const BUNDLED_NAME = /^[a-z0-9][a-z0-9-]*$/i;

/** File extensions of scenario files. */
export const SCENARIO_EXTENSION = /\.(ya?ml|json)$/i;

/**
 * The resolved scenario of `text`, read from `file`; `readFile` supplies the files it
 * `extends` (paths relative to the including file's folder); `overrides` are `path=value`.
 * Throws a ScenarioError naming file, path, expected and found for each issue.
 * @example
 * const scenario = parseScenario(text, 'scenarios/my.yaml', (path) => files.get(path), ['params.lambda=0.1']);
 */
export function parseScenario(text: string, file: string, readFile: ReadFile, overrides: readonly string[] = [], options: LoadOptions = {}): Scenario {
  const origins = new Origins(file);
  const merged = resolveExtends(parseYaml(text, file), file, { readFile, ...options }, origins, [file]);
  const overridden = applyOverrides(merged, overrides, '--set', (path, set) => {
    origins.forget(formatPath(path));
    origins.record(path, undefined, { file: '--set', path: [set] });
  });
  return resolveObject(overridden, origins);
}

/**
 * The resolved scenario of an already parsed object (no `extends`), e.g. from the viewer's state.
 * @example
 * const scenario = validateScenarioObject({ name: 'x', start: '2016-01', end: '2020-12', clouds, labs }, 'inline');
 */
export function validateScenarioObject(raw: unknown, file: string): Scenario {
  checkFile(raw, file);
  if (isRecord(raw) && raw.extends !== undefined) {
    throw new ScenarioError([{ file, path: 'extends', expected: 'no extends (there is no file to resolve it against)', found: describeFound(raw.extends) }]);
  }
  return resolveObject(raw as RawObject, new Origins(file));
}

function resolveObject(raw: RawObject, origins: Origins): Scenario {
  throwIfAny(origins.issues(dataIssues(raw)));
  const schema = schemaIssues(raw);
  throwIfAny(origins.issues(schema.length ? schema : missingFieldIssues(raw)));
  const scenario = fillDefaults(raw);
  throwIfAny(origins.issues(sizeIssues(scenario)));
  throwIfAny(origins.issues(semanticIssues(scenario)));
  return sortAndRescale(scenario);
}

/** `raw` (from `file`) merged over the chain of scenarios it extends; `chain` holds the files being resolved. */
function resolveExtends(raw: unknown, file: string, source: Source, origins: Origins, chain: string[]): RawObject {
  checkFile(raw, file);
  const child = raw as RawObject;
  if (child.extends === undefined) {
    if (child.removeEvents !== undefined) {
      throwIfAny([{ file, path: 'removeEvents', expected: 'removeEvents only in a scenario that extends another', found: describeFound(child.removeEvents) }]);
    }
    return mergeScenario({}, child, file, origins);
  }
  const parentFile = extendsTarget(child.extends as string, file, source);
  if (chain.includes(parentFile)) {
    const cycle = [...chain.slice(chain.indexOf(parentFile)), parentFile].join(' -> ');
    throwIfAny([{ file, path: 'extends', expected: 'a chain of extends without a cycle', found: cycle }]);
  }
  const text = readParent(parentFile, file, source.readFile);
  const parent = resolveExtends(parseYaml(text, parentFile), parentFile, source, origins, [...chain, parentFile]);
  return mergeScenario(parent, child, file, origins);
}

type Source = LoadOptions & { readFile: ReadFile };

/**
 * The file `extends: value` names, from `file`: a bundled name (`baseline`) or a path to a
 * `.yaml`, `.yml` or `.json` file relative to `file`'s folder. Anything else is refused unread, so
 * a message never shows the contents of a file that is not a scenario.
 */
function extendsTarget(value: string, file: string, source: Source): string {
  if (BUNDLED_NAME.test(value) && source.bundled) {
    const bundled = source.bundled(value);
    if (bundled !== undefined) return bundled;
    const names = source.bundledNames?.() ?? [];
    throwIfAny([{ file, path: 'extends', expected: `a bundled scenario name${didYouMean(value, names)} or a path to a .yaml file`, found: describeFound(value) }]);
  }
  if (!SCENARIO_EXTENSION.test(value)) {
    throwIfAny([{ file, path: 'extends', expected: 'a bundled scenario name like "baseline", or a path to a .yaml, .yml or .json scenario file', found: describeFound(value) }]);
  }
  return joinPath(dirname(file), value);
}

function readParent(path: string, file: string, readFile: ReadFile): string {
  let text: string | undefined;
  try {
    text = readFile(path);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    throwIfAny([{ file, path: 'extends', expected: 'a readable scenario file', found: `${error.message} at ${describeFound(path)}` }]);
  }
  if (text === undefined) {
    throwIfAny([{ file, path: 'extends', expected: 'a readable scenario file', found: `nothing at ${describeFound(path)}` }]);
  }
  return text!;
}

/** Schema issues of one file on its own (a file that extends another may omit what it inherits). */
function checkFile(raw: unknown, file: string): void {
  throwIfAny(fileIssues(file, dataIssues(raw)));
  throwIfAny(fileIssues(file, schemaIssues(raw)));
}

/** Parses YAML (JSON is YAML) into plain data; syntax errors and duplicate keys name line and column. */
export function parseYaml(text: string, file: string): unknown {
  throwIfAny(textIssues(text, file));
  const parsed = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const lines = text.split(/\r?\n/);
  throwIfAny(parsed.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED').map((warning): Issue => {
    const { line, col } = warning.linePos?.[0] ?? { line: 1, col: 1 };
    const tag = /tag: (\S+)/.exec(warning.message)?.[1] ?? 'a tag';
    return { file, path: `line ${line}, column ${col}`, expected: 'plain YAML (no custom tags)', found: describeFound(tag) };
  }));
  throwIfAny(parsed.errors.map((error): Issue => {
    const { line, col } = error.linePos?.[0] ?? { line: 1, col: 1 };
    const path = `line ${line}, column ${col}`;
    if (error.code === 'DUPLICATE_KEY') {
      const key = text.slice(error.pos[0]).match(/^["']?([^"':\n]*)/)?.[1].trim() ?? '';
      return { file, path, expected: 'each key once in a mapping', found: `a second ${JSON.stringify(key)}` };
    }
    const message = error.message.split(' at line ')[0].split('\n')[0];
    const reason = message.charAt(0).toLowerCase() + message.slice(1);
    return { file, path, expected: 'valid YAML', found: `${describeFound(lines[line - 1] ?? '')} (${reason})` };
  }));
  let data: unknown;
  try {
    data = parsed.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const message = (error as Error).message;
    if (/alias count/i.test(message)) throw new ScenarioError([{ file, path: '', expected: 'YAML aliases used at most 1000 times in all', found: 'more (an alias bomb?)' }]);
    throw new ScenarioError([{ file, path: '', expected: 'valid YAML', found: describeFound(message) }]);
  }
  throwIfAny(fileIssues(file, dataIssues(data)));
  return data;
}

/** The folder of a POSIX-style path: `scenarios/a.yaml` -> `scenarios`, `a.yaml` -> ``. */
export function dirname(path: string): string {
  const slash = path.replace(/\\/g, '/').lastIndexOf('/');
  return slash < 0 ? '' : slash === 0 ? '/' : path.slice(0, slash);
}

/** `relative` resolved against folder `base`, normalised: `joinPath('scenarios/x', '../b.yaml')` -> `scenarios/b.yaml`. */
export function joinPath(base: string, relative: string): string {
  const path = relative.replace(/\\/g, '/');
  const full = path.startsWith('/') || !base ? path : `${base.replace(/\\/g, '/')}/${path}`;
  const absolute = full.startsWith('/');
  const parts: string[] = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  return (absolute ? '/' : '') + parts.join('/');
}
