/**
 * The rules of sim/market.ts around the bargain, on hand-built worlds: expiry, the policy cap,
 * the renegotiation clock, the lab's bargaining power, an owned lab's internal allocation, the
 * market threshold, and how a new deal expands the pair's contract. The bargain itself (winner,
 * split, exclusivity) is in market.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { impatience } from '../sim/bargaining.js';
import { capacityLeft, signContract, type ContractTerms } from '../sim/contracts.js';
import { initWorld } from '../sim/init.js';
import { labPower, PROCUREMENT_MONTHS, RENEGOTIATION_MONTHS, runMarket } from '../sim/market.js';
import { createRng } from '../sim/rng.js';
import type { World } from '../sim/world.js';
import { atMarket, scenario } from './support/one-lab-market.js';
import { smallScenario } from './support/small-scenario.js';
import { AWS, AZURE, DEEPMIND, GCP, OPENAI, marketTerms } from './support/hand-built-world.js';

/** Month 5 of the small scenario; openai inactive so only deepmind (owned by gcp, capacity 8) shops. */
function ownedWorld(cloudDemand: number): World {
  const w = initWorld(smallScenario(), 7, 0);
  w.t = 5;
  w.labs[OPENAI].active = false;
  Object.assign(w.labs[DEEPMIND], { computeDemand: cloudDemand, cloudDemand, trafficShare: 1 });
  return w;
}

function terms(fields: Partial<ContractTerms> = {}): ContractTerms {
  return marketTerms({ compute: 1, ...fields });
}

const market = (w: World) => runMarket(w, createRng(w.seed, 'market', w.t));

describe('expiry and policy', () => {
  it('runMarket() expires a contract in its month start + months, not before, and never one of 0 months', () => {
    const w = ownedWorld(0);
    w.t = 0;
    const c = signContract(w, terms({ lab: DEEPMIND, cloud: GCP, months: 5 }));
    const open = signContract(w, terms({ lab: DEEPMIND, cloud: AWS, months: 0 }));
    w.t = 4;
    market(w);
    expect(c.status).toBe('active');
    w.t = 5;
    market(w);
    expect(c).toMatchObject({ status: 'expired', end: 5, endReason: 'expired' });
    expect(w.log.filter((e) => e.kind === 'contract_end')).toEqual([
      expect.objectContaining({ kind: 'contract_end', origin: 'endogenous', cloud: 'gcp', lab: 'deepmind', value: 1 }),
    ]);
    w.t = 500;
    market(w);
    expect(open.status).toBe('active');
  });

  it('runMarket() caps active contracts at the policy\'s strongest scope and logs the relaxation', () => {
    const w = ownedWorld(0);
    w.maxExclusivity = 1;
    const full = signContract(w, terms({ lab: DEEPMIND, cloud: GCP, exclusivity: 3, exitPenalty: 9 }));
    const rofr = signContract(w, terms({ lab: DEEPMIND, cloud: AWS, exclusivity: 1 }));
    market(w);
    expect(full).toMatchObject({ exclusivity: 1, exitPenalty: 0 });
    expect(rofr.exclusivity).toBe(1);
    expect(w.log.filter((e) => e.kind === 'relaxation')).toEqual([
      expect.objectContaining({ cloud: 'gcp', lab: 'deepmind', value: 1, detail: 'policy caps exclusivity at rofr' }),
    ]);
  });
});

describe('labPower(world, lab, cloud)', () => {
  it('labPower() is r_cloud / (r_lab + r_cloud), r_lab = −ln(patience) × exp(powerScarcity × delivered/capacity − powerTraffic × traffic)', () => {
    const w = ownedWorld(0);
    Object.assign(w.params, { powerScarcity: 1.5, powerTraffic: 2 });
    w.clouds.forEach((cloud, k) => Object.assign(cloud, { delivered: [10, 5, 100][k], capacity: [20, 10, 8][k], patience: 0.9 }));
    w.clouds[GCP].active = false;
    Object.assign(w.labs[OPENAI], { patience: 0.7, trafficShare: 0.3 });
    const rLab = impatience(0.7) * Math.exp(1.5 * (15 / 30) - 2 * 0.3);
    const rCloud = impatience(0.9);
    expect(labPower(w, OPENAI, AZURE)).toBeCloseTo(rCloud / (rLab + rCloud), 12);
    for (const cloud of w.clouds) cloud.capacity = 0;
    const rFull = impatience(0.7) * Math.exp(1.5 - 0.6);
    expect(labPower(w, OPENAI, AZURE), 'no capacity at all counts as full scarcity').toBeCloseTo(rCloud / (rFull + rCloud), 12);
  });
});

