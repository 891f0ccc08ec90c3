/**
 * The builders (developers, startups, enterprises) as struct-of-arrays typed arrays, and their
 * monthly step: Bass-like adoption from "none", reconsideration with a hazard raised by unmet
 * demand, then a logit choice of primary lab and default cloud with one uniform draw each.
 * The hot loop allocates nothing and calls no Math.exp: exp terms are cached per agent and per month.
 */
import type { Rng } from './rng.js';
import { normal, pickIndex, weightsOf } from './sampling.js';
import type { PopulationSpec } from './scenario/types.js';
import { BUILDER_TYPES } from './scenario/types.js';
import { exp } from './math.js';

/** Marks "no choice yet" in `cloud` and `lab`. */
export const NONE = 255;
const TYPES = BUILDER_TYPES.length;

export interface Population {
  size: number;
  clouds: number;
  labs: number;
  /** Builder type index (0 developer, 1 startup, 2 enterprise). */
  type: Uint8Array;
  /** Default cloud index, or NONE before adoption. */
  cloud: Uint8Array;
  /** Primary lab index, or NONE before adoption. */
  lab: Uint8Array;
  /** 1 when the agent routes across labs (a gateway user). */
  routes: Uint8Array;
  /** exp(idiosyncratic preference), agent-major: [agent * clouds + cloud]. */
  expPrefCloud: Float32Array;
  expPrefLab: Float32Array;
  /** Counts after the last step: adopters by [type * clouds + cloud] and [type * labs + lab]. */
  cloudCounts: Float64Array;
  labCounts: Float64Array;
  adopted: Float64Array;
  typeSize: Float64Array;
  routers: number;
  scratch: Float64Array;
}

/** This month's choice tables, computed once per month (see choice.ts). */
export interface ChoiceTables {
  /** exp(common utility of lab j), 0 for a lab that cannot be chosen. */
  labWeight: Float64Array;
  /** exp(common utility of cloud k for a builder on lab j): [lab * clouds + cloud]. */
  cloudWeight: Float64Array;
  /** exp(switching cost): multiplies the weight of the current choice. [type * 2 + routes] for labs, [type] for clouds. */
  labStay: Float64Array;
  cloudStay: Float64Array;
  /** Probability of reconsidering: [(type * labs + lab) * clouds + cloud]. */
  reconsider: Float64Array;
  /** Probability that a non-adopter of each type adopts this month. */
  adopt: Float64Array;
  /** Probability that an adopter who does not route starts routing. */
  startRouting: number;
}

/**
 * Draws M agents: types by the spec's fractions, a home cloud from `cloudShares` (its existing
 * workloads, worth `homeBias` in utility), preferences N(0, preferenceSd), and the adopters at the
 * start, on their home cloud with a lab drawn from `labShares` (both normalised).
 * @example
 * const population = createPopulation(scenario.population, 6, 6, createRng(seed, 'init'), cloudShares, labShares);
 */
export function createPopulation(spec: PopulationSpec, clouds: number, labs: number, rng: Rng,
  cloudShares: number[] = [], labShares: number[] = []): Population {
  const size = spec.agents;
  const population: Population = {
    size, clouds, labs,
    type: new Uint8Array(size), cloud: new Uint8Array(size).fill(NONE),
    lab: new Uint8Array(size).fill(NONE), routes: new Uint8Array(size),
    expPrefCloud: new Float32Array(size * clouds), expPrefLab: new Float32Array(size * labs),
    cloudCounts: new Float64Array(TYPES * clouds), labCounts: new Float64Array(TYPES * labs),
    adopted: new Float64Array(TYPES), typeSize: new Float64Array(TYPES), routers: 0,
    scratch: new Float64Array(Math.max(clouds, labs)),
  };
  const types = weightsOf(BUILDER_TYPES.map((name) => spec.types[name].fraction));
  const homes = weightsOf(cloudShares);
  const firstLabs = weightsOf(labShares);
  const initial = BUILDER_TYPES.map((name) => spec.types[name].initialAdopted);
  for (let i = 0; i < size; i++) {
    const type = pickIndex(types.weights, types.weights.length, rng() * types.total);
    population.type[i] = type;
    const home = homes.total > 0 ? pickIndex(homes.weights, clouds, rng() * homes.total) : -1;
    for (let k = 0; k < clouds; k++) {
      population.expPrefCloud[i * clouds + k] = exp(normal(rng) * spec.preferenceSd + (k === home ? spec.homeBias : 0));
    }
    for (let j = 0; j < labs; j++) population.expPrefLab[i * labs + j] = exp(normal(rng) * spec.preferenceSd);
    if (rng() < initial[type] && homes.total > 0 && firstLabs.total > 0) {
      population.cloud[i] = home;
      population.lab[i] = pickIndex(firstLabs.weights, labs, rng() * firstLabs.total);
      population.routes[i] = rng() < spec.routingInitial ? 1 : 0;
    }
  }
  countChoices(population);
  return population;
}

