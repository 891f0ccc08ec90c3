/**
 * The month's money and delivery on hand-built worlds: sim/accounts.ts (payments, builder revenue,
 * cash, funding, utilisation, unmet ratio), sim/clouds.ts (delivery within capacity, bound
 * demand, builders' spend) and the demand side of sim/labs.ts. Small scenario: aws, azure, gcp
 * (capacity 20 / 10 / 8); openai, deepmind (owned by gcp), anthropic (inactive).
 */
import { describe, expect, it } from 'vitest';
import { openBooks, settleAccounts } from '../sim/accounts.js';
import { boundDemand, builderSpend, capexCost, serveContracts } from '../sim/clouds.js';
import { signContract, type ContractTerms } from '../sim/contracts.js';
import { initWorld } from '../sim/init.js';
import { adoptedSpend, computePrice, monthlyBudget, updateLabs, updateTrafficShares, usageGrowth } from '../sim/labs.js';
import type { World } from '../sim/world.js';
import { smallScenario } from './support/small-scenario.js';
import { ANTHROPIC, AWS, AZURE, DEEPMIND, GCP, OPENAI, marketTerms, monthFiveWorld } from './support/hand-built-world.js';

const world = monthFiveWorld;

function terms(fields: Partial<ContractTerms> = {}): ContractTerms {
  return marketTerms({ price: 0.5, ...fields });
}

/** Sets a lab's demand: total, training part and the part bought from clouds. */
const demand = (w: World, lab: number, compute: number, cloud = compute, training = 0) =>
  Object.assign(w.labs[lab], { computeDemand: compute, cloudDemand: cloud, trainingDemand: training });

describe('serveContracts(world)', () => {
  it('serveContracts() delivers every contract within capacity, pro rata when oversubscribed, and sets compute held and unmet demand', () => {
    const w = world();
    demand(w, OPENAI, 20, 16);
    demand(w, DEEPMIND, 4, 4);
    const a = signContract(w, terms({ cloud: GCP, compute: 12 }));
    const b = signContract(w, terms({ cloud: GCP, lab: DEEPMIND, compute: 4 }));
    const c = signContract(w, terms({ cloud: AWS, compute: 2 }));
    const ended = signContract(w, terms({ cloud: AZURE, compute: 5 }));
    ended.status = 'expired';
    w.clouds[AZURE].delivered = 7;
    serveContracts(w);
    // gcp: 16 contracted on capacity 8 -> half of each contract.
    expect([a.delivered, b.delivered, c.delivered, ended.delivered]).toEqual([6, 2, 2, 0]);
    expect(w.clouds.map((k) => k.delivered)).toEqual([2, 0, 8]);
    // openai holds its own 20 - 16 = 4 plus 6 + 2 delivered, of a demand of 20.
    expect(w.labs[OPENAI].computeHeld).toBe(12);
    expect(w.labs[OPENAI].unmetDemand).toBeCloseTo(0.4, 12);
    expect(w.labs[DEEPMIND].computeHeld).toBe(2);
    expect(w.labs[DEEPMIND].unmetDemand).toBeCloseTo(0.5, 12);
    expect(w.labs[ANTHROPIC]).toMatchObject({ computeHeld: 0, unmetDemand: 0 });
  });

  it('serveContracts() gives a lab with no demand, or more compute than it needs, no unmet demand', () => {
    const w = world();
    demand(w, OPENAI, 2, 2);
    demand(w, DEEPMIND, 0, 0);
    signContract(w, terms({ compute: 5 }));
    serveContracts(w);
    expect(w.labs[OPENAI].unmetDemand).toBe(0);
    expect(w.labs[DEEPMIND].unmetDemand).toBe(0);
  });
});

describe('boundDemand(world)', () => {
  it('boundDemand() books each active lab\'s whole cloud demand on the cloud of its binding contract', () => {
    const w = world();
    demand(w, OPENAI, 10, 6);
    demand(w, DEEPMIND, 3, 3);
    demand(w, ANTHROPIC, 5, 5);
    signContract(w, terms({ cloud: AZURE, exclusivity: 2 }));
    signContract(w, terms({ cloud: AWS, lab: DEEPMIND, exclusivity: 1 }));
    signContract(w, terms({ cloud: GCP, lab: ANTHROPIC, exclusivity: 3 }));
    expect([...boundDemand(w)]).toEqual([0, 6, 0]);
  });
});

