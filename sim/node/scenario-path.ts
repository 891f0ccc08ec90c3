/**
 * Which file a scenario argument names: a path to a YAML/JSON file, or the bare name of a bundled
 * scenario (`baseline` -> <package>/scenarios/baseline.yaml), so `stormoff run baseline` works
 * from any directory.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../scenario/closest.js';
import { BUNDLED_NAME } from '../scenario/load.js';
import { scenariosDir } from './package-info.js';
import { UsageError } from './usage.js';

/** The bundled scenario file for `name`, e.g. `scenarioFile('baseline')`. */
export function scenarioFile(name: string): string {
  return join(scenariosDir, `${name}.yaml`);
}

/** The bundled scenario file for `name`, or undefined when the library has none by that name. */
export function bundledPath(name: string): string | undefined {
  if (!BUNDLED_NAME.test(name)) return undefined;
  const path = scenarioFile(name);
  return existsSync(path) ? path : undefined;
}

/** The names of the bundled scenarios, e.g. `['baseline', 'no-exclusivity', ...]`. */
export function bundledNames(): string[] {
  try {
    return readdirSync(scenariosDir).filter((file) => file.endsWith('.yaml')).map((file) => file.slice(0, -5)).sort();
  } catch {
    return [];
  }
}

/**
 * The file `argument` names; throws UsageError (exit 2) when there is none.
 * @example resolveScenarioPath('baseline') // "/…/stormoff/scenarios/baseline.yaml"
 */
export function resolveScenarioPath(argument: string): string {
  if (existsSync(argument)) {
    if (statSync(argument).isDirectory()) {
      throw new UsageError(`'${argument}' is a directory, not a scenario file`, "give a .yaml file, or a name from 'stormoff list'");
    }
    return argument;
  }
  const bundled = bundledPath(argument);
  if (bundled) return bundled;
  const suggestion = BUNDLED_NAME.test(argument) ? didYouMean(argument, bundledNames(), 2, (name) => `'${name}'`) : '';
  throw new UsageError(
    `no such scenario: '${argument.slice(0, 200)}'${suggestion}`,
    "give a path to a .yaml file, or a name from 'stormoff list'",
  );
}
