/**
 * The month's money (DESIGN §3.4), its own phase after delivery: labs pay for compute delivered
 * (an owned lab pays its owner at cost, an internal transfer), builders' AI spend is earned by
 * clouds and labs, investment tranches are paid, cash and funding move, and prices rise under
 * scarcity (scarcity-price.ts). Every flow has a payer and a payee, so money is conserved.
 */
import { builderSpend } from './clouds.js';
import { nominalCompute, payTranches } from './contracts.js';
import { scarcityPrice, unservedShare } from './scarcity-price.js';
import type { World } from './world.js';

/** Clears this month's flows before anything pays (scripted investments come first). */
export function openBooks(world: World): void {
  for (const cloud of world.clouds) {
    cloud.labRevenue = 0;
    cloud.internalTransfer = 0;
    cloud.capexSpend = 0;
    cloud.investmentPaid = 0;
  }
  for (const lab of world.labs) {
    lab.computeSpend = 0;
    lab.investmentReceived = 0;
  }
}

/** Books payments, revenue, tranches, cash and funding; sets utilisation, scarcity prices and each cloud's unmet ratio. */
export function settleAccounts(world: World): void {
  const { clouds, labs, params } = world;
  for (const c of world.contracts) {
    if (c.status !== 'active') continue;
    const payment = c.delivered * c.price;
    if (c.internal) clouds[c.cloud].internalTransfer += payment;
    else clouds[c.cloud].labRevenue += payment;
    labs[c.lab].computeSpend += payment;
  }
  const spend = builderSpend(world);
  world.aiMarket = spend;
  for (const cloud of clouds) {
    cloud.builderRevenue = cloud.active ? spend * cloud.spendShare : 0;
    cloud.cash += params.cashMargin * (cloud.labRevenue + cloud.builderRevenue);
  }
  payTranches(world);
  for (const lab of labs) {
    lab.revenue = lab.active ? spend * lab.trafficShare : 0;
    if (!lab.active) continue;
    if (lab.ownerIndex >= 0) {
      const owner = clouds[lab.ownerIndex];
      owner.cash += lab.revenue + lab.investmentReceived;
      lab.funding = owner.cash + owner.balanceSheet;
    } else {
      lab.funding += lab.revenue - lab.computeSpend;
    }
  }
  const nominal = nominalCompute(world);
  for (const cloud of clouds) {
    cloud.utilization = cloud.capacity > 0 ? cloud.delivered / cloud.capacity : 0;
    cloud.price = scarcityPrice(cloud.unitCost, cloud.markup, params.scarcityPremium, unservedShare(nominal[cloud.index], cloud.capacity));
    cloud.unmet = primaryUnmet(world, cloud.index);
  }
}

/** Demand-weighted unmet demand ratio of the labs whose primary cloud is `cloud`. */
function primaryUnmet(world: World, cloud: number): number {
  let demand = 0;
  let unmet = 0;
  for (const lab of world.labs) {
    if (lab.primaryCloud !== cloud || !lab.active) continue;
    demand += lab.cloudDemand;
    unmet += lab.cloudDemand * lab.unmetDemand;
  }
  return demand > 0 ? unmet / demand : 0;
}
