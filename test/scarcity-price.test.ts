/**
 * Tests of sim/scarcity-price.ts and the price step of sim/accounts.ts: a cloud's price rises above
 * cost × markup only when its contracts ask for more compute than it has (real scarcity), never
 * merely because it is busy.
 */
import { describe, expect, it } from 'vitest';
import { settleAccounts } from '../sim/accounts.js';
import { serveContracts } from '../sim/clouds.js';
import { applyEvent } from '../sim/events/index.js';
import { scarcityPrice, unservedShare } from '../sim/scarcity-price.js';
import { initWorld } from '../sim/init.js';
import { smallScenario } from './support/small-scenario.js';

describe('unservedShare', () => {
  it('unservedShare(contracted, capacity) is 0 while capacity suffices and 1 − capacity / contracted beyond', () => {
    expect(unservedShare(9.5, 10)).toBe(0);
    expect(unservedShare(10, 10)).toBe(0);
    expect(unservedShare(12, 10)).toBeCloseTo(1 / 6, 12);
    expect(unservedShare(0, 0)).toBe(0);
  });
});

describe('scarcityPrice', () => {
  it('scarcityPrice(cost, markup, premium, s) is cost × (markup + premium × s)', () => {
    expect(scarcityPrice(0.004, 1.5, 0.8, 0)).toBeCloseTo(0.006, 15);
    expect(scarcityPrice(0.004, 1.5, 0.8, 0.5)).toBeCloseTo(0.004 * 1.9, 15);
  });
});

describe('settleAccounts prices', () => {
  /** Month 0 with openai contracting `compute` kGPU from azure (capacity 10). */
  function azurePrice(compute: number): { price: number; cost: number; markup: number; utilization: number } {
    const scenario = smallScenario();
    const world = initWorld(scenario, scenario.seed, 0);
    applyEvent(world, { kind: 'deal', date: '2016-01', cloud: 'azure', lab: 'openai', compute, months: 36, price: null, investment: 0, exclusivity: 'full', exitPenalty: null, public: true });
    serveContracts(world);
    settleAccounts(world);
    const azure = world.clouds[1];
    return { price: azure.price, cost: azure.unitCost, markup: azure.markup, utilization: azure.utilization };
  }

  it('settleAccounts(world) keeps a 95%-busy cloud at cost × markup', () => {
    const { price, cost, markup, utilization } = azurePrice(9.5);
    expect(utilization).toBeCloseTo(0.95, 12);
    expect(price).toBeCloseTo(cost * markup, 15);
  });

  it('settleAccounts(world) raises the price of an oversubscribed cloud by scarcityPremium × unserved share', () => {
    const { price, cost, markup } = azurePrice(20);
    expect(price).toBeCloseTo(cost * (markup + 0.8 * 0.5), 15);
  });
});
