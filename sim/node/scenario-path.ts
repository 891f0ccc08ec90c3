/**
 * Which file a scenario argument names: a path to a YAML/JSON file, or the bare name of a bundled
 * scenario (`baseline` -> <package>/scenarios/baseline.yaml), so `stormoff run baseline` works
 * from any directory.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scenariosDir } from './package-info.js';
import { UsageError } from './usage.js';

/** The bundled scenario file for `name`, e.g. `scenarioFile('baseline')`. */
export function scenarioFile(name: string): string {
  return join(scenariosDir, `${name}.yaml`);
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
  const bundled = /^[a-z0-9][a-z0-9-]*$/i.test(argument) ? scenarioFile(argument) : null;
  if (bundled && existsSync(bundled)) return bundled;
  throw new UsageError(`no such scenario file: ${argument}`, "give a path to a .yaml file, or a name from 'stormoff list'");
}
