/**
 * The builders (developers, startups, enterprises) as struct-of-arrays typed arrays, 29 bytes per
 * agent with six clouds and six labs: type, choices, home cloud, and idiosyncratic preferences
 * stored as 16-bit normal quantile codes whose exp-weights sit in one table per run. Agents are
 * arranged by type, adopters first within each type (agents are exchangeable, so their order
 * only decides who draws what). Counts by (type, lab, cloud) are kept current by the step.
 */
import type { Rng } from './rng.js';
import { normalQuantile, pickIndex, weightsOf } from './sampling.js';
import type { PopulationSpec } from './scenario/types.js';
import { BUILDER_TYPES } from './scenario/types.js';
import { arrange } from './population-order.js';
import { exp } from './math.js';

export { populationStep } from './population-step.js';

/** Marks "no choice yet" in `cloud` and `lab`. */
export const NONE = 255;
/** Number of preference codes: a preference is the normal quantile at (code + 1/2) / PREF_CODES. */
export const PREF_CODES = 65536;
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
  /** Home cloud (existing workloads there, worth `homeBias` in utility), or NONE. */
  home: Uint8Array;
  /** Preference codes, agent-major: [agent * clouds + cloud] and [agent * labs + lab]. */
  prefCloud: Uint16Array;
  prefLab: Uint16Array;
  /** exp(preferenceSd · Φ⁻¹((code + 1/2) / PREF_CODES)) for each code. */
  prefWeight: Float64Array;
  /** exp(homeBias). */
  homeWeight: number;
  /** Agents of type t are [typeStart[t], typeStart[t + 1]); its adopters [typeStart[t], adoptedEnd[t]). */
  typeStart: Int32Array;
  adoptedEnd: Int32Array;
  /** Adopters by [(type * labs + lab) * clouds + cloud]; the step keeps it current. */
  cellCounts: Float64Array;
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
 * workloads, worth `homeBias` in utility), preferences N(0, preferenceSd) as quantile codes (one
 * uniform each), and the adopters at the start, on their home cloud with a lab drawn from
 * `labShares` (both normalised).
 * @example
 * const population = createPopulation(scenario.population, 6, 6, createRng(seed, 'init'), cloudShares, labShares);
 */
export function createPopulation(spec: PopulationSpec, clouds: number, labs: number, rng: Rng,
  cloudShares: number[] = [], labShares: number[] = []): Population {
  const size = spec.agents;
  const population: Population = {
    size, clouds, labs,
    type: new Uint8Array(size), cloud: new Uint8Array(size).fill(NONE),
    lab: new Uint8Array(size).fill(NONE), routes: new Uint8Array(size), home: new Uint8Array(size).fill(NONE),
    prefCloud: new Uint16Array(size * clouds), prefLab: new Uint16Array(size * labs),
    prefWeight: preferenceWeights(spec.preferenceSd), homeWeight: exp(spec.homeBias),
    typeStart: new Int32Array(TYPES + 1), adoptedEnd: new Int32Array(TYPES),
    cellCounts: new Float64Array(TYPES * labs * clouds),
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
    const home = homes.total > 0 ? pickIndex(homes.weights, clouds, rng() * homes.total) : NONE;
    population.home[i] = home;
    for (let k = 0; k < clouds; k++) population.prefCloud[i * clouds + k] = Math.floor(rng() * PREF_CODES);
    for (let j = 0; j < labs; j++) population.prefLab[i * labs + j] = Math.floor(rng() * PREF_CODES);
    if (rng() < initial[type] && homes.total > 0 && firstLabs.total > 0) {
      population.cloud[i] = home;
      population.lab[i] = pickIndex(firstLabs.weights, labs, rng() * firstLabs.total);
      population.routes[i] = rng() < spec.routingInitial ? 1 : 0;
    }
  }
  arrange(population);
  countChoices(population);
  return population;
}

/**
 * exp(sd · z) for the PREF_CODES normal quantiles z, the table a preference code indexes. The
 * table of the last `sd` asked for is kept and shared (read-only): a sweep's runs would otherwise
 * rebuild the same 512 KB, 65,536 quantiles and exps, every run.
 * @example preferenceWeights(1)[32768] // exp(Φ⁻¹(0.5 + 1/131072)) ≈ 1.00002
 */
export function preferenceWeights(sd: number): Float64Array {
  if (lastWeights?.sd === sd) return lastWeights.weights;
  const weights = new Float64Array(PREF_CODES);
  for (let code = 0; code < PREF_CODES; code++) weights[code] = exp(sd * normalQuantile((code + 0.5) / PREF_CODES));
  lastWeights = { sd, weights };
  return weights;
}

let lastWeights: { sd: number; weights: Float64Array } | null = null;

/** Recounts everything from the agents: adopters by (type, lab, cloud), type sizes, routers. */
export function countChoices(population: Population): void {
  const { size, type, lab, cloud, routes, cellCounts, typeSize, labs, clouds } = population;
  cellCounts.fill(0);
  typeSize.fill(0);
  population.routers = 0;
  for (let i = 0; i < size; i++) {
    const t = type[i];
    typeSize[t] += 1;
    if (lab[i] === NONE) continue;
    cellCounts[(t * labs + lab[i]) * clouds + cloud[i]] += 1;
    population.routers += routes[i];
  }
  summarizeCells(population);
}

/** Adopters by type, by (type, cloud) and by (type, lab), from the (type, lab, cloud) counts. */
export function summarizeCells(population: Population): void {
  const { cellCounts, cloudCounts, labCounts, adopted, labs, clouds } = population;
  cloudCounts.fill(0);
  labCounts.fill(0);
  adopted.fill(0);
  for (let t = 0; t < TYPES; t++) {
    for (let j = 0; j < labs; j++) {
      for (let k = 0; k < clouds; k++) {
        const count = cellCounts[(t * labs + j) * clouds + k];
        adopted[t] += count;
        cloudCounts[t * clouds + k] += count;
        labCounts[t * labs + j] += count;
      }
    }
  }
}
