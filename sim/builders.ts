/**
 * The builders' month seen from the model (DESIGN §3.5): refresh the choice tables, step the
 * population, and turn its counts into each cloud's developer, startup, enterprise and spend shares.
 */
import { updateChoiceTables } from './choice.js';
import { populationStep } from './population.js';
import type { Rng } from './rng.js';
import { BUILDER_TYPES } from './scenario/types.js';
import type { World } from './world.js';

/** Steps the population one month and updates the clouds' builder shares. Mutates the world. */
export function updateBuilders(world: World, rng: Rng): void {
  updateChoiceTables(world, world.choice);
  populationStep(world.population, world.choice, rng);
  updateCloudShares(world);
}

/** Each cloud's share of adopted developers, startups, enterprises, and of adopters' spend. */
export function updateCloudShares(world: World): void {
  const { population, populationSpec, clouds } = world;
  const K = clouds.length;
  const spend = BUILDER_TYPES.map((name) => populationSpec.types[name].spend);
  const share = (t: number, k: number) => (population.adopted[t] > 0 ? population.cloudCounts[t * K + k] / population.adopted[t] : 0);
  let totalSpend = 0;
  for (let t = 0; t < spend.length; t++) totalSpend += spend[t] * population.adopted[t];
  for (const cloud of clouds) {
    const k = cloud.index;
    cloud.devShare = share(0, k);
    cloud.startupShare = share(1, k);
    cloud.enterpriseShare = share(2, k);
    let cloudSpend = 0;
    for (let t = 0; t < spend.length; t++) cloudSpend += spend[t] * population.cloudCounts[t * K + k];
    cloud.spendShare = totalSpend > 0 ? cloudSpend / totalSpend : 0;
  }
}
