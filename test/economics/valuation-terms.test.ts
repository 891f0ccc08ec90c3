/**
 * Each term of sim/valuation.ts pinned as a closed form, so a changed formula fails: the lab's
 * value (compute value, new distribution, autonomy cost, unmet demand under exclusivity), the
 * cloud's cost and the joint surplus; the hosting share with self-built and other clouds' compute;
 * rivals' reach; the scope search of bestScope. One lab (openai), three clouds with ample capacity
 * (test/support/one-lab-market.ts).
 */
import { describe, expect, it } from 'vitest';
import { usageGrowth } from '../../sim/labs.js';
import { signContract } from '../../sim/contracts.js';
import {
  AUTONOMY_SCOPE, autonomyCost, bestScope, DENIAL_SCOPE, distribution, narrativeMarket, NO_BASE, pairBase, pairValue, rivalReach, UNMET_EXPOSURE,
} from '../../sim/valuation.js';
import type { Scope, World } from '../../sim/world.js';
import { atMarket, AWS, AZURE, GCP, OPENAI, scenario } from '../support/one-lab-market.js';

/** narrativeValue_k * narrativeMarket * wL * T_j: the cloud's value of hosting the whole lab, per month. */
const whole = (w: World, k: number) => w.clouds[k].narrativeValue * narrativeMarket(w) * w.params.wL * w.labs[OPENAI].trafficShare;

const sign = (w: World, cloud: number, compute: number, exclusivity: Scope = 0) => signContract(w, {
  cloud, lab: OPENAI, months: 24, compute, price: 0, investment: 0, upfront: false, exclusivity, exitPenalty: 0,
  public: true, origin: 'market', internal: false, labValue: 0,
});

describe('the scope tables', () => {
  it('AUTONOMY_SCOPE, DENIAL_SCOPE and UNMET_EXPOSURE rise from 0 (none) to 1 (full)', () => {
    expect(AUTONOMY_SCOPE).toEqual([0, 0.25, 0.6, 1]);
    expect(DENIAL_SCOPE).toEqual([0, 0.5, 0.8, 1]);
    expect(UNMET_EXPOSURE).toEqual([0, 0.3, 0.7, 1]);
  });
});

describe('pairValue(): the lab\'s value, the cost and the surplus', () => {
  it('pairValue() gives the lab computeValue × cost × supply + distribution − autonomy cost − unmetCost × cost × shortfall × exposure', () => {
    const w = atMarket(scenario());
    const unitCost = w.clouds[AWS].unitCost;
    // The shortfall is the need beyond supply and half a year of the cloud's growth bound.
    const growth = (w.clouds[AWS].capacity * w.clouds[AWS].capexGrowthMax) / 2;
    const demand = 4 * growth;
    const available = demand / 4;
    for (const scope of [0, 1, 2, 3] as const) {
      const value = pairValue(w, AWS, OPENAI, demand, available, scope, NO_BASE);
      const shortfall = demand - available - growth;
      expect(shortfall).toBeGreaterThan(0);
      const labValue = w.params.computeValue * unitCost * available + distribution(w, AWS, OPENAI)
        - autonomyCost(w, AWS, OPENAI, scope) - w.params.unmetCost * unitCost * shortfall * UNMET_EXPOSURE[scope];
      expect(value.supply, `scope ${scope}`).toBe(available);
      expect(value.labValue, `scope ${scope}`).toBeCloseTo(labValue, 12);
      expect(value.cost, `scope ${scope}`).toBeCloseTo(unitCost * available, 15);
      expect(value.surplus, `scope ${scope}`).toBeCloseTo(value.labValue + value.cloudValue - value.cost, 12);
      expect(value).toMatchObject({ cloud: AWS, lab: OPENAI, scope });
    }
  });

  it('pairValue() has no shortfall when the cloud can supply the whole need', () => {
    const w = atMarket(scenario());
    const need = w.labs[OPENAI].computeDemand / 2;
    const value = pairValue(w, AWS, OPENAI, need, 10 * need, 3, NO_BASE);
    expect(value.supply).toBe(need);
    expect(value.labValue).toBeCloseTo(w.params.computeValue * w.clouds[AWS].unitCost * need
      + distribution(w, AWS, OPENAI) - autonomyCost(w, AWS, OPENAI, 3), 12);
  });
});

