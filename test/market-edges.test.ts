/**
 * The rare states of sim/market.ts, on hand-built worlds: expiry, the policy cap and
 * renegotiation touch only the active contracts of the lab in turn; endogenous defection at its
 * boundaries (the margin equal to the exit penalty, acrimony at 0.5, an owner of index 0, the
 * tenure of RENEGOTIATION_MONTHS, rivals that are inactive, forbidden or full) and the exact
 * cooling-off it leaves. market-rules.test.ts and defection.test.ts hold the main cases.
 */
import { describe, expect, it } from 'vitest';
import { capacityLeft, contractedCompute, endContract, signContract } from '../sim/contracts.js';
import { applyScheduledEvents } from '../sim/events/index.js';
import { updateLabs } from '../sim/labs.js';
import { investable, labPower, RENEGOTIATION_MONTHS, runMarket } from '../sim/market.js';
import { eligibleClouds } from '../sim/eligibility.js';
import { createRng } from '../sim/rng.js';
import { step } from '../sim/step.js';
import { bestScope, NO_BASE } from '../sim/valuation.js';
import { initWorld } from '../sim/init.js';
import type { Contract, Scope, World } from '../sim/world.js';
import { ANTHROPIC, AWS, AZURE, DEEPMIND, GCP, marketTerms, monthFiveWorld, OPENAI } from './support/hand-built-world.js';
import { atMarket, scenario } from './support/one-lab-market.js';

const market = (w: World) => runMarket(w, createRng(w.seed, 'market', w.t));

/** Month 5 with no lab shopping (no cloud demand), so only the contract rules act. */
function quietWorld(): World {
  const w = monthFiveWorld();
  for (const lab of w.labs) lab.cloudDemand = 0;
  return w;
}

describe('runMarket(): only active contracts expire, are capped or renegotiated', () => {
  it('runMarket() leaves a contract that already ended (defected) as it was, past its term too', () => {
    const w = quietWorld();
    w.t = 0;
    const c = signContract(w, marketTerms({ months: 3, exclusivity: 3 }));
    w.t = 1;
    endContract(w, c, 'defected', 'left');
    w.t = 5;
    w.maxExclusivity = 1;
    market(w);
    expect(c).toMatchObject({ status: 'defected', end: 1, endReason: 'left', exclusivity: 3 });
    expect(w.log.filter((e) => e.kind === 'contract_end' || e.kind === 'relaxation')).toEqual([]);
  });

  it('runMarket() renegotiates neither an ended exclusive contract nor one of a lab not in the market', () => {
    const w = quietWorld();
    w.labs[OPENAI].autonomy = 1e6;
    w.labs[ANTHROPIC].autonomy = 1e6;
    // Distribution to give up elsewhere, so that any exclusivity costs the lab.
    w.aiMarket = 10;
    for (const cloud of w.clouds) Object.assign(cloud, { spendShare: 1 / 3, enterpriseReach: 0.5 });
    w.labs[OPENAI].trafficShare = 1;
    w.t = 0;
    const ended = signContract(w, marketTerms({ lab: OPENAI, compute: 1, exclusivity: 3, months: 100 }));
    const inactive = signContract(w, marketTerms({ lab: ANTHROPIC, cloud: AZURE, compute: 1, exclusivity: 3, months: 100 }));
    const live = signContract(w, marketTerms({ lab: OPENAI, cloud: AZURE, compute: 1, exclusivity: 3, months: 100 }));
    endContract(w, ended, 'terminated', 'test');
    expect(w.labs[ANTHROPIC].active).toBe(false);
    w.t = RENEGOTIATION_MONTHS;
    market(w);
    expect(live.exclusivity, 'the live one is relaxed: autonomy makes any exclusivity a loss').toBe(0);
    expect(ended.exclusivity).toBe(3);
    expect(inactive.exclusivity).toBe(3);
    expect(w.log.filter((e) => e.kind === 'relaxation').map((e) => e.lab)).toEqual(['openai']);
  });
});