describe('an owned lab\'s internal allocation', () => {
  it('runMarket() gives an owned lab what it will need in PROCUREMENT_MONTHS from its owner\'s free capacity, at cost, non-exclusive', () => {
    const w = ownedWorld(2);
    w.params.trainingGrowth = 0.5;
    market(w);
    const [c] = w.contracts;
    const need = 2 * Math.pow(1.5, PROCUREMENT_MONTHS / 12);
    expect(c).toMatchObject({
      cloud: GCP, lab: DEEPMIND, internal: true, exclusivity: 0, exitPenalty: 0, investment: 0, public: true,
      origin: 'market', months: w.params.contractMonths, price: w.clouds[GCP].unitCost, labValue: 0,
    });
    expect(c.compute).toBeCloseTo(need, 12);
    expect(w.log.at(-1)).toMatchObject({ kind: 'market_deal', cloud: 'gcp', lab: 'deepmind', detail: 'internal allocation: +3 kGPU/month at cost' });
  });

  it('runMarket() caps the allocation at the owner\'s free capacity, and signs nothing when none is free', () => {
    const w = ownedWorld(10);
    market(w);
    expect(w.contracts.map((c) => c.compute)).toEqual([8]);
    const full = ownedWorld(10);
    signContract(full, terms({ cloud: GCP, lab: DEEPMIND, compute: 8, internal: true }));
    full.labs[DEEPMIND].cloudDemand = 100;
    market(full);
    expect(full.contracts).toHaveLength(1);
  });

  it('runMarket() does not shop while contracts cover all but marketThreshold of demand; beyond it, expands the contract', () => {
    const w = ownedWorld(2);
    w.params.marketThreshold = 0.1;
    const first = signContract(w, terms({ cloud: GCP, lab: DEEPMIND, compute: 1.8, internal: true }));
    market(w);
    expect(w.contracts).toEqual([first]);
    first.compute = 1.7;
    market(w);
    expect(first).toMatchObject({ status: 'terminated', endReason: 'expanded by an internal allocation' });
    const expanded = w.contracts.at(-1)!;
    // need = 2 × (1 + trainingGrowth) − 1.7 = 2.3, of which 8 − 1.7 are free: all of it.
    expect(expanded.compute).toBeCloseTo(1.7 + 2 * (1 + w.params.trainingGrowth) - 1.7, 12);
    expect(w.log.at(-1)!.detail).toBe(`internal allocation: +2.3 kGPU/month at cost (expands contract ${first.id} to 4 kGPU/month)`);
  });

  it('runMarket() leaves a lab with no cloud demand out of the market', () => {
    const w = ownedWorld(0);
    market(w);
    expect(w.contracts).toEqual([]);
  });
});

describe('market deals', () => {
  it('runMarket() prices a deal within [0, list price], commits investment only when the lab\'s payment is negative, and sets the exit penalty by the rule', () => {
    for (const autonomy of [0, 0.3, 5]) {
      const w = atMarket(scenario([{ denialWeight: 1 }, {}, {}], { autonomy }));
      market(w);
      const c = w.contracts.find((x) => x.status === 'active' && x.lab === OPENAI)!;
      const list = w.clouds[c.cloud].price;
      expect(c.price).toBeGreaterThanOrEqual(0);
      expect(c.price).toBeLessThanOrEqual(list);
      if (c.investment > 0) expect(c.price).toBe(0);
      expect(c.months).toBe(w.params.contractMonths);
      expect(c.exitPenalty).toBeCloseTo(c.exclusivity >= 2 ? w.params.exitPenaltyMonths * list * c.compute : 0, 12);
      expect(c).toMatchObject({ origin: 'market', public: true, internal: false });
    }
  });

  it('runMarket() expands a pair\'s contract: compute added, price averaged by compute, the scope chosen anew', () => {
    const w = atMarket(scenario([{ denialWeight: 0 }, { denialWeight: 0 }, { denialWeight: 0 }], { autonomy: 0 }));
    const demand = w.labs[OPENAI].cloudDemand;
    // An old rofr contract with aws covering half of demand, at a price of 0.
    const old = signContract(w, terms({ cloud: AWS, compute: demand / 2, price: 0, exclusivity: 1, labValue: 0.125 }));
    w.clouds[AZURE].capacity = 0;
    w.clouds[GCP].capacity = 0;
    market(w);
    const c = w.contracts.at(-1)!;
    expect(old.status).toBe('terminated');
    expect(c.cloud).toBe(AWS);
    const added = c.compute - demand / 2;
    const need = demand * Math.pow(1 + w.params.trainingGrowth, PROCUREMENT_MONTHS / 12) - demand / 2;
    expect(added).toBeCloseTo(Math.min(need, capacityLeft(w, AWS) + c.compute), 9);
    expect(c.exclusivity, 'no denial value and no autonomy: every scope ties, the weakest wins').toBe(0);
    const deal = w.log.at(-1)!;
    expect(deal.detail).toContain(`(expands contract ${old.id} to `);
    // price = (0 × old compute + new price × added) / total compute: at most the list price × added share.
    expect(c.price).toBeLessThanOrEqual(w.clouds[AWS].price * (added / c.compute) + 1e-15);
    expect(c.labValue).toBeGreaterThan(0.125);
  });

  it('runMarket() renegotiates a binding contract only RENEGOTIATION_MONTHS after its last renegotiation', () => {
    const w = atMarket(scenario([], { autonomy: 1e6 }));
    const demand = w.labs[OPENAI].cloudDemand;
    const full = signContract(w, terms({ cloud: AWS, compute: demand * 4, exclusivity: 3, months: 100, exitPenalty: 1e9 }));
    const start = w.t;
    w.t = start + RENEGOTIATION_MONTHS - 1;
    market(w);
    expect(full.exclusivity).toBe(3);
    w.t = start + RENEGOTIATION_MONTHS;
    market(w);
    expect(full.exclusivity).toBe(0);
    expect(full.renegotiated).toBe(start + RENEGOTIATION_MONTHS);
    expect(w.log.find((e) => e.kind === 'relaxation')!.detail)
      .toBe("full -> none: the pair gains from a weaker scope (unmet demand, or the lab's distribution outweighs the cloud's narrative stake)");
  });
});
