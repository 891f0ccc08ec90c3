/**
 * Scenario files from disk (Node only): read, resolve `extends` against the file system, apply
 * `--set` overrides, validate. And the scenario hash that keys outputs and sweep seeds.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { ScenarioError } from '../scenario/errors.js';
import { LIMITS } from '../scenario/limits.js';
import { parseScenario, SCENARIO_EXTENSION, UnreadableFileError, type LoadOptions } from '../scenario/load.js';
import type { Scenario } from '../scenario/types.js';
import { bundledNames, bundledPath } from './scenario-path.js';

/** `extends: baseline` resolves to the bundled library. */
const LOAD_OPTIONS: LoadOptions = { bundled: bundledPath, bundledNames };

/**
 * The resolved scenario of the YAML or JSON file at `path`, with `overrides` (`path=value`)
 * applied. Throws a ScenarioError for a missing file, a file that is not a scenario (by its
 * extension: nothing else is read), or any issue in it.
 * @example loadScenarioFile('scenarios/baseline.yaml', ['params.lambda=0.2'])
 */
export function loadScenarioFile(path: string, overrides: readonly string[] = []): Scenario {
  const refuse = (found: string, expected = 'a readable scenario file'): never => {
    throw new ScenarioError([{ file: path, path: '', expected, found }]);
  };
  if (!SCENARIO_EXTENSION.test(path)) refuse('another kind of file', 'a .yaml, .yml or .json scenario file');
  let text: string | undefined;
  try {
    text = readScenarioText(path);
  } catch (error) {
    if (error instanceof UnreadableFileError) refuse(error.message);
    throw error;
  }
  if (text === undefined) refuse('nothing');
  return parseScenario(text!, path, readScenarioText, overrides, LOAD_OPTIONS);
}

/**
 * The text of the regular file at `path`, undefined when there is none. Throws an
 * UnreadableFileError, without opening it, for a folder, a FIFO, a device or socket, or a file
 * over the size limit: none of these can hang or exhaust the loader.
 */
export function readScenarioText(path: string): string | undefined {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UnreadableFileError(code === 'EACCES' ? 'a file it may not read (permission denied)' : `a path it cannot read (${code})`);
  }
  if (!stats.isFile()) throw new UnreadableFileError(`${fileKind(stats)}, not a regular file`);
  if (stats.size > LIMITS.fileBytes) {
    throw new UnreadableFileError(`a file of ${stats.size} bytes (the limit is ${LIMITS.fileBytes})`);
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UnreadableFileError(`a file it cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

/** SHA-256 (hex) of the canonical JSON of a resolved scenario: keys sorted, no whitespace. */
export function scenarioHash(scenario: Scenario): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex');
}

/** JSON with object keys sorted at every depth, so equal scenarios give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