describe('settleAccounts(world)', () => {
  it('settleAccounts() books payments delivered × price as AI revenue, an owned lab\'s as internal transfer', () => {
    const w = world();
    openBooks(w);
    const a = signContract(w, terms({ cloud: AWS, compute: 4, price: 0.5 }));
    const b = signContract(w, terms({ cloud: GCP, lab: DEEPMIND, compute: 2, price: 0.25, internal: true }));
    const ended = signContract(w, terms({ cloud: AZURE, compute: 2, price: 1 }));
    a.delivered = 4;
    b.delivered = 2;
    ended.delivered = 3;
    ended.status = 'expired';
    settleAccounts(w);
    expect(w.clouds[AWS].labRevenue).toBeCloseTo(2, 12);
    expect(w.clouds[GCP].labRevenue).toBe(0);
    expect(w.clouds[GCP].internalTransfer).toBeCloseTo(0.5, 12);
    expect(w.clouds[AZURE].labRevenue).toBe(0);
    expect(w.labs[OPENAI].computeSpend).toBeCloseTo(2, 12);
    expect(w.labs[DEEPMIND].computeSpend).toBeCloseTo(0.5, 12);
  });

  it('settleAccounts() splits builders\' spend by spend share and traffic share, and moves cash and funding', () => {
    const w = world();
    openBooks(w);
    w.params.cashMargin = 0.4;
    Object.assign(w.clouds[AWS], { spendShare: 0.5, cash: 1 });
    Object.assign(w.clouds[AZURE], { spendShare: 0.3, cash: 0 });
    Object.assign(w.clouds[GCP], { spendShare: 0.2, cash: 2, balanceSheet: 50 });
    Object.assign(w.labs[OPENAI], { trafficShare: 0.6, funding: 10 });
    Object.assign(w.labs[DEEPMIND], { trafficShare: 0.4, funding: 123 });
    Object.assign(w.labs[ANTHROPIC], { trafficShare: 0.1, funding: 7, revenue: 9 });
    signContract(w, terms({ cloud: AWS, compute: 4, price: 0.5 })).delivered = 4;
    signContract(w, terms({ cloud: GCP, lab: DEEPMIND, compute: 2, price: 0.25, internal: true })).delivered = 2;
    const spend = builderSpend(w);
    expect(spend).toBeGreaterThan(0);
    settleAccounts(w);
    expect(w.aiMarket).toBe(spend);
    expect(w.clouds[AWS].builderRevenue).toBeCloseTo(0.5 * spend, 12);
    expect(w.clouds[AWS].cash).toBeCloseTo(1 + 0.4 * (2 + 0.5 * spend), 12);
    expect(w.clouds[AZURE].cash).toBeCloseTo(0.4 * 0.3 * spend, 12);
    // openai: its traffic's share of builders' spend in, its compute bill out.
    expect(w.labs[OPENAI].revenue).toBeCloseTo(0.6 * spend, 12);
    expect(w.labs[OPENAI].funding).toBeCloseTo(10 + 0.6 * spend - 2, 12);
    // deepmind is consolidated: its revenue goes to gcp's cash, its funding is gcp's cash + balance sheet.
    const gcpCash = 2 + 0.4 * (0.2 * spend) + 0.4 * spend;
    expect(w.clouds[GCP].cash).toBeCloseTo(gcpCash, 12);
    expect(w.labs[DEEPMIND].funding).toBeCloseTo(gcpCash + 50, 12);
    // anthropic is inactive: no revenue, funding untouched.
    expect(w.labs[ANTHROPIC].revenue).toBe(0);
    expect(w.labs[ANTHROPIC].funding).toBe(7);
  });

  it('settleAccounts() pays investment tranches, and an owned lab\'s tranche returns to its owner', () => {
    const w = world();
    openBooks(w);
    w.params.cashMargin = 0;
    signContract(w, terms({ cloud: AWS, compute: 0, investment: 10, months: 5 }));
    signContract(w, terms({ cloud: GCP, lab: DEEPMIND, compute: 0, investment: 4, months: 4 }));
    const funding = w.labs[OPENAI].funding;
    settleAccounts(w);
    expect(w.clouds[AWS].cash).toBeCloseTo(-2, 12);
    expect(w.labs[OPENAI].funding).toBeCloseTo(funding + 2 + w.labs[OPENAI].revenue, 12);
    expect(w.labs[DEEPMIND].investmentReceived).toBeCloseTo(1, 12);
    expect(w.clouds[GCP].cash).toBeCloseTo(w.labs[DEEPMIND].revenue, 12);
  });

  it('settleAccounts() gives an inactive cloud no builder revenue, and sets utilisation and the primary-unmet ratio', () => {
    const w = world();
    openBooks(w);
    w.clouds[AZURE].active = false;
    w.clouds[AZURE].spendShare = 0.3;
    Object.assign(w.clouds[AWS], { delivered: 5 });
    w.clouds[GCP].capacity = 0;
    Object.assign(w.labs[OPENAI], { primaryCloud: AWS, cloudDemand: 6, unmetDemand: 0.5 });
    Object.assign(w.labs[DEEPMIND], { primaryCloud: AWS, cloudDemand: 2, unmetDemand: 0.1 });
    Object.assign(w.labs[ANTHROPIC], { primaryCloud: AWS, cloudDemand: 100, unmetDemand: 1 });
    settleAccounts(w);
    expect(w.clouds[AZURE].builderRevenue).toBe(0);
    expect(w.clouds[AWS].utilization).toBeCloseTo(0.25, 12);
    expect(w.clouds[GCP].utilization).toBe(0);
    expect(w.clouds[AWS].unmet).toBeCloseTo((6 * 0.5 + 2 * 0.1) / 8, 12);
    expect(w.clouds[AZURE].unmet).toBe(0);
  });

  it('openBooks() clears the month\'s flows of every cloud and lab', () => {
    const w = world();
    Object.assign(w.clouds[AWS], { labRevenue: 1, internalTransfer: 2, capexSpend: 3, investmentPaid: 4 });
    Object.assign(w.labs[OPENAI], { computeSpend: 5, investmentReceived: 6 });
    openBooks(w);
    expect(w.clouds[AWS]).toMatchObject({ labRevenue: 0, internalTransfer: 0, capexSpend: 0, investmentPaid: 0 });
    expect(w.labs[OPENAI]).toMatchObject({ computeSpend: 0, investmentReceived: 0 });
  });
});

