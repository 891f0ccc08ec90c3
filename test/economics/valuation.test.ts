/**
 * The valuation at the margin (sim/valuation.ts): a cloud values the change in the share of the
 * lab it hosts (under every scope) and the denial value exclusivity adds, weighted by what rivals
 * could supply; the lab's autonomy cost is the distribution of the clouds it is kept from.
 * One lab (openai), three clouds with ample capacity (test/support/one-lab-market.ts).
 */
import { describe, expect, it } from 'vitest';
import { capacityLeft } from '../../sim/contracts.js';
import { autonomyCost, bestScope, DENIAL_SCOPE, UNMET_EXPOSURE, distribution, narrativeMarket, NO_BASE, pairValue, rivalReach } from '../../sim/valuation.js';
import { usageGrowth } from '../../sim/labs.js';
import type { World } from '../../sim/world.js';
import { atMarket, AWS, AZURE, GCP, OPENAI, scenario } from '../support/one-lab-market.js';

/** narrativeValue_k * (builders still to choose) * wL * T_j: the cloud's value of hosting the whole lab, per month. */
const whole = (w: World, k: number) => w.clouds[k].narrativeValue * narrativeMarket(w) * w.params.wL * w.labs[OPENAI].trafficShare;

describe('narrativeMarket(world)', () => {
  it('narrativeMarket() is the spend not yet adopted plus contestedShare of the adopted spend', () => {
    const w = atMarket(scenario());
    const potential = w.params.builderSpend * usageGrowth(w);
    expect(w.aiMarket).toBeLessThan(potential / 10);
    expect(narrativeMarket(w)).toBeCloseTo(potential - w.aiMarket + w.params.contestedShare * w.aiMarket, 12);
    w.params.contestedShare = 1;
    expect(narrativeMarket(w), 'all builders contested: the whole potential market').toBeCloseTo(potential, 12);
  });

  it('narrativeMarket() shrinks to contestedShare of the spend as the market is adopted, while the lab\'s distribution grows', () => {
    const w = atMarket(scenario());
    const potential = w.params.builderSpend * usageGrowth(w);
    const stake = narrativeMarket(w);
    const reach = distribution(w, AZURE, OPENAI);
    w.aiMarket = potential;
    expect(narrativeMarket(w)).toBeCloseTo(w.params.contestedShare * potential, 12);
    expect(narrativeMarket(w)).toBeLessThan(stake / 5);
    expect(distribution(w, AZURE, OPENAI)).toBeGreaterThan(reach * 10);
  });
});

describe('bestScope(world, cloud, lab, need, available, maxScope, base)', () => {
  it('bestScope() chooses the scope anew from none, whatever the pair\'s current scope', () => {
    const w = atMarket(scenario([{ denialWeight: 0 }]));
    const bound = { compute: 1, scope: 3 as const, listed: true };
    const need = w.labs[OPENAI].computeDemand;
    const best = bestScope(w, AWS, OPENAI, need, capacityLeft(w, AWS), 3, bound);
    expect(best.scope, 'no denial value: nothing pays for the autonomy given up').toBe(0);
    expect(best.surplus).toBeGreaterThan(pairValue(w, AWS, OPENAI, need, capacityLeft(w, AWS), 3, bound).surplus);
  });
});