describe('pairValue(): the hosting share', () => {
  it('pairValue() counts the lab\'s self-built compute in the denominator of the hosting share', () => {
    const w = atMarket(scenario());
    const demand = w.labs[OPENAI].computeDemand;
    w.labs[OPENAI].cloudDemand = demand / 2;
    // supply 3/4 of demand, with 1/2 self-built: the lab's compute is 5/4 of its demand, aws hosts 3/5 of it.
    const value = pairValue(w, AWS, OPENAI, 0.75 * demand, 10 * demand, 0, NO_BASE);
    expect(value.cloudValue).toBeCloseTo(whole(w, AWS) * 0.6, 12);
    const small = pairValue(w, AWS, OPENAI, 0.25 * demand, 10 * demand, 0, NO_BASE);
    expect(small.cloudValue, 'within demand: the share of demand').toBeCloseTo(whole(w, AWS) * 0.25, 12);
  });

  it('pairValue() with the pair\'s contract as base counts other clouds\' contracts and the change from the servable base', () => {
    const w = atMarket(scenario());
    const demand = w.labs[OPENAI].computeDemand;
    sign(w, AWS, demand / 4, 1);
    sign(w, AZURE, demand / 2);
    const base = pairBase(w, AWS, OPENAI);
    expect(base).toEqual({ compute: demand / 4, scope: 1, listed: true });
    // before 1/4 of demand; after 3/4 against 3/4 + 1/2 elsewhere = 3/5.
    const value = pairValue(w, AWS, OPENAI, demand / 2, 10 * demand, 1);
    expect(value.cloudValue).toBeCloseTo(whole(w, AWS) * (0.6 - 0.25), 12);
    expect(value.labValue, 'no new distribution from a cloud it is on').toBeCloseTo(w.params.computeValue * w.clouds[AWS].unitCost * demand / 2, 12);
  });

  it('pairBase() is NO_BASE without an active contract', () => {
    const w = atMarket(scenario());
    expect(pairBase(w, AZURE, OPENAI)).toBe(NO_BASE);
    expect(NO_BASE).toEqual({ compute: 0, scope: 0, listed: false });
  });
});

describe('distribution() and rivalReach()', () => {
  it('distribution() is distributionValue × traffic share × AI market × spend share × enterprise reach, 0 for an inactive cloud', () => {
    const w = atMarket(scenario());
    const k = w.clouds[GCP];
    expect(distribution(w, GCP, OPENAI)).toBeCloseTo(w.params.distributionValue * w.labs[OPENAI].trafficShare * w.aiMarket * k.spendShare * k.enterpriseReach, 15);
    k.active = false;
    expect(distribution(w, GCP, OPENAI)).toBe(0);
  });

  it('rivalReach() leaves out inactive and forbidden rivals and the self-built part of demand', () => {
    const w = atMarket(scenario());
    const lab = w.labs[OPENAI];
    lab.computeDemand = 8;
    lab.cloudDemand = 6;
    for (const k of [AWS, AZURE, GCP]) w.clouds[k].capacity = 100;
    expect(rivalReach(w, AWS, OPENAI)).toBeCloseTo(0.75, 12);
    w.clouds[AZURE].capacity = 1;
    w.clouds[GCP].capacity = 2;
    expect(rivalReach(w, AWS, OPENAI)).toBeCloseTo(3 / 8, 12);
    sign(w, GCP, 1.5);
    expect(rivalReach(w, AWS, OPENAI), 'contracted capacity is not free').toBeCloseTo(1.5 / 8, 12);
    w.clouds[AZURE].active = false;
    expect(rivalReach(w, AWS, OPENAI)).toBeCloseTo(0.5 / 8, 12);
    w.forbidden.set(`${GCP}:${OPENAI}`, Infinity);
    expect(rivalReach(w, AWS, OPENAI)).toBe(0);
    w.clouds[GCP].capacity = 0;
    w.forbidden.clear();
    w.clouds[AZURE].active = true;
    expect(rivalReach(w, AWS, OPENAI), 'an oversubscribed rival has nothing free').toBeCloseTo(1 / 8, 12);
    lab.computeDemand = 0;
    expect(rivalReach(w, AWS, OPENAI)).toBe(0);
  });

  it('pairValue() scales denial by denialWeight × (σ_D(scope) − σ_D(base scope)) × rival reach', () => {
    const w = atMarket(scenario());
    const demand = w.labs[OPENAI].computeDemand;
    const base = { compute: demand, scope: 1 as Scope, listed: true };
    const value = pairValue(w, AWS, OPENAI, 0, 10, 3, base);
    expect(value.cloudValue).toBeCloseTo(whole(w, AWS) * w.clouds[AWS].denialWeight * (1 - 0.5) * rivalReach(w, AWS, OPENAI), 12);
  });
});

