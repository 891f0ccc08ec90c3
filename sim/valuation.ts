/**
 * What a cloud–lab pairing is worth, per month, under each exclusivity scope (DESIGN §3.3):
 * the cloud's narrative and denial value, the lab's value of compute and distribution less its
 * autonomy cost and the cost of demand the cloud cannot serve, and their joint surplus.
 */
import type { Scope, World } from './world.js';

/** How much of the lab's freedom each scope takes (none, rofr, inference, full). */
export const AUTONOMY_SCOPE = [0, 0.25, 0.6, 1] as const;
/** How far each scope keeps the lab from rivals (the denial value it buys). */
export const DENIAL_SCOPE = [0, 0.5, 0.8, 1] as const;
/** How much of the demand the cloud cannot serve stays unserved under each scope. */
export const UNMET_EXPOSURE = [0, 0.3, 0.7, 1] as const;

export interface PairValue {
  cloud: number;
  lab: number;
  scope: Scope;
  /** kGPU per month the cloud can supply toward the need. */
  supply: number;
  /** Lab's value before transfers, USD bn per month. */
  labValue: number;
  /** Cloud's narrative + denial value, USD bn per month. */
  cloudValue: number;
  /** Cloud's cost of the compute, USD bn per month. */
  cost: number;
  /** Joint surplus: labValue + cloudValue - cost. */
  surplus: number;
}

/** Capacity of `cloud` not yet under contract, kGPU. */
export function capacityLeft(world: World, cloud: number): number {
  let contracted = 0;
  for (const c of world.contracts) if (c.status === 'active' && c.cloud === cloud) contracted += c.compute;
  return Math.max(0, world.clouds[cloud].capacity - contracted);
}

/**
 * Value of `cloud` supplying up to `need` kGPU to `lab` under `scope`, given `available` kGPU
 * the cloud could put toward it.
 * @example
 * const value = pairValue(world, 0, 1, 50, capacityLeft(world, 0), 3); // cloud 0 supplies lab 1 under full exclusivity
 * value.surplus; // USD bn per month
 */
export function pairValue(world: World, cloud: number, lab: number, need: number, available: number, scope: Scope): PairValue {
  const { params } = world;
  const k = world.clouds[cloud];
  const j = world.labs[lab];
  const supply = Math.min(need, available);
  const demand = Math.max(j.cloudDemand, supply, 1e-12);
  const hosting = scope >= 2 ? 1 : supply / demand;
  const narrativeGain = params.wL * j.trafficShare * hosting;
  const rivalGain = params.wL * j.trafficShare;
  const cloudValue = k.narrativeValue * world.aiMarket * (narrativeGain + k.denialWeight * DENIAL_SCOPE[scope] * rivalGain);
  const bill = j.cloudDemand * k.unitCost;
  const shortfall = Math.max(0, need - supply);
  const labValue = params.computeValue * k.unitCost * supply
    + params.distributionValue * k.enterpriseReach * j.trafficShare
    - j.autonomy * AUTONOMY_SCOPE[scope] * bill
    - params.unmetCost * k.unitCost * shortfall * UNMET_EXPOSURE[scope];
  const cost = k.unitCost * supply;
  return { cloud, lab, scope, supply, labValue, cloudValue, cost, surplus: labValue + cloudValue - cost };
}

/**
 * The scope (up to `maxScope`) that maximises joint surplus, with its value. Ties go to the weaker scope.
 * @example
 * bestScope(world, 0, 1, 50, 30, 3).scope; // 0 none .. 3 full
 */
export function bestScope(world: World, cloud: number, lab: number, need: number, available: number, maxScope: Scope): PairValue {
  let best = pairValue(world, cloud, lab, need, available, 0);
  for (let scope = 1 as Scope; scope <= maxScope; scope = (scope + 1) as Scope) {
    const value = pairValue(world, cloud, lab, need, available, scope);
    if (value.surplus > best.surplus + 1e-12) best = value;
  }
  return best;
}