describe('builders\' spend and labs\' demand', () => {
  it('adoptedSpend() is the spend-weighted share of builders who adopted; builderSpend() scales it by builderSpend and usage growth', () => {
    const w = world();
    const spend = [1, 5, 50];
    w.populationSpec.types.developer.spend = 1;
    w.populationSpec.types.startup.spend = 5;
    w.populationSpec.types.enterprise.spend = 50;
    w.population.typeSize.set([100, 20, 2]);
    w.population.adopted.set([10, 4, 1]);
    const expected = (10 * spend[0] + 4 * spend[1] + 1 * spend[2]) / (100 * spend[0] + 20 * spend[1] + 2 * spend[2]);
    expect(adoptedSpend(w)).toBeCloseTo(expected, 12);
    w.params.inferenceGrowth = 1;
    w.t = 18;
    expect(usageGrowth(w)).toBeCloseTo(Math.pow(2, 1.5), 12);
    expect(builderSpend(w)).toBeCloseTo(w.params.builderSpend * expected * Math.pow(2, 1.5), 12);
    w.population.typeSize.fill(0);
    expect(adoptedSpend(w)).toBe(0);
  });

  it('computePrice() is the mean list price of active clouds, an owned lab\'s its owner\'s unit cost; monthlyBudget() is revenue + funding / runway', () => {
    const w = world();
    w.clouds[AWS].price = 0.3;
    w.clouds[AZURE].price = 0.5;
    w.clouds[GCP].price = 100;
    w.clouds[GCP].active = false;
    expect(computePrice(w, OPENAI)).toBeCloseTo(0.4, 12);
    expect(computePrice(w, DEEPMIND)).toBe(w.clouds[GCP].unitCost);
    w.params.runwayMonths = 20;
    Object.assign(w.labs[OPENAI], { revenue: 1, funding: 10 });
    expect(monthlyBudget(w, OPENAI)).toBeCloseTo(1.5, 12);
    w.labs[OPENAI].funding = -10;
    expect(monthlyBudget(w, OPENAI)).toBe(1);
  });

  it('updateTrafficShares() blends normalised builder spend and consumer appeal × capability^sharpness by consumerWeight', () => {
    const w = world();
    w.params.consumerWeight = 0.25;
    w.params.consumerSharpness = 2;
    const L = w.labs.length;
    w.population.labCounts.fill(0);
    // openai: 10 developers (spend 1) + 1 enterprise (spend 50); deepmind: 20 startups (spend 5).
    w.population.labCounts[0 * L + OPENAI] = 10;
    w.population.labCounts[2 * L + OPENAI] = 1;
    w.population.labCounts[1 * L + DEEPMIND] = 20;
    w.population.labCounts[0 * L + ANTHROPIC] = 1000;
    Object.assign(w.labs[OPENAI], { capability: 2, consumerAppeal: 1 });
    Object.assign(w.labs[DEEPMIND], { capability: 1, consumerAppeal: 2 });
    const types = w.populationSpec.types;
    const builders = [10 * types.developer.spend + types.enterprise.spend, 20 * types.startup.spend];
    const consumers = [1 * 4, 2 * 1];
    updateTrafficShares(w);
    for (const lab of [OPENAI, DEEPMIND]) {
      const builderShare = builders[lab] / (builders[0] + builders[1]);
      const consumerShare = consumers[lab] / 6;
      expect(w.labs[lab].builderShare).toBeCloseTo(builderShare, 12);
      expect(w.labs[lab].consumerShare).toBeCloseTo(consumerShare, 12);
      expect(w.labs[lab].trafficShare).toBeCloseTo(0.75 * builderShare + 0.25 * consumerShare, 12);
    }
    expect(w.labs[ANTHROPIC]).toMatchObject({ builderShare: 0, consumerShare: 0, trafficShare: 0 });
  });

  it('updateTrafficShares() with no builders uses the consumer share for both', () => {
    const w = world();
    w.population.labCounts.fill(0);
    updateTrafficShares(w);
    expect(w.labs[OPENAI].builderShare).toBe(w.labs[OPENAI].consumerShare);
    expect(w.labs[OPENAI].trafficShare).toBeCloseTo(w.labs[OPENAI].consumerShare, 12);
    expect(w.labs[OPENAI].trafficShare + w.labs[DEEPMIND].trafficShare).toBeCloseTo(1, 12);
  });

  it('updateTrafficShares() stays finite when capability^sharpness overflows (softmax in log space)', () => {
    const w = world();
    w.population.labCounts.fill(0);
    w.params.consumerSharpness = 400;
    Object.assign(w.labs[OPENAI], { capability: 10, consumerAppeal: 1 });
    Object.assign(w.labs[DEEPMIND], { capability: 5, consumerAppeal: 1 });
    updateTrafficShares(w);
    // 10^400 overflows; the ratio (5/10)^400 = 2^-400 is what is left for deepmind.
    expect(w.labs[OPENAI].consumerShare).toBeCloseTo(1, 12);
    expect(w.labs[DEEPMIND].consumerShare).toBeCloseTo(Math.pow(2, -400), 130);
    expect(w.labs[DEEPMIND].consumerShare).toBeGreaterThan(0);
    expect(w.labs[ANTHROPIC].consumerShare).toBe(0);
  });

  it('updateLabs() sets demand = training + inference per builder × adopted spend × usage growth × traffic share, cloud demand net of self-build', () => {
    const w = world();
    w.params.inferencePerBuilder = 40;
    w.labs[OPENAI].funding = 1e9;
    w.labs[OPENAI].selfBuild = 0.25;
    updateLabs(w);
    const inference = 40 * adoptedSpend(w) * usageGrowth(w) * w.labs[OPENAI].trafficShare;
    const lab = w.labs[OPENAI];
    expect(inference).toBeGreaterThan(0);
    expect(lab.computeDemand).toBeCloseTo(lab.trainingDemand + inference, 12);
    expect(lab.cloudDemand).toBeCloseTo(lab.computeDemand * 0.75, 12);
    expect(w.labs[ANTHROPIC]).toMatchObject({ computeDemand: 0, cloudDemand: 0 });
    expect(capexCost(w, AWS)).toBeCloseTo(w.clouds[AWS].unitCost * w.params.capexMonths, 15);
  });
});

