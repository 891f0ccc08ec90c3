/**
 * Clouds each month (DESIGN §3.4): unit costs fall; capex moves capacity toward contracted plus
 * forecast demand within a bounded growth rate, what the cloud can pay for (its AI cash and
 * balance-sheet limit) and a global GPU supply shared by willingness to pay; contracts are then
 * delivered within capacity. Money for what was delivered is settled in `accounts.ts`.
 */
import { bindingContract, investmentOwed, nominalCompute } from './contracts.js';
import { adoptedSpend, usageGrowth } from './labs.js';
import { scarcityPrice, unservedShare } from './scarcity-price.js';
import type { World } from './world.js';
import { pow } from './math.js';

/** Global supply of new GPUs this month, kGPU. */
export function gpuSupply(world: World): number {
  const { params } = world;
  return params.gpuSupply * pow(1 + params.gpuSupplyGrowth, world.t / 12) * world.supplyFactor;
}

/** Builders' AI spend this month, USD bn. */
export function builderSpend(world: World): number {
  return world.params.builderSpend * adoptedSpend(world) * usageGrowth(world);
}

/** Up-front cost of one new kGPU at `cloud` now, USD bn. */
export function capexCost(world: World, cloud: number): number {
  return world.clouds[cloud].unitCost * world.params.capexMonths;
}

/**
 * kGPU `cloud` asks for this month: toward max(committed, narrative share × labs' cloud demand)
 * × (1 + headroom), at most its growth limit and what it can pay for. `committed` is its contracted
 * compute, or its bound labs' demand when larger (investInCapacity).
 */
export function capacityRequest(world: World, cloud: number, contracted: number, demand: number): number {
  const state = world.clouds[cloud];
  if (!state.active) return 0;
  const target = Math.max(contracted, state.narrative * demand) * (1 + world.params.headroom);
  const maxGrowth = state.capacity * (pow(1 + state.capexGrowthMax, 1 / 12) - 1);
  const affordable = Math.max(0, state.cash + state.balanceSheet - investmentOwed(world, cloud)) / Math.max(1e-12, capexCost(world, cloud));
  return Math.min(Math.max(0, target - state.capacity), maxGrowth, affordable);
}

/**
 * Shares `supply` among `requests`: all of them when they fit, otherwise in proportion to each
 * bid (request × willingness to pay `markups`), never more than asked. Float64Arrays throughout:
 * plain arrays of these numbers are SMI arrays in a month when every request is a whole number
 * (e.g. all 0) and DOUBLE arrays otherwise, and each new elements kind deoptimised the month's
 * capex code (investInCapacity recompiled ~5 times in a fresh worker's first runs).
 * @example shareSupply(Float64Array.of(10, 10), Float64Array.of(1, 3), 8) // Float64Array [2, 6]
 */
export function shareSupply(requests: Float64Array, markups: Float64Array, supply: number): Float64Array {
  const total = sumOf(requests);
  if (total <= supply) return requests.slice();
  const bids = requests.map((request, k) => request * markups[k]);
  const totalBid = sumOf(bids);
  return requests.map((request, k) => (totalBid > 0 ? Math.min(request, (supply * bids[k]) / totalBid) : 0));
}

/** values[0] + values[1] + ..., left to right from 0 (as reduce((a, b) => a + b, 0)). */
function sumOf(values: Float64Array): number {
  let total = 0;
  for (let k = 0; k < values.length; k++) total += values[k];
  return total;
}

/**
 * kGPU each cloud must plan for its exclusively bound labs (inference or full): their whole cloud
 * demand, since they may buy elsewhere only the training part (inference) or nothing (full).
 */
export function boundDemand(world: World): Float64Array {
  const bound = new Float64Array(world.clouds.length);
  for (const lab of world.labs) {
    const binding = lab.active ? bindingContract(world, lab.index) : undefined;
    if (binding) bound[binding.cloud] += lab.cloudDemand;
  }
  return bound;
}

/** Capex: unit costs fall, each cloud asks for capacity, the global supply is shared and paid for. Mutates capacity, unit cost and cash. */
export function investInCapacity(world: World): void {
  const { params, clouds, labs } = world;
  const costFactor = pow(1 - params.costDecline, 1 / 12);
  let demand = 0;
  for (const lab of labs) if (lab.active) demand += lab.cloudDemand;
  const contracted = nominalCompute(world);
  const bound = boundDemand(world);
  for (const cloud of clouds) cloud.unitCost *= costFactor;
  const requests = Float64Array.from(clouds, (cloud) => capacityRequest(world, cloud.index, Math.max(contracted[cloud.index], bound[cloud.index]), demand));
  const granted = shareSupply(requests, Float64Array.from(clouds, (cloud) => cloud.markup), gpuSupply(world));
  for (const cloud of clouds) {
    const added = granted[cloud.index];
    const spend = added * capexCost(world, cloud.index);
    cloud.capacity += added;
    cloud.cash -= spend;
    cloud.capexSpend += spend;
  }
}

/** Delivers contracts within capacity (pro rata when a cloud's contracts exceed it); sets each lab's compute held. */
export function serveContracts(world: World): void {
  const { clouds, labs } = world;
  const nominal = nominalCompute(world);
  for (const cloud of clouds) cloud.delivered = 0;
  for (const lab of labs) lab.computeHeld = lab.active ? lab.computeDemand - lab.cloudDemand : 0;
  for (const c of world.contracts) {
    if (c.status !== 'active') continue;
    const cloud = clouds[c.cloud];
    c.delivered = nominal[c.cloud] > cloud.capacity ? (c.compute * cloud.capacity) / nominal[c.cloud] : c.compute;
    cloud.delivered += c.delivered;
    labs[c.lab].computeHeld += c.delivered;
  }
  for (const lab of labs) {
    lab.unmetDemand = lab.active && lab.computeDemand > 0 ? Math.max(0, 1 - lab.computeHeld / lab.computeDemand) : 0;
  }
}
