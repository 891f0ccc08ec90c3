/**
 * What a cloud–lab deal is worth, per month, under each exclusivity scope (DESIGN §3.3), at the
 * margin: the cloud values the change in its narrative (the share of the lab it hosts) and in its
 * denial value (what exclusivity keeps from rivals able to supply) that the deal brings, priced on
 * the builders still to choose (`narrativeMarket`); the lab
 * values compute, new distribution, less the distribution exclusivity keeps it from and the demand
 * the cloud cannot serve.
 */
import { computeFrom, contractBetween, contractedCompute, nominalCompute } from './contracts.js';
import { isForbidden } from './eligibility.js';
import { usageGrowth } from './labs.js';
import type { Scope, World } from './world.js';

/** How much of the distribution through other clouds each scope takes from the lab (none, rofr, inference, full). */
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
  /** Cloud's narrative + denial value gained, USD bn per month. */
  cloudValue: number;
  /** Cloud's cost of the compute, USD bn per month. */
  cost: number;
  /** Joint surplus: labValue + cloudValue - cost. */
  surplus: number;
}

/** What the pair already has: the deal is valued as a change from it. */
export interface PairBase {
  /** kGPU per month the cloud already supplies the lab (servable part of its contract). */
  compute: number;
  scope: Scope;
  /** The lab is already on the cloud (a contract, even a distribution-only one). */
  listed: boolean;
}

/** No relationship yet (or the whole relationship valued afresh, as in a renegotiation). */
export const NO_BASE: PairBase = { compute: 0, scope: 0, listed: false };

/** The pair's current relationship, from the contract book. */
export function pairBase(world: World, cloud: number, lab: number): PairBase {
  const contract = contractBetween(world, cloud, lab);
  if (!contract) return NO_BASE;
  return { compute: computeFrom(world, cloud, lab), scope: contract.exclusivity, listed: true };
}

/**
 * The AI spend a cloud's narrative and denial value are priced on, USD bn per month: the builders
 * still to choose. All of the spend not yet adopted (`M* − M`, with `M*` builders' spend at full
 * adoption) and `contestedShare` of the adopted spend `M` (adopters who reconsider). A cloud buys
 * the narrative of a market a lab may organise before it exists (Microsoft in 2017–19: seeds); as
 * the market is adopted the stake shrinks while the lab's distribution (today's revenue) grows.
 * @example narrativeMarket(world) // builderSpend × usageGrowth before anyone adopts
 */
export function narrativeMarket(world: World): number {
  const potential = world.params.builderSpend * usageGrowth(world);
  return Math.max(0, potential - world.aiMarket) + world.params.contestedShare * world.aiMarket;
}

/** Distribution lab `lab` gets from cloud `k`'s builders, USD bn per month: its traffic of the spend there, times the cloud's enterprise reach. */
export function distribution(world: World, k: number, lab: number): number {
  return distributionOn(world, k, lab, world.aiMarket);
}

/** Distribution lab `lab` gets from cloud `k`'s builders on a market of `market` USD bn per month of AI spend. */
function distributionOn(world: World, k: number, lab: number, market: number): number {
  const cloud = world.clouds[k];
  if (!cloud.active) return 0;
  return world.params.distributionValue * world.labs[lab].trafficShare * market * cloud.spendShare * cloud.enterpriseReach;
}

/**
 * The lab's autonomy cost of `scope` with `cloud`, USD bn per month: autonomy × σ_A(scope) × the
 * distribution every other cloud would give it in prospect, on the whole market builders will
 * spend at full adoption (`M*`), not only today's adopters: exclusivity keeps the lab from the
 * builders still to choose on other clouds too, the stake the cloud prices its narrative on
 * (`narrativeMarket`). Priced on today's adopters alone, freedom cost nothing before ChatGPT and
 * every lab, open-weights Meta included, sold full exclusivity for little.
 */