describe('settleAccounts(world): owners and inactive labs', () => {
  it('settleAccounts() consolidates a lab owned by cloud 0 too, and leaves an inactive lab\'s funding alone even when it was billed', () => {
    const s = smallScenario();
    s.labs[0] = { ...s.labs[0], owner: 'aws' };
    const w = initWorld(s, 7, 0);
    w.t = 5;
    openBooks(w);
    w.params.cashMargin = 0;
    Object.assign(w.labs[OPENAI], { trafficShare: 0.5 });
    Object.assign(w.labs[DEEPMIND], { trafficShare: 0.5 });
    Object.assign(w.labs[ANTHROPIC], { funding: 7 });
    signContract(w, terms({ cloud: AZURE, lab: ANTHROPIC, compute: 2, price: 1 })).delivered = 2;
    settleAccounts(w);
    expect(w.labs[OPENAI].ownerIndex).toBe(AWS);
    expect(w.clouds[AWS].cash).toBeCloseTo(w.labs[OPENAI].revenue, 12);
    expect(w.labs[OPENAI].funding).toBeCloseTo(w.clouds[AWS].cash + w.clouds[AWS].balanceSheet, 12);
    expect(w.labs[ANTHROPIC].computeSpend).toBe(2);
    expect(w.labs[ANTHROPIC].funding).toBe(7);
  });
});
