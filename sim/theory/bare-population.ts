/**
 * A bare population for the theory checks: N developers with no idiosyncratic preferences, no
 * home bias and no switching costs, on K clouds and one lab, with choice tables the check fills
 * itself. What runs is the engine's own population step (population.ts), nothing else.
 */
import { createChoiceTables } from '../choice.js';
import { createPopulation, type ChoiceTables, type Population } from '../population.js';
import type { Rng } from '../rng.js';
import { POPULATION_DEFAULTS } from '../scenario/defaults.js';
import type { BuilderTypeSpec, PopulationSpec } from '../scenario/types.js';

const quiet: Omit<BuilderTypeSpec, 'fraction' | 'initialAdopted'> = {
  spend: 1, hazard: 0, bassP: 0, bassQ: 0, cloudSwitchCost: 0, labSwitchCost: 0,
};

/**
 * `agents` developers; those adopted at the start (share `initialAdopted`) sit on cloud k with
 * probability `cloudShares[k]`. Tables: one lab of weight 1, every cloud weight 1, no adoption,
 * no routing, no reconsideration — the check sets what it studies.
 * @example const { population, tables } = barePopulation(1000, 2, 1, [0.5, 0.5], rng);
 */
export function barePopulation(agents: number, clouds: number, initialAdopted: number, cloudShares: number[], rng: Rng):
  { population: Population; tables: ChoiceTables } {
  const spec: PopulationSpec = {
    ...POPULATION_DEFAULTS,
    agents,
    types: {
      developer: { ...quiet, fraction: 1, initialAdopted },
      startup: { ...quiet, fraction: 0, initialAdopted: 0 },
      enterprise: { ...quiet, fraction: 0, initialAdopted: 0 },
    },
    preferenceSd: 0,
    homeBias: 0,
    routingInitial: 0,
  };
  const population = createPopulation(spec, clouds, 1, rng, cloudShares, [1]);
  const tables = createChoiceTables(clouds, 1);
  tables.labWeight[0] = 1;
  tables.cloudWeight.fill(1);
  tables.labStay.fill(1);
  tables.cloudStay.fill(1);
  return { population, tables };
}
