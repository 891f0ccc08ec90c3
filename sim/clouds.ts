/**
 * Clouds each month (DESIGN §3.4): unit costs fall, capex moves capacity toward contracted plus
 * forecast demand (its narrative share of all labs' demand) within a bounded growth rate and a global GPU supply shared by willingness to
 * pay; then contracts are served within capacity, money changes hands and prices rise under scarcity.
 */
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

/** Capex: each cloud asks for capacity toward its target; the global supply is shared. Mutates capacity and unit cost. */
export function investInCapacity(world: World): void {
  const { params, clouds, labs } = world;
  const costFactor = pow(1 - params.costDecline, 1 / 12);
  let demand = 0;
  for (const lab of labs) if (lab.active) demand += lab.cloudDemand;
  const contracted = new Float64Array(clouds.length);
  for (const c of world.contracts) if (c.status === 'active') contracted[c.cloud] += c.compute;
  const requests = clouds.map((cloud) => {
    cloud.unitCost *= costFactor;
    if (!cloud.active) return 0;
    const target = Math.max(contracted[cloud.index], cloud.narrative * demand) * (1 + params.headroom);
    const maxGrowth = cloud.capacity * (pow(1 + cloud.capexGrowthMax, 1 / 12) - 1);
    return Math.min(Math.max(0, target - cloud.capacity), maxGrowth);
  });
  const bids = requests.map((request, k) => request * clouds[k].markup);
  const totalRequest = requests.reduce((a, b) => a + b, 0);
  const totalBid = bids.reduce((a, b) => a + b, 0);
  const supply = gpuSupply(world);
  for (const cloud of clouds) {
    const request = requests[cloud.index];
    cloud.capacity += totalRequest <= supply ? request : Math.min(request, (supply * bids[cloud.index]) / totalBid);
  }
}

/** Serves contracts within capacity, books payments, and updates utilisation, prices and unmet demand. */
export function serveContracts(world: World): void {
  const { clouds, labs, params } = world;
  const nominal = new Float64Array(clouds.length);
  for (const c of world.contracts) if (c.status === 'active') nominal[c.cloud] += c.compute;
  for (const cloud of clouds) {
    cloud.delivered = 0;
    cloud.labRevenue = 0;
  }
  for (const lab of labs) {
    lab.computeHeld = lab.active ? lab.computeDemand - lab.cloudDemand : 0;
    lab.computeSpend = 0;
  }
  for (const c of world.contracts) {
    if (c.status !== 'active') continue;
    const cloud = clouds[c.cloud];
    const lab = labs[c.lab];
    c.delivered = nominal[c.cloud] > cloud.capacity ? (c.compute * cloud.capacity) / nominal[c.cloud] : c.compute;
    const payment = c.delivered * c.price;
    cloud.delivered += c.delivered;
    cloud.labRevenue += payment;
    lab.computeHeld += c.delivered;
    lab.computeSpend += payment;
  }
  const spend = builderSpend(world);
  for (const lab of labs) {
    lab.unmetDemand = lab.active && lab.computeDemand > 0 ? Math.max(0, 1 - lab.computeHeld / lab.computeDemand) : 0;
    if (lab.active) lab.funding += spend * lab.trafficShare - lab.computeSpend;
  }
  world.aiMarket = spend;
  for (const cloud of clouds) {
    cloud.utilization = cloud.capacity > 0 ? cloud.delivered / cloud.capacity : 0;
    cloud.price = scarcityPrice(cloud.unitCost, cloud.markup, params.scarcityPremium, unservedShare(nominal[cloud.index], cloud.capacity));
    cloud.builderRevenue = cloud.active ? spend * cloud.spendShare : 0;
    let demand = 0;
    let unmet = 0;
    for (const lab of labs) {
      if (lab.primaryCloud !== cloud.index || !lab.active) continue;
      demand += lab.cloudDemand;
      unmet += lab.cloudDemand * lab.unmetDemand;
    }
    cloud.unmet = demand > 0 ? unmet / demand : 0;
  }
}