export function autonomyCost(world: World, cloud: number, lab: number, scope: Scope): number {
  if (scope === 0) return 0;
  const prospect = world.params.builderSpend * usageGrowth(world);
  let elsewhere = 0;
  for (const other of world.clouds) if (other.index !== cloud) elsewhere += distributionOn(world, other.index, lab, prospect);
  return world.labs[lab].autonomy * AUTONOMY_SCOPE[scope] * elsewhere;
}

/**
 * Share of the lab (0..1) rivals of `cloud` could host now: the part of its demand it buys from
 * clouds, as far as their free capacity covers it, over its whole demand (what it builds itself no
 * one can host, so no exclusivity denies it).
 */
export function rivalReach(world: World, cloud: number, lab: number): number {
  const state = world.labs[lab];
  if (state.computeDemand <= 0) return 0;
  const contracted = nominalCompute(world);
  let free = 0;
  for (const other of world.clouds) {
    if (!other.active || other.index === cloud || isForbidden(world, other.index, lab)) continue;
    free += Math.max(0, other.capacity - contracted[other.index]);
  }
  return Math.min(state.cloudDemand, free) / state.computeDemand;
}

/**
 * Value of `cloud` supplying up to `need` more kGPU to `lab` under `scope`, given `available` kGPU
 * it could put toward it and the pair's `base` (default: its current contract).
 * @example
 * const value = pairValue(world, 0, 1, 50, capacityLeft(world, 0), 3); // cloud 0 supplies lab 1 under full exclusivity
 * value.surplus; // USD bn per month
 */
export function pairValue(world: World, cloud: number, lab: number, need: number, available: number, scope: Scope,
  base: PairBase = pairBase(world, cloud, lab)): PairValue {
  const { params } = world;
  const k = world.clouds[cloud];
  const j = world.labs[lab];
  const supply = Math.min(need, available);
  const others = (j.computeDemand - j.cloudDemand) + Math.max(0, contractedCompute(world, lab) - computeFrom(world, cloud, lab));
  const before = base.compute / Math.max(j.computeDemand, base.compute + others, 1e-12);
  const after = (base.compute + supply) / Math.max(j.computeDemand, base.compute + supply + others, 1e-12);
  const denied = k.denialWeight * (DENIAL_SCOPE[scope] - DENIAL_SCOPE[base.scope]) * rivalReach(world, cloud, lab);
  const cloudValue = k.narrativeValue * narrativeMarket(world) * params.wL * j.trafficShare * (after - before + denied);
  // Exposure to unmet demand: the need the cloud cannot serve over the year the lab buys for, what
  // it has now plus half a year of its growth bound (the mean gap if it builds toward the need).
  const shortfall = Math.max(0, need - supply - (k.capacity * k.capexGrowthMax) / 2);
  const labValue = params.computeValue * k.unitCost * supply
    + (base.listed ? 0 : distribution(world, cloud, lab))
    - (autonomyCost(world, cloud, lab, scope) - autonomyCost(world, cloud, lab, base.scope))
    - params.unmetCost * k.unitCost * shortfall * UNMET_EXPOSURE[scope];
  const cost = k.unitCost * supply;
  return { cloud, lab, scope, supply, labValue, cloudValue, cost, surplus: labValue + cloudValue - cost };
}

/**
 * The scope from none up to `maxScope` that maximises joint surplus, with its value: the scope is
 * a term of the whole relationship, chosen anew at every deal (an expansion too), so it can fall as
 * well as rise. The differences from the pair's current scope shift every scope's surplus alike, so
 * they do not bias the choice; they only make the level a change from today. Ties go to the weaker scope.
 * @example
 * bestScope(world, 0, 1, 50, 30, 3).scope; // 0 none .. 3 full
 */
export function bestScope(world: World, cloud: number, lab: number, need: number, available: number, maxScope: Scope,
  base: PairBase = pairBase(world, cloud, lab)): PairValue {
  let best = pairValue(world, cloud, lab, need, available, 0, base);
  for (let scope = 1 as Scope; scope <= maxScope; scope = (scope + 1) as Scope) {
    const value = pairValue(world, cloud, lab, need, available, scope, base);
    if (value.surplus > best.surplus + 1e-12) best = value;
  }
  return best;
}
