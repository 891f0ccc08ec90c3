/**
 * The Node scenario source of experiments: a bundled scenario by name (or a path to a YAML/JSON
 * file) loaded from disk with `--set` overrides. The engine's experiment runner stays file-free.
 */
import type { ScenarioSource } from '../experiments/experiment.js';
import { loadScenarioFile } from './scenario-file.js';
import { resolveScenarioPath } from './scenario-path.js';

/**
 * Loads `name` (a bundled scenario or a file) with `sets` applied.
 * @example bundledScenario('baseline', ['population.agents=2000']).population.agents // 2000
 */
export const bundledScenario: ScenarioSource = (name, sets) => loadScenarioFile(resolveScenarioPath(name), sets);