describe('runMarket(): endogenous defection at its boundaries', () => {
  /** openai bound to a weak gcp (full, 60 months, from month 0) with exit penalty 0; aws is the strong rival (as in defection.test.ts). */
  const bound = (acrimony = 0.8) => scenario(
    [{ narrativeValue: 20, enterpriseReach: 0.9 }, {}, { narrativeValue: 1, enterpriseReach: 0.1, denialWeight: 3 }],
    { autonomy: 0, acrimony },
    [{ kind: 'deal', date: '2016-01', cloud: 'gcp', lab: 'openai', compute: 10, months: 60, price: null, investment: 0, exclusivity: 'full', exitPenalty: 0, public: true }],
  );

  /** The world of `bound()` at month t, up to its market, with the binding gcp contract. */
  function beforeMarket(t: number, acrimony?: number): { w: World; binding: Contract } {
    const w = initWorld(bound(acrimony), 7, 0);
    for (w.t = 0; w.t < t; w.t++) step(w);
    applyScheduledEvents(w);
    updateLabs(w);
    const binding = w.contracts.find((c) => c.status === 'active' && c.lab === OPENAI && c.exclusivity >= 2)!;
    expect(binding.cloud).toBe(GCP);
    return { w, binding };
  }

  /** (best rival surplus − incumbent's best) × months left, as the market computes it. */
  function margin(w: World, binding: Contract): number {
    const need = Math.max(0, w.labs[OPENAI].cloudDemand - (contractedCompute(w, OPENAI) - binding.compute));
    const incumbent = bestScope(w, GCP, OPENAI, need, binding.compute + capacityLeft(w, GCP), w.maxExclusivity, NO_BASE).surplus;
    const rival = Math.max(...[AWS, AZURE].map((k) => bestScope(w, k, OPENAI, need, capacityLeft(w, k), w.maxExclusivity).surplus));
    return (rival - incumbent) * (binding.start + binding.months - w.t);
  }

  const defected = (w: World, binding: Contract) => w.contracts.find((c) => c.id === binding.id)!.status === 'defected';

  it('runMarket() keeps the deal when the margin equals the exit penalty exactly, and defects just above it', () => {
    const at = beforeMarket(12);
    const m = margin(at.w, at.binding);
    expect(m).toBeGreaterThan(0);
    const equal = structuredClone(at);
    equal.binding = equal.w.contracts.find((c) => c.id === at.binding.id)!;
    equal.binding.exitPenalty = m;
    market(equal.w);
    expect(defected(equal.w, equal.binding)).toBe(false);
    at.binding.exitPenalty = m * (1 - 1e-9);
    market(at.w);
    expect(defected(at.w, at.binding)).toBe(true);
  });

  it('runMarket() after a defection forbids the pair until exactly RENEGOTIATION_MONTHS later', () => {
    const { w, binding } = beforeMarket(12);
    market(w);
    expect(defected(w, binding)).toBe(true);
    expect([...w.forbidden]).toEqual([[`${GCP}:${OPENAI}`, 12 + RENEGOTIATION_MONTHS]]);
    expect(w.log.find((e) => e.kind === 'market_defect')!.detail)
      .toBe('openai leaves gcp publicly; exit penalty 0 bn; narrative moved 0.08; a rival offer beats the deal by more than the exit penalty');
  });

  it('runMarket() makes a defection public from acrimony 0.5 up, quiet below', () => {
    const publicly = beforeMarket(12, 0.5);
    market(publicly.w);
    expect(publicly.w.log.find((e) => e.kind === 'market_defect')!.detail).toMatch(/^openai leaves gcp publicly/);
    const quietly = beforeMarket(12, 0.49);
    market(quietly.w);
    expect(quietly.w.log.find((e) => e.kind === 'market_defect')).toMatchObject({ value: 0, detail: expect.stringMatching(/^openai leaves gcp quietly/) });
  });

  it('runMarket() does not defect before RENEGOTIATION_MONTHS of tenure', () => {
    const { w, binding } = beforeMarket(RENEGOTIATION_MONTHS - 1);
    expect(margin(w, binding)).toBeGreaterThan(0);
    market(w);
    expect(defected(w, binding)).toBe(false);
  });

  it('runMarket() never defects for an owned lab, its owner of index 0 too', () => {
    const { w, binding } = beforeMarket(12);
    w.labs[OPENAI].ownerIndex = AWS;
    market(w);
    expect(defected(w, binding)).toBe(false);
  });

  it('runMarket() counts no rival that is inactive, forbidden or full', () => {
    for (const block of ['inactive', 'forbidden', 'full'] as const) {
      const { w, binding } = beforeMarket(12);
      expect(margin(w, binding)).toBeGreaterThan(0);
      for (const k of [AWS, AZURE]) {
        if (block === 'inactive') w.clouds[k].active = false;
        if (block === 'forbidden') w.forbidden.set(`${k}:${OPENAI}`, 13);
        if (block === 'full') w.clouds[k].capacity -= capacityLeft(w, k);
      }
      market(w);
      expect(defected(w, binding), block).toBe(false);
    }
  });
});

