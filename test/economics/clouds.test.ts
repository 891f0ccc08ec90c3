/**
 * Clouds' capex formulas pinned (sim/clouds.ts): a scarce GPU supply is shared by bid (request ×
 * markup), capex plans headroom above its target and is bounded by its growth limit and by what
 * the cloud can pay. Each test kills a plausible mutation of its formula (named in the title).
 * (Prices are scarcity-price.ts's, tested in test/scarcity-price.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { capacityRequest, capexCost, gpuSupply, investInCapacity, shareSupply } from '../../sim/clouds.js';
import { nominalCompute } from '../../sim/contracts.js';
import { initWorld } from '../../sim/init.js';
import { step } from '../../sim/step.js';
import { smallScenario } from '../support/small-scenario.js';

describe('shareSupply(requests, markups, supply)', () => {
  it('shareSupply() shares a scarce supply by bid (request x markup), not by request', () => {
    expect(shareSupply(Float64Array.of(10, 10), Float64Array.of(1, 3), 8)).toEqual(Float64Array.of(2, 6));
    expect(shareSupply(Float64Array.of(10, 30), Float64Array.of(2, 1), 10)).toEqual(Float64Array.of(4, 6));
  });

  it('shareSupply() grants every request when they fit, and never more than asked', () => {
    expect(shareSupply(Float64Array.of(3, 4), Float64Array.of(1, 9), 10)).toEqual(Float64Array.of(3, 4));
    const granted = shareSupply(Float64Array.of(1, 100), Float64Array.of(50, 1), 60);
    expect(granted[0]).toBeLessThanOrEqual(1);
  });

  it('investInCapacity() with a binding supply adds capacity in proportion to request x markup', () => {
    const world = initWorld(smallScenario(), 7, 0);
    for (world.t = 0; world.t < 12; world.t++) step(world);
    world.clouds.forEach((cloud, k) => {
      cloud.balanceSheet = 1e9;
      cloud.capexGrowthMax = 1e6;
      cloud.markup = [1, 2, 4][k];
      cloud.narrative = [0.5, 0.3, 0.2][k];
      cloud.capacity = 0.01;
    });
    const demand = world.labs.reduce((a, lab) => a + (lab.active ? lab.cloudDemand : 0), 0);
    const contracted = nominalCompute(world);
    const requests = world.clouds.map((cloud) => capacityRequest(world, cloud.index, contracted[cloud.index], demand));
    expect(requests.every((r) => r > 0)).toBe(true);
    world.params.gpuSupply = (requests.reduce((a, b) => a + b, 0) / 4) / Math.pow(1 + world.params.gpuSupplyGrowth, world.t / 12);
    const before = world.clouds.map((cloud) => cloud.capacity);
    investInCapacity(world);
    const perBid = world.clouds.map((cloud, k) => (cloud.capacity - before[k]) / (requests[k] * cloud.markup));
    expect(perBid[1]).toBeCloseTo(perBid[0], 9);
    expect(perBid[2]).toBeCloseTo(perBid[0], 9);
  });
});

describe('capacityRequest(world, cloud, contracted, demand)', () => {
  const world = () => {
    const w = initWorld(smallScenario(), 7, 0);
    w.clouds[0].capacity = 10;
    w.clouds[0].narrative = 0;
    return w;
  };

  it('capacityRequest() plans headroom above contracted compute', () => {
    const w = world();
    w.clouds[0].capexGrowthMax = 1e6;
    expect(capacityRequest(w, 0, 10, 0)).toBeCloseTo(10 * w.params.headroom, 12);
    w.params.headroom = 0;
    expect(capacityRequest(w, 0, 10, 0)).toBe(0);
  });

  it('capacityRequest() aims at its narrative share of labs\' demand when that is larger', () => {
    const w = world();
    w.clouds[0].narrative = 0.5;
    w.clouds[0].capexGrowthMax = 1e6;
    expect(capacityRequest(w, 0, 0, 30)).toBeCloseTo(0.5 * 30 * (1 + w.params.headroom) - 10, 12);
  });

  it('capacityRequest() is bounded by the growth limit and by cash + balance sheet over the capex cost', () => {
    const w = world();
    w.clouds[0].capexGrowthMax = 1;
    expect(capacityRequest(w, 0, 1000, 0)).toBeCloseTo(10 * (Math.pow(2, 1 / 12) - 1), 12);
    w.clouds[0].capexGrowthMax = 1e6;
    w.clouds[0].cash = 0.5 - w.clouds[0].balanceSheet;
    expect(capacityRequest(w, 0, 1000, 0)).toBeCloseTo(0.5 / capexCost(w, 0), 9);
    w.clouds[0].cash = -w.clouds[0].balanceSheet;
    expect(capacityRequest(w, 0, 1000, 0)).toBe(0);
  });

  it('capacityRequest() of an inactive cloud is 0, whatever it has contracted or could afford', () => {
    const w = world();
    w.clouds[0].capexGrowthMax = 1e6;
    expect(capacityRequest(w, 0, 1000, 0)).toBeGreaterThan(0);
    w.clouds[0].active = false;
    expect(capacityRequest(w, 0, 1000, 0)).toBe(0);
  });

  it('investInCapacity() pays capexMonths of unit cost per kGPU added, out of the cloud\'s cash', () => {
    const w = world();
    const cash = w.clouds.map((cloud) => cloud.cash);
    const capacity = w.clouds.map((cloud) => cloud.capacity);
    investInCapacity(w);
    w.clouds.forEach((cloud, k) => {
      const added = cloud.capacity - capacity[k];
      expect(cash[k] - cloud.cash).toBeCloseTo(added * cloud.unitCost * w.params.capexMonths, 12);
      expect(cloud.capexSpend).toBeCloseTo(cash[k] - cloud.cash, 12);
    });
  });

  it('gpuSupply() is gpuSupply (1 + gpuSupplyGrowth)^(t/12) times the shock factor', () => {
    const w = world();
    w.t = 18;
    w.supplyFactor = 0.5;
    expect(gpuSupply(w)).toBeCloseTo(w.params.gpuSupply * Math.pow(1 + w.params.gpuSupplyGrowth, 1.5) * 0.5, 12);
  });
});
