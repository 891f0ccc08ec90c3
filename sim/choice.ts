/**
 * What builders see this month: the common part of every lab's and cloud's utility (DESIGN §3.5),
 * the lab's inclusive value over the clouds its models are on (nested logit), switching costs,
 * reconsideration hazards and adoption probabilities, as exp-tables for the population's hot
 * loop. Computed once per month from the world.
 */
import type { ChoiceTables } from './population.js';
import { BUILDER_TYPES } from './scenario/types.js';
import type { World } from './world.js';
import { availability } from './availability.js';
import { applyInclusiveValue } from './inclusive-value.js';
import { exp, ln } from './math.js';

const TYPES = BUILDER_TYPES.length;

/**
 * Empty tables sized for `clouds` and `labs`.
 * @example
 * const tables = createChoiceTables(world.clouds.length, world.labs.length);
 */
export function createChoiceTables(clouds: number, labs: number): ChoiceTables {
  return {
    labWeight: new Float64Array(labs),
    cloudWeight: new Float64Array(labs * clouds),
    labStay: new Float64Array(TYPES * 2),
    cloudStay: new Float64Array(TYPES),
    reconsider: new Float64Array(TYPES * labs * clouds),
    adopt: new Float64Array(TYPES),
    startRouting: 0,
  };
}

/**
 * Fills `tables` from the world's current state.
 * @example
 * updateChoiceTables(world, tables); tables.adopt[0]; // this month's adoption probability of developers
 */
export function updateChoiceTables(world: World, tables: ChoiceTables): void {
  const spec = world.populationSpec;
  const { clouds, labs, population } = world;
  const K = clouds.length;
  const maxCapability = Math.max(1e-12, ...labs.map((lab) => (lab.active ? lab.capability : 0)));
  const meanLabPrice = mean(labs.filter((lab) => lab.active).map((lab) => lab.price));
  const meanCloudPrice = mean(clouds.filter((cloud) => cloud.active).map((cloud) => cloud.price));
  const reach = availability(world);
  for (const lab of labs) {
    tables.labWeight[lab.index] = lab.active
      ? exp(spec.bK * (lab.capability / maxCapability) - spec.bP * (lab.price / meanLabPrice) - spec.bV * lab.verticalization)
      : 0;
    for (const cloud of clouds) {
      const access = 0.5 * reach.lab[lab.index * K + cloud.index] + 0.5 * reach.frontier[cloud.index];
      tables.cloudWeight[lab.index * K + cloud.index] = cloud.active
        ? exp(spec.bN * cloud.narrative + spec.bA * ln(access) - spec.bP * (cloud.price / meanCloudPrice) + spec.bD * cloud.devShare)
        : 0;
    }
  }
  applyInclusiveValue(tables.labWeight, tables.cloudWeight, K, spec.bIV);
  const developers = population.adopted[0] / Math.max(1, population.typeSize[0]);
  BUILDER_TYPES.forEach((name, t) => {
    const type = spec.types[name];
    tables.labStay[t * 2] = exp(type.labSwitchCost);
    tables.labStay[t * 2 + 1] = exp(type.labSwitchCost / spec.routingDiscount);
    tables.cloudStay[t] = exp(type.cloudSwitchCost);
    const own = population.adopted[t] / Math.max(1, population.typeSize[t]);
    const imitated = t === 0 ? own : (1 - spec.crossImitation) * own + spec.crossImitation * developers;
    tables.adopt[t] = 1 - exp(-(type.bassP + type.bassQ * imitated) / 12);
    const rate = -ln(1 - Math.min(type.hazard, 1 - 1e-12));
    for (const lab of labs) {
      for (const cloud of clouds) {
        const unmet = lab.unmetDemand + cloud.unmet;
        const gone = !lab.active || !cloud.active;
        tables.reconsider[(t * labs.length + lab.index) * K + cloud.index] = gone ? 1 : 1 - exp(-(rate + spec.unmetHazard * unmet));
      }
    }
  });
  const adopters = population.adopted.reduce((a, b) => a + b, 0);
  const routing = adopters > 0 ? population.routers / adopters : 0;
  tables.startRouting = 1 - exp(-(spec.routingP + spec.routingQ * routing) / 12);
}

/** Mean of `values`, or 1 when it is not positive or there are none (0 / 0 is NaN, not > 0). */
function mean(values: number[]): number {
  const total = values.reduce((a, b) => a + b, 0) / values.length;
  return total > 0 ? total : 1;
}