describe('runMarket(): who shops, where, and with whom', () => {
  /** openai alone at month 6 with ample capacity everywhere, cloud demand 2, no noise. */
  const shopper = () => {
    const w = atMarket(scenario());
    Object.assign(w.labs[OPENAI], { computeDemand: 2, cloudDemand: 2 });
    return w;
  };
  const active = (w: World) => w.contracts.filter((c) => c.status === 'active' && c.lab === OPENAI);

  it('runMarket() signs nothing for a lab with no cloud demand (no distribution-only deal)', () => {
    const w = shopper();
    w.labs[OPENAI].cloudDemand = 0;
    market(w);
    expect(active(w)).toEqual([]);
  });

  it('runMarket() with nothing contracted shops even when marketThreshold is 1', () => {
    const w = shopper();
    w.params.marketThreshold = 1;
    market(w);
    expect(active(w)).toHaveLength(1);
  });

  it('runMarket() does not shop when the unmet part equals marketThreshold × demand exactly', () => {
    const w = shopper();
    w.params.marketThreshold = 0.25;
    const held = signContract(w, marketTerms({ cloud: AZURE, compute: 1.5 }));
    market(w);
    expect(active(w)).toEqual([held]);
    held.compute = 1.25;
    market(w);
    expect(active(w)).not.toEqual([held]);
  });

  it('runMarket() considers a cloud that can supply exactly marketThreshold × demand, and none that supplies less', () => {
    const offerOf = (left: number) => {
      const w = shopper();
      w.params.marketThreshold = 0.25;
      signContract(w, marketTerms({ cloud: AZURE, compute: 1 }));
      Object.assign(w.clouds[AZURE], { capacity: 1 });
      Object.assign(w.clouds[GCP], { capacity: 0 });
      Object.assign(w.clouds[AWS], { capacity: left });
      market(w);
      return active(w).filter((c) => c.cloud === AWS).map((c) => c.compute);
    };
    expect(offerOf(0.5)).toEqual([0.5]);
    expect(offerOf(0.5 - 1e-9)).toEqual([]);
  });

  it('runMarket() gives the deal to the holder of a right of first refusal when its surplus is positive, not to the best offer', () => {
    const withScope = (exclusivity: Scope) => {
      const w = shopper();
      signContract(w, marketTerms({ cloud: GCP, compute: 0.1, exclusivity }));
      market(w);
      return w.contracts.at(-1)!.cloud;
    };
    expect(withScope(0), 'no rofr: the best offer').toBe(AWS);
    expect(withScope(1)).toBe(GCP);
  });

  it('runMarket() passes over a right of first refusal whose surplus is exactly 0', () => {
    const w = shopper();
    w.params.computeValue = 1;
    w.labs[OPENAI].autonomy = 0;
    w.clouds[GCP].narrativeValue = 0;
    signContract(w, marketTerms({ cloud: GCP, compute: 0.1, exclusivity: 1 }));
    const need = 2 * (1 + w.params.trainingGrowth) - 0.1;
    expect(bestScope(w, GCP, OPENAI, need, capacityLeft(w, GCP), w.maxExclusivity).surplus).toBe(0);
    market(w);
    expect(w.contracts.at(-1)!.cloud).toBe(AWS);
  });

  it('runMarket() signs no deal whose joint surplus is zero (the lab values compute at cost, no narrative, no distribution)', () => {
    const w = shopper();
    w.params.computeValue = 1;
    for (const cloud of w.clouds) cloud.narrativeValue = 0;
    w.aiMarket = 0;
    const need = 2 * (1 + w.params.trainingGrowth);
    const value = bestScope(w, AWS, OPENAI, need, capacityLeft(w, AWS), w.maxExclusivity);
    expect(value).toMatchObject({ supply: need, surplus: 0 });
    market(w);
    expect(active(w)).toEqual([]);
  });

  it('runMarket() signs a distribution-only deal (0 kGPU) at the list price when the lab needs no more compute a year ahead', () => {
    const w = shopper();
    // Training shrinks: 2 × (1 − 0.5) − 1 = 0 kGPU needed, yet 1 of 2 unmet sends the lab to market.
    w.params.trainingGrowth = -0.5;
    signContract(w, marketTerms({ cloud: AZURE, compute: 1 }));
    market(w);
    const deal = w.contracts.at(-1)!;
    expect(deal.cloud).not.toBe(AZURE);
    expect(deal).toMatchObject({ compute: 0, price: w.clouds[deal.cloud].price, status: 'active', origin: 'market' });
    expect(w.log.at(-1)!.detail).toMatch(new RegExp(`deal: \\+0 kGPU/month for 36 months at ${Number(w.clouds[deal.cloud].price.toPrecision(4))} USD bn per kGPU-month`));
  });

  it('runMarket() counts nothing contracted as no smallest useful offer: a cloud with little free capacity still sells', () => {
    const w = shopper();
    w.params.marketThreshold = 0.25;
    Object.assign(w.clouds[AWS], { capacity: 0.3 });
    Object.assign(w.clouds[AZURE], { capacity: 0 });
    Object.assign(w.clouds[GCP], { capacity: 0 });
    market(w);
    expect(active(w).map((c) => [c.cloud, c.compute])).toEqual([[AWS, 0.3]]);
  });

  it('runMarket() gives an owned lab of owner index 0 an internal allocation from aws', () => {
    const w = shopper();
    w.labs[OPENAI].ownerIndex = AWS;
    market(w);
    expect(active(w)).toEqual([expect.objectContaining({ cloud: AWS, internal: true, exclusivity: 0, price: w.clouds[AWS].unitCost })]);
  });

  it('runMarket() ignores a right of first refusal that has ended', () => {
    const w = shopper();
    const rofr = signContract(w, marketTerms({ cloud: GCP, compute: 0.1, exclusivity: 1 }));
    endContract(w, rofr, 'expired', 'expired');
    market(w);
    expect(w.contracts.at(-1)!.cloud).toBe(AWS);
  });

  it('runMarket() breaks a tie of scores toward the lower cloud index', () => {
    const w = shopper();
    // azure and gcp made identical and better than aws: their offers tie.
    for (const k of [AZURE, GCP]) Object.assign(w.clouds[k], { ...w.clouds[AWS], index: k, id: w.clouds[k].id, narrativeValue: 40 });
    market(w);
    expect(w.contracts.at(-1)!.cloud).toBe(AZURE);
  });

  it('runMarket() adds bargainingNoise × Gumbel(u) to each offer\'s surplus, one uniform per candidate in cloud order', () => {
    /** The cloud chosen when the candidates draw `draws` (aws, azure, gcp) with noise 1e3 (it swamps the surpluses). */
    const winner = (draws: number[]) => {
      const w = shopper();
      w.params.bargainingNoise = 1e3;
      const queue = draws.slice();
      runMarket(w, () => queue.shift()!);
      expect(queue).toEqual([]);
      return w.contracts.at(-1)!.cloud;
    };
    // Gumbel −ln(−ln u) rises with u: the largest u wins, whatever the surpluses.
    expect(winner([0.2, 0.9, 0.5])).toBe(AZURE);
    expect(winner([0.2, 0.5, 0.9])).toBe(GCP);
    expect(winner([0.9, 0.2, 0.5])).toBe(AWS);
  });

  it('runMarket() clamps a uniform of 1 to just below it: two such draws tie on noise and the surplus decides', () => {
    const w = shopper();
    w.params.bargainingNoise = 1e3;
    const queue = [1 - 1e-16, 1, 0.1];
    runMarket(w, () => queue.shift()!);
    expect(w.contracts.at(-1)!.cloud, 'aws has the larger surplus').toBe(AWS);
  });

  it('runMarket() prices an expansion at the compute-weighted mean of the old price and the new deal\'s, the new one (labValue − lab share) / supply within [0, list]', () => {
    const w = shopper();
    // An impatient lab valuing compute a little above cost: its payment per kGPU falls inside (0, list).
    w.params.computeValue = 1.2;
    w.labs[OPENAI].patience = 0.05;
    Object.assign(w.clouds[AWS], { narrativeValue: 0, denialWeight: 0 });
    const old = signContract(w, marketTerms({ cloud: AWS, compute: 0.5, price: 0.004, labValue: 0.125 }));
    w.clouds[AZURE].capacity = 0;
    w.clouds[GCP].capacity = 0;
    const need = 2 * (1 + w.params.trainingGrowth) - 0.5;
    const value = bestScope(w, AWS, OPENAI, need, capacityLeft(w, AWS), w.maxExclusivity);
    market(w);
    const deal = w.contracts.at(-1)!;
    expect(old.status).toBe('terminated');
    const labShare = deal.labValue - 0.125;
    const list = w.clouds[AWS].price;
    const price = Math.min(list, Math.max(0, (value.labValue - labShare) / value.supply));
    expect(deal.compute).toBeCloseTo(0.5 + value.supply, 12);
    expect(deal.price).toBeCloseTo((0.004 * 0.5 + price * value.supply) / (0.5 + value.supply), 15);
    expect(price).toBeGreaterThan(0);
    expect(price).toBeLessThan(list);
    expect(deal.investment).toBe(0);
    expect(old.endReason).toBe('expanded by a new market deal');
    expect(w.log.at(-1)).toMatchObject({ kind: 'market_deal', cloud: 'aws', lab: 'openai', value: value.supply });
  });
});

