/**
 * Stormoff's library API: the building blocks a researcher scripts with. Re-exports only; each
 * export is documented (with an example) where it is defined. Browser-safe: nothing here imports
 * Node (file loading lives in `sim/node/scenario-file.ts`).
 *
 * @example
 * import { parseScenario, runScenario, summarize } from './sim/index.js';
 * const scenario = parseScenario(yamlText, 'my.yaml', () => undefined);
 * const recording = runScenario(scenario, { run: 0, check: true });
 * console.log(summarize(recording));
 */

// Scenarios: parse, validate, resolve `extends`, apply `--set` overrides.
export { parseScenario, validateScenarioObject, type ReadFile } from './scenario/load.js';
export { applyOverrides } from './scenario/overrides.js';
export { ScenarioError, type Issue } from './scenario/errors.js';
export { CLOUD_DEFAULTS, LAB_DEFAULTS, PARAM_DEFAULTS, POPULATION_DEFAULTS } from './scenario/defaults.js';
export type * from './scenario/types.js';

// Running: one run, one month, the world's state, the invariants.
export { runScenario, startRun, type RunOptions, type RunInProgress } from './run.js';
export { step } from './step.js';
export { initWorld } from './init.js';
export type { World, CloudState, LabState, Contract } from './world.js';
export { checkInvariants, InvariantError } from './invariants.js';
export { createRng, runSeed, hashString, type Rng } from './rng.js';

// The mechanisms.
export {
  nashSplit, nashSplitWithOutsideOptions, nashSolveFrontier, rubinsteinShare, rubinsteinFiniteShare,
  rubinsteinOutsideOption, rubinsteinContinuousLimit, bargainingPower, impatience,
} from './bargaining.js';
export { pairValue, bestScope, type PairValue } from './valuation.js';
export { runMarket, labPower } from './market.js';
export { narrativeUpdate, narrativeTarget, normalize } from './narrative.js';
export { createPopulation, populationStep, NONE, type Population, type ChoiceTables } from './population.js';
export { createChoiceTables, updateChoiceTables } from './choice.js';
export { applyEvent, EVENT_KINDS, eventKind } from './events/index.js';
export type { EventKind } from './events/kind.js';

// Outputs.
export type { Recording, Series, ContractRecord, EventRecord, RunKey } from './recording.js';
export { summarize, type SummaryRow } from './summary.js';
export { pairedDifference, summariseDifferences, studentT975, type PairedDifference } from './paired.js';
export { timeseriesCsv, contractsCsv, eventsCsv, summaryCsv } from './csv.js';
export { labStateCsv } from './lab-state-csv.js';
