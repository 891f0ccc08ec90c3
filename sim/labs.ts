/**
 * Labs each month (DESIGN §3.2): demand grows (training several-fold a year, inference with the
 * builders and consumers it serves), capability grows with the compute it actually obtained, and
 * traffic shares follow builders' spend-weighted choices blended with consumer demand.
 */
import { BUILDER_TYPES } from './scenario/types.js';
import type { World } from './world.js';
import { pow } from './math.js';

/** Share of the population's potential AI spend that has adopted (0..1). */
export function adoptedSpend(world: World): number {
  const { population, populationSpec } = world;
  let adopted = 0;
  let potential = 0;
  BUILDER_TYPES.forEach((name, t) => {
    adopted += populationSpec.types[name].spend * population.adopted[t];
    potential += populationSpec.types[name].spend * population.typeSize[t];
  });
  return potential > 0 ? adopted / potential : 0;
}

/** Growth factor of inference use per adopter since the start: (1 + inferenceGrowth)^(t/12). */
export function usageGrowth(world: World): number {
  return pow(1 + world.params.inferenceGrowth, world.t / 12);
}

/** Updates labs' capability, traffic shares and compute demand for this month. Mutates `world.labs`. */
export function updateLabs(world: World): void {
  const { params } = world;
  const monthlyTraining = pow(1 + params.trainingGrowth, 1 / 12);
  for (const lab of world.labs) {
    if (!lab.active) continue;
    lab.capability += params.capabilityGrowth * pow(lab.computeHeld, params.capabilityTheta);
    if (lab.funding >= 0) lab.trainingDemand *= monthlyTraining;
  }
  updateTrafficShares(world);
  const inference = params.inferencePerBuilder * adoptedSpend(world) * usageGrowth(world);
  for (const lab of world.labs) {
    lab.computeDemand = lab.active ? lab.trainingDemand + inference * lab.trafficShare : 0;
    lab.cloudDemand = lab.computeDemand * (1 - lab.selfBuild);
  }
}

/** Traffic share = (1 - consumerWeight) * builder share + consumerWeight * consumer share; sums to 1 over active labs. */
export function updateTrafficShares(world: World): void {
  const { params, population, populationSpec } = world;
  const L = world.labs.length;
  let consumerTotal = 0;
  let builderTotal = 0;
  for (const lab of world.labs) {
    lab.consumerShare = lab.active ? lab.consumerAppeal * pow(lab.capability, params.consumerSharpness) : 0;
    consumerTotal += lab.consumerShare;
    let spend = 0;
    BUILDER_TYPES.forEach((name, t) => {
      spend += populationSpec.types[name].spend * population.labCounts[t * L + lab.index];
    });
    lab.builderShare = lab.active ? spend : 0;
    builderTotal += lab.builderShare;
  }
  for (const lab of world.labs) {
    lab.consumerShare = consumerTotal > 0 ? lab.consumerShare / consumerTotal : 0;
    lab.builderShare = builderTotal > 0 ? lab.builderShare / builderTotal : lab.consumerShare;
    lab.trafficShare = (1 - params.consumerWeight) * lab.builderShare + params.consumerWeight * lab.consumerShare;
  }
}
