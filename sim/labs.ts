/**
 * Labs each month (DESIGN §3.2): demand grows (training several-fold a year, inference with the
 * builders and consumers it serves), capability grows with the compute it actually obtained, and
 * traffic shares follow builders' spend-weighted choices blended with consumer demand.
 */
import { BUILDER_TYPES } from './scenario/types.js';
import type { World } from './world.js';
import { exp, ln, pow } from './math.js';

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

/**
 * Capability gained in a month from `computeHeld` kGPU: growth × computeHeld^theta.
 * @example capabilityGain(0.02, 0.5, 9) // 0.06
 */
export function capabilityGain(growth: number, theta: number, computeHeld: number): number {
  return growth * pow(Math.max(0, computeHeld), theta);
}

/**
 * A lab's spendable budget this month, USD bn: last month's revenue plus its cash spread over
 * `runwayMonths` (investment received adds to cash). An owned lab spends from its owner's AI cash
 * and balance-sheet limit (consolidated), which its `funding` mirrors.
 */
export function monthlyBudget(world: World, lab: number): number {
  const state = world.labs[lab];
  return state.revenue + Math.max(0, state.funding) / world.params.runwayMonths;
}

/** Price of new compute, USD bn per kGPU-month: the mean list price of active clouds (an owned lab: its owner's unit cost). */
export function computePrice(world: World, lab: number): number {
  const owner = world.labs[lab].ownerIndex;
  if (owner >= 0) return world.clouds[owner].unitCost;
  const active = world.clouds.filter((cloud) => cloud.active);
  return active.reduce((a, cloud) => a + cloud.price, 0) / Math.max(1, active.length);
}

/**
 * Next month's training demand: it grows by trainingGrowth a year while the budget pays for it
 * (with inference), otherwise it is what the budget affords, falling by at most 1/runwayMonths a
 * month (a smooth constraint, no switch).
 */
export function budgetedTraining(world: World, lab: number, inference: number): number {
  const state = world.labs[lab];
  const wanted = state.trainingDemand * pow(1 + world.params.trainingGrowth, 1 / 12);
  const affordable = monthlyBudget(world, lab) / Math.max(1e-12, computePrice(world, lab)) - inference;
  const floor = state.trainingDemand * (1 - 1 / world.params.runwayMonths);
  return Math.min(wanted, Math.max(affordable, floor));
}

/** Updates labs' capability, traffic shares and compute demand for this month. Mutates `world.labs`. */
export function updateLabs(world: World): void {
  const { params } = world;
  for (const lab of world.labs) {
    if (lab.active) lab.capability += capabilityGain(params.capabilityGrowth, params.capabilityTheta, lab.computeHeld);
  }
  updateTrafficShares(world);
  const inference = params.inferencePerBuilder * adoptedSpend(world) * usageGrowth(world);
  for (const lab of world.labs) {
    if (lab.active) lab.trainingDemand = budgetedTraining(world, lab.index, inference * lab.trafficShare);
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
  if (!Number.isFinite(consumerTotal)) consumerTotal = consumerSharesInLogSpace(world);
  for (const lab of world.labs) {
    lab.consumerShare = consumerTotal > 0 ? lab.consumerShare / consumerTotal : 0;
    lab.builderShare = builderTotal > 0 ? lab.builderShare / builderTotal : lab.consumerShare;
    lab.trafficShare = (1 - params.consumerWeight) * lab.builderShare + params.consumerWeight * lab.consumerShare;
  }
}

/**
 * Consumer shares when capability^sharpness overflows: the same softmax over log capability, taken
 * relative to the largest, so the shares stay finite. Sets each lab's unnormalised share and
 * returns their total. (Only reached at extreme parameters: finite cases keep their exact values.)
 */
function consumerSharesInLogSpace(world: World): number {
  const { consumerSharpness } = world.params;
  const logs = world.labs.map((lab) => (lab.active ? ln(Math.min(lab.capability, Number.MAX_VALUE)) : -Infinity));
  const top = Math.max(...logs);
  let total = 0;
  world.labs.forEach((lab, i) => {
    lab.consumerShare = lab.active ? lab.consumerAppeal * exp(consumerSharpness * (logs[i] - top)) : 0;
    total += lab.consumerShare;
  });
  return total;
}