/**
 * One month of the population: adoption, reconsideration and choice, counted in the same pass.
 * Mutates `population`.
 * @example
 * updateChoiceTables(world, world.choice);
 * populationStep(world.population, world.choice, createRng(world.seed, 'population', world.t));
 */
export function populationStep(population: Population, tables: ChoiceTables, rng: Rng): void {
  const { size, type, cloud, lab, routes } = population;
  resetCounts(population);
  for (let i = 0; i < size; i++) {
    const t = type[i];
    const currentLab = lab[i];
    if (currentLab === NONE) {
      if (rng() < tables.adopt[t]) choose(population, tables, i, t, rng);
    } else {
      if (routes[i] === 0 && rng() < tables.startRouting) routes[i] = 1;
      const index = (t * population.labs + currentLab) * population.clouds + cloud[i];
      if (rng() < tables.reconsider[index]) choose(population, tables, i, t, rng);
    }
    countAgent(population, i);
  }
}

/** Agent i picks a primary lab, then a default cloud given that lab: one uniform draw each. */
function choose(population: Population, tables: ChoiceTables, i: number, t: number, rng: Rng): void {
  const { labs, clouds, scratch } = population;
  const currentLab = population.lab[i];
  const labStay = tables.labStay[t * 2 + population.routes[i]];
  let total = 0;
  for (let j = 0; j < labs; j++) {
    let weight = tables.labWeight[j] * population.expPrefLab[i * labs + j];
    if (j === currentLab) weight *= labStay;
    scratch[j] = weight;
    total += weight;
  }
  if (total <= 0) return;
  const newLab = pickIndex(scratch, labs, rng() * total);
  const currentCloud = population.cloud[i];
  const cloudStay = tables.cloudStay[t];
  total = 0;
  for (let k = 0; k < clouds; k++) {
    let weight = tables.cloudWeight[newLab * clouds + k] * population.expPrefCloud[i * clouds + k];
    if (k === currentCloud) weight *= cloudStay;
    scratch[k] = weight;
    total += weight;
  }
  if (total <= 0) return;
  population.lab[i] = newLab;
  population.cloud[i] = pickIndex(scratch, clouds, rng() * total);
}

/** Recounts adopters by type, cloud and lab, and routers. */
export function countChoices(population: Population): void {
  resetCounts(population);
  for (let i = 0; i < population.size; i++) countAgent(population, i);
}

function resetCounts(population: Population): void {
  population.cloudCounts.fill(0);
  population.labCounts.fill(0);
  population.adopted.fill(0);
  population.typeSize.fill(0);
  population.routers = 0;
}

function countAgent(population: Population, i: number): void {
  const t = population.type[i];
  population.typeSize[t] += 1;
  const lab = population.lab[i];
  if (lab === NONE) return;
  population.adopted[t] += 1;
  population.cloudCounts[t * population.clouds + population.cloud[i]] += 1;
  population.labCounts[t * population.labs + lab] += 1;
  population.routers += population.routes[i];
}