describe('runMarket(): open-ended and late bindings', () => {
  const bound = (date: string, months: number, penalty = 0) => scenario(
    [{ narrativeValue: 20, enterpriseReach: 0.9 }, {}, { narrativeValue: 1, enterpriseReach: 0.1, denialWeight: 3 }],
    { autonomy: 0, acrimony: 0.8 },
    [{ kind: 'deal', date, cloud: 'gcp', lab: 'openai', compute: 10, months, price: null, investment: 0, exclusivity: 'full', exitPenalty: penalty, public: true }],
  );
  function beforeMarket(s: ReturnType<typeof bound>, t: number): World {
    const w = initWorld(s, 7, 0);
    for (w.t = 0; w.t < t; w.t++) step(w);
    applyScheduledEvents(w);
    updateLabs(w);
    return w;
  }
  const gcpStatus = (w: World) => w.contracts.find((c) => c.cloud === GCP && c.lab === OPENAI && c.exclusivity === 3)!.status;

  it('runMarket() never defects from an open-ended binding (0 months: no months left to weigh)', () => {
    const w = beforeMarket(bound('2016-01', 0), 12);
    // Make the incumbent the best offer: a defection would then be a loss, (rival − incumbent) < 0, times negative months left.
    for (const k of [AWS, AZURE]) w.clouds[k].narrativeValue = 0;
    w.clouds[GCP].narrativeValue = 50;
    market(w);
    expect(gcpStatus(w)).toBe('active');
  });

  it('runMarket() counts tenure from the binding\'s start month, not from month 0', () => {
    const w = beforeMarket(bound('2016-04', 60), 14);
    market(w);
    expect(gcpStatus(w), 'eleven months in').toBe('active');
    const later = beforeMarket(bound('2016-04', 60), 15);
    market(later);
    expect(gcpStatus(later), 'twelve months in').toBe('defected');
  });
});

