/**
 * Scenario files from disk (Node only): read, resolve `extends` against the file system, apply
 * `--set` overrides, validate. And the scenario hash that keys outputs and sweep seeds.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ScenarioError } from '../scenario/errors.js';
import { parseScenario } from '../scenario/load.js';
import type { Scenario } from '../scenario/types.js';

/**
 * The resolved scenario of the YAML or JSON file at `path`, with `overrides` (`path=value`)
 * applied. Throws a ScenarioError for a missing file or any issue in it.
 * @example loadScenarioFile('scenarios/baseline.yaml', ['params.lambda=0.2'])
 */
export function loadScenarioFile(path: string, overrides: readonly string[] = []): Scenario {
  const text = readText(path);
  if (text === undefined) {
    throw new ScenarioError([{ file: path, path: '', expected: 'a readable file', found: 'nothing' }]);
  }
  return parseScenario(text, path, readText, overrides);
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
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