describe('bestScope(world, cloud, lab, need, available, maxScope, base)', () => {
  it('bestScope() takes the strongest scope when exclusivity only adds value, within maxScope', () => {
    const w = atMarket(scenario([], { autonomy: 0 }));
    const need = w.labs[OPENAI].computeDemand;
    expect(bestScope(w, AWS, OPENAI, need, 10 * need, 3, NO_BASE).scope).toBe(3);
    expect(bestScope(w, AWS, OPENAI, need, 10 * need, 2, NO_BASE).scope).toBe(2);
    expect(bestScope(w, AWS, OPENAI, need, 10 * need, 0, NO_BASE).scope).toBe(0);
    const best = bestScope(w, AWS, OPENAI, need, 10 * need, 3, NO_BASE);
    expect(best).toEqual(pairValue(w, AWS, OPENAI, need, 10 * need, 3, NO_BASE));
  });

  it('bestScope() takes the weakest scope when autonomy outweighs denial, from none whatever the pair holds now', () => {
    const w = atMarket(scenario([], { autonomy: 1e6 }));
    const need = w.labs[OPENAI].computeDemand;
    expect(bestScope(w, AWS, OPENAI, need, 10 * need, 3, NO_BASE).scope).toBe(0);
    const bound = { compute: need / 2, scope: 2 as Scope, listed: true };
    expect(bestScope(w, AWS, OPENAI, need / 2, 10 * need, 3, bound).scope, 'the scope can fall').toBe(0);
  });

  it('bestScope() breaks ties toward the weaker scope', () => {
    // azure has no denial weight; with no autonomy and no shortfall every scope is worth the same.
    const w = atMarket(scenario([], { autonomy: 0 }));
    const need = w.labs[OPENAI].computeDemand;
    const values = [0, 1, 2, 3].map((s) => pairValue(w, AZURE, OPENAI, need, 10 * need, s as Scope, NO_BASE).surplus);
    for (const v of values) expect(v).toBeCloseTo(values[0], 12);
    expect(bestScope(w, AZURE, OPENAI, need, 10 * need, 3, NO_BASE).scope).toBe(0);
  });

  it('bestScope() picks an interior scope when the surplus peaks there', () => {
    // aws values denial; at autonomy a, scope s adds whole × 0.5 × σ_D(s) and costs a × σ_A(s) × elsewhere.
    const w = atMarket(scenario([], { autonomy: 0 }));
    const need = w.labs[OPENAI].computeDemand;
    // The lab prices its freedom on the market in prospect (builders' spend at full adoption).
    const prospect = w.params.builderSpend * usageGrowth(w);
    const elsewhere = (distribution(w, AZURE, OPENAI) + distribution(w, GCP, OPENAI)) * (prospect / w.aiMarket);
    const gain = whole(w, AWS) * w.clouds[AWS].denialWeight * rivalReach(w, AWS, OPENAI);
    // Marginal denial gains 0.5, 0.3, 0.2 per unit of `gain`; autonomy costs 0.25, 0.35, 0.4 per unit a × elsewhere.
    // With a × elsewhere = gain: rofr +0.25, inference −0.05, full −0.2 -> rofr is best.
    w.labs[OPENAI].autonomy = gain / elsewhere;
    const values = [0, 1, 2, 3].map((s) => pairValue(w, AWS, OPENAI, need, 10 * need, s as Scope, NO_BASE).surplus);
    expect(values[1] - values[0]).toBeCloseTo(0.25 * gain, 12);
    expect(bestScope(w, AWS, OPENAI, need, 10 * need, 3, NO_BASE).scope).toBe(1);
  });
});