describe('runMarket(): the order labs go to market', () => {
  /** Month 5, openai and deepmind (not owned) each short of compute; only aws sells, with room for one of them. */
  function twoShoppers(traffic: [number, number]): World {
    const w = monthFiveWorld();
    w.labs[DEEPMIND].ownerIndex = -1;
    w.labs.forEach((lab, j) => Object.assign(lab, { computeDemand: 2, cloudDemand: 2, trafficShare: [...traffic, 0][j] }));
    w.clouds.forEach((cloud, k) => { cloud.capacity = k === AWS ? 1 : 0; });
    return w;
  }
  const buyers = (w: World) => w.contracts.filter((c) => c.status === 'active').map((c) => w.labs[c.lab].id);

  it('runMarket() lets the lab of larger traffic share shop first; on a tie, the lower index', () => {
    const deepmindFirst = twoShoppers([0.3, 0.7]);
    market(deepmindFirst);
    expect(buyers(deepmindFirst)).toEqual(['deepmind']);
    const openaiFirst = twoShoppers([0.7, 0.3]);
    market(openaiFirst);
    expect(buyers(openaiFirst)).toEqual(['openai']);
    const tie = twoShoppers([0.5, 0.5]);
    market(tie);
    expect(buyers(tie)).toEqual(['openai']);
  });

  it('runMarket() leaves an inactive lab out of the market', () => {
    const w = twoShoppers([0.3, 0.7]);
    w.labs[DEEPMIND].active = false;
    w.labs[OPENAI].active = false;
    market(w);
    expect(buyers(w)).toEqual([]);
  });
});