describe('pairValue(world, cloud, lab, need, available, scope, base)', () => {
  it('pairValue() credits hosting as the share of the lab\'s compute supplied, under every scope; exclusivity adds denial only', () => {
    const w = atMarket(scenario());
    const demand = w.labs[OPENAI].computeDemand;
    const half = demand / 2;
    expect(rivalReach(w, AWS, OPENAI)).toBe(1);
    for (const scope of [0, 1, 2, 3] as const) {
      const value = pairValue(w, AWS, OPENAI, half, capacityLeft(w, AWS), scope, NO_BASE);
      const expected = whole(w, AWS) * (0.5 + w.clouds[AWS].denialWeight * DENIAL_SCOPE[scope]);
      expect(value.cloudValue, `scope ${scope}`).toBeCloseTo(expected, 12);
    }
  });

  it('pairValue() of an expansion counts only the change in hosting, and no new denial at the same scope', () => {
    const w = atMarket(scenario());
    const demand = w.labs[OPENAI].computeDemand;
    const base = { compute: demand / 2, scope: 3 as const, listed: true };
    const expansion = pairValue(w, AWS, OPENAI, demand / 4, capacityLeft(w, AWS), 3, base);
    expect(expansion.cloudValue).toBeCloseTo(whole(w, AWS) * 0.25, 12);
    const full = { compute: demand, scope: 3 as const, listed: true };
    expect(pairValue(w, AWS, OPENAI, demand, capacityLeft(w, AWS), 3, full).cloudValue, 'a lab already wholly hosted adds nothing').toBeCloseTo(0, 12);
  });

  it('pairValue() of a new pairing adds the cloud\'s distribution to the lab; an existing one does not', () => {
    const w = atMarket(scenario());
    const need = w.labs[OPENAI].computeDemand;
    const fresh = pairValue(w, AZURE, OPENAI, need, capacityLeft(w, AZURE), 0, NO_BASE);
    const listed = pairValue(w, AZURE, OPENAI, need, capacityLeft(w, AZURE), 0, { compute: 0, scope: 0, listed: true });
    expect(fresh.labValue - listed.labValue).toBeCloseTo(distribution(w, AZURE, OPENAI), 12);
    expect(distribution(w, AZURE, OPENAI)).toBeGreaterThan(0);
  });

  it('pairValue() charges the lab autonomy * sigma_A * the distribution of every other cloud in prospect (at full adoption), as a change from its current scope', () => {
    const w = atMarket(scenario());
    const need = w.labs[OPENAI].computeDemand;
    const prospect = w.params.builderSpend * usageGrowth(w);
    expect(prospect, 'the market in prospect exceeds today\'s adopted market').toBeGreaterThan(w.aiMarket);
    const elsewhere = (distribution(w, AZURE, OPENAI) + distribution(w, GCP, OPENAI)) * (prospect / w.aiMarket);
    expect(autonomyCost(w, AWS, OPENAI, 3)).toBeCloseTo(w.labs[OPENAI].autonomy * elsewhere, 12);
    expect(autonomyCost(w, AWS, OPENAI, 2)).toBeCloseTo(w.labs[OPENAI].autonomy * 0.6 * elsewhere, 12);
    const none = pairValue(w, AWS, OPENAI, need, capacityLeft(w, AWS), 0, NO_BASE);
    const full = pairValue(w, AWS, OPENAI, need, capacityLeft(w, AWS), 3, NO_BASE);
    expect(none.labValue - full.labValue).toBeCloseTo(autonomyCost(w, AWS, OPENAI, 3), 12);
    const bound = { compute: need, scope: 2 as const, listed: true };
    const upgrade = pairValue(w, AWS, OPENAI, need, capacityLeft(w, AWS), 3, bound);
    const stay = pairValue(w, AWS, OPENAI, need, capacityLeft(w, AWS), 2, bound);
    expect(stay.labValue - upgrade.labValue).toBeCloseTo(autonomyCost(w, AWS, OPENAI, 3) - autonomyCost(w, AWS, OPENAI, 2), 12);
  });

  it('autonomyCost() grows in proportion to the lab\'s traffic share (a bigger lab values its freedom more)', () => {
    const w = atMarket(scenario());
    const cost = autonomyCost(w, AWS, OPENAI, 3);
    w.labs[OPENAI].trafficShare *= 2;
    expect(autonomyCost(w, AWS, OPENAI, 3)).toBeCloseTo(2 * cost, 12);
  });

  it('rivalReach() falls with rivals\' free capacity, so scarcity lowers the denial value of exclusivity', () => {
    const w = atMarket(scenario());
    const demand = w.labs[OPENAI].computeDemand;
    const denial = () => pairValue(w, AWS, OPENAI, demand, capacityLeft(w, AWS), 3, NO_BASE).cloudValue
      - pairValue(w, AWS, OPENAI, demand, capacityLeft(w, AWS), 0, NO_BASE).cloudValue;
    const ample = denial();
    for (const k of [AZURE, GCP]) w.clouds[k].capacity = capacityLeft(w, k) > 0 ? w.clouds[k].capacity - capacityLeft(w, k) + demand / 8 : w.clouds[k].capacity;
    expect(rivalReach(w, AWS, OPENAI)).toBeCloseTo(0.25, 9);
    expect(denial()).toBeCloseTo(ample * 0.25, 12);
  });
});

describe('pairValue(): exposure to unmet demand', () => {
  it('pairValue() charges unmetCost * cost * sigma_U only for the need beyond what the cloud has now plus half a year of its growth', () => {
    const w = atMarket(scenario());
    const k = w.clouds[AWS];
    const growth = (k.capacity * k.capexGrowthMax) / 2;
    const available = 1;
    const need = available + growth + 2;
    const none = pairValue(w, AWS, OPENAI, need, available, 0, NO_BASE);
    const full = pairValue(w, AWS, OPENAI, need, available, 3, NO_BASE);
    const expected = autonomyCost(w, AWS, OPENAI, 3) + w.params.unmetCost * k.unitCost * 2 * UNMET_EXPOSURE[3];
    expect(none.labValue - full.labValue).toBeCloseTo(expected, 12);
    const within = pairValue(w, AWS, OPENAI, available + growth, available, 3, NO_BASE);
    const withinNone = pairValue(w, AWS, OPENAI, available + growth, available, 0, NO_BASE);
    expect(withinNone.labValue - within.labValue, 'a host that builds into the need within the horizon exposes nothing').toBeCloseTo(autonomyCost(w, AWS, OPENAI, 3), 12);
  });
});