describe('the market\'s bookkeeping', () => {
  it('runMarket() logs an expiry as "contract <id> expired"', () => {
    const w = quietWorld();
    w.t = 0;
    signContract(w, marketTerms({ months: 3 }));
    const c = signContract(w, marketTerms({ cloud: AZURE, months: 3 }));
    w.t = 3;
    market(w);
    expect(w.log.filter((e) => e.kind === 'contract_end').map((e) => e.detail)).toEqual(['contract 1 expired', `contract ${c.id} expired`]);
  });

  it('investable() is cash + balance-sheet limit − investment committed and unpaid, never below 0', () => {
    const w = monthFiveWorld();
    Object.assign(w.clouds[AWS], { cash: 1, balanceSheet: 2 });
    const c = signContract(w, marketTerms({ investment: 0.5 }));
    c.investmentPaid = 0.25;
    signContract(w, marketTerms({ cloud: AZURE, investment: 9 }));
    expect(investable(w, AWS)).toBe(2.75);
    w.clouds[AWS].cash = -5;
    expect(investable(w, AWS)).toBe(0);
  });

  it('runMarket() names every contract an expansion replaces, "contracts" for more than one', () => {
    const w = quietWorld();
    w.labs[OPENAI].active = false;
    Object.assign(w.labs[DEEPMIND], { computeDemand: 2, cloudDemand: 2 });
    w.params.trainingGrowth = 0;
    const a = signContract(w, marketTerms({ cloud: GCP, lab: DEEPMIND, compute: 0.5, internal: true }));
    const b = signContract(w, marketTerms({ cloud: GCP, lab: DEEPMIND, compute: 0.25, internal: true }));
    market(w);
    expect(w.log.at(-1)!.detail).toBe(`internal allocation: +1.25 kGPU/month at cost (expands contracts ${a.id}, ${b.id} to 2 kGPU/month)`);
  });
});

describe('runMarket(): the defection option of a bound lab buying more from its holder', () => {
  /** openai (impatient: a small Nash share) bound by an inference exclusivity to gcp, the cloud it buys more from. */
  function boundShopper(penalty: number): { w: World; binding: Contract } {
    const w = atMarket(scenario());
    Object.assign(w.labs[OPENAI], { computeDemand: 2, cloudDemand: 2, trainingDemand: 1, patience: 0.05 });
    w.clouds[GCP].narrativeValue = 60;
    const binding = signContract(w, marketTerms({ cloud: GCP, compute: 0.5, months: 36, exclusivity: 2, exitPenalty: penalty }));
    return { w, binding };
  }

  /** The lab's share the market should give: its Nash share, raised to its outside option (best other offer or the defection option). */
  function expectedShare(w: World, binding: Contract, seller = GCP): { share: number; defection: number; others: number[]; nash: number } {
    const need = 2 * (1 + w.params.trainingGrowth) - 0.5;
    const offers = eligibleClouds(w, OPENAI).map((c) => bestScope(w, c.cloud, OPENAI, need, c.available, c.maxScope));
    const winner = offers.find((o) => o.cloud === seller)!;
    expect(Math.max(...offers.map((o) => o.surplus))).toBe(winner.surplus);
    const others = offers.filter((o) => o !== winner).map((o) => o.surplus);
    const rival = Math.max(...[AWS, AZURE].map((k) => bestScope(w, k, OPENAI, need, capacityLeft(w, k), w.maxExclusivity).surplus));
    const defection = seller !== binding.cloud ? 0 : Math.max(0, rival - binding.exitPenalty / (binding.start + binding.months - w.t));
    const outside = Math.min(winner.surplus, Math.max(0, defection, ...others));
    const nash = labPower(w, OPENAI, seller) * winner.surplus;
    return { share: Math.min(winner.surplus, Math.max(nash, outside)), defection, others, nash };
  }

  it('runMarket() raises the lab\'s share to the best rival surplus less the exit penalty over the months left', () => {
    const { w, binding } = boundShopper(0.36);
    const expected = expectedShare(w, binding);
    expect(expected.defection, 'the defection option binds').toBeGreaterThan(Math.max(expected.nash, ...expected.others));
    market(w);
    const deal = w.contracts.at(-1)!;
    expect(deal.cloud).toBe(GCP);
    expect(deal.labValue).toBeCloseTo(expected.share, 12);
  });

  it('runMarket() gives no defection option when the penalty outweighs the rival\'s gain', () => {
    const { w, binding } = boundShopper(1e6);
    const expected = expectedShare(w, binding);
    expect(expected.defection).toBe(0);
    market(w);
    expect(w.contracts.at(-1)!.labValue).toBeCloseTo(expected.share, 12);
  });

  it('runMarket() gives no defection option when the lab buys (training compute) from a cloud other than its holder', () => {
    const { w, binding } = boundShopper(0);
    w.clouds[GCP].narrativeValue = 0;
    w.clouds[AWS].narrativeValue = 500;
    for (const cloud of w.clouds) cloud.patience = 0.9999; // patient clouds: the lab's Nash share is tiny
    const expected = expectedShare(w, binding, AWS);
    market(w);
    const deal = w.contracts.at(-1)!;
    expect(deal).toMatchObject({ cloud: AWS, exclusivity: 0 });
    expect(deal.labValue).toBeCloseTo(expected.share, 12);
  });
});

