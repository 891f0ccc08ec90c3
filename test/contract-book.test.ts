/**
 * The contract book (sim/contracts.ts) and who may sell to a lab (sim/eligibility.ts), on a
 * hand-built month-0 world (test/support/small-scenario.ts: aws, azure, gcp; openai, deepmind
 * owned by gcp, anthropic inactive) with contracts signed by hand, so each rule is stated exactly.
 */
import { describe, expect, it } from 'vitest';
import {
  BINDING_SCOPE, bindingContract, capacityLeft, computeFrom, contractBetween, contractedCompute, endContract,
  exitPenalty, investmentOwed, nominalCompute, payTranches, setExclusivity, signContract, summariseLab, supersedePair,
  type ContractTerms,
} from '../sim/contracts.js';
import { eligibleClouds, isForbidden } from '../sim/eligibility.js';
import type { Scope, World } from '../sim/world.js';
import { AWS, AZURE, DEEPMIND, GCP, OPENAI, marketTerms, monthFiveWorld } from './support/hand-built-world.js';

const world = monthFiveWorld;

const terms = marketTerms;

describe('exitPenalty(world, scope, compute, price, stated)', () => {
  it('exitPenalty() is 0 below the binding scope and exitPenaltyMonths of payments (or the stated figure) from it', () => {
    const w = world();
    w.params.exitPenaltyMonths = 6;
    expect(BINDING_SCOPE).toBe(2);
    expect(exitPenalty(w, 0, 10, 0.5, null)).toBe(0);
    expect(exitPenalty(w, 1, 10, 0.5, 99)).toBe(0);
    expect(exitPenalty(w, 2, 10, 0.5, null)).toBeCloseTo(30, 12);
    expect(exitPenalty(w, 3, 4, 0.25, null)).toBeCloseTo(6, 12);
    expect(exitPenalty(w, 3, 10, 0.5, 7)).toBe(7);
  });
});

describe('signContract(world, terms)', () => {
  it('signContract() numbers the contract, starts it this month, active, nothing delivered or paid', () => {
    const w = world();
    const first = signContract(w, terms());
    const second = signContract(w, terms({ cloud: AZURE }));
    expect(first).toMatchObject({ id: 1, start: 5, status: 'active', end: -1, endReason: '', delivered: 0, renegotiated: 5, investmentPaid: 0 });
    expect(second.id).toBe(2);
    expect(w.contracts).toEqual([first, second]);
    expect('upfront' in first).toBe(false);
  });

  it('signContract() pays an upfront investment at once, from the cloud\'s cash to the lab\'s funding; a tranched one not yet', () => {
    const w = world();
    const [cash, funding] = [w.clouds[AWS].cash, w.labs[OPENAI].funding];
    const upfront = signContract(w, terms({ investment: 12, upfront: true }));
    expect(upfront.investmentPaid).toBe(12);
    expect(w.clouds[AWS].cash).toBeCloseTo(cash - 12, 12);
    expect(w.clouds[AWS].investmentPaid).toBeCloseTo(12, 12);
    expect(w.labs[OPENAI].funding).toBeCloseTo(funding + 12, 12);
    expect(w.labs[OPENAI].investmentReceived).toBeCloseTo(12, 12);
    const tranched = signContract(w, terms({ cloud: AZURE, investment: 12 }));
    expect(tranched.investmentPaid).toBe(0);
    expect(w.clouds[AZURE].cash).toBe(0);
  });

  it('signContract() updates the lab\'s primary cloud and exclusivity', () => {
    const w = world();
    expect(w.labs[OPENAI].primaryCloud).toBe(-1);
    signContract(w, terms({ cloud: AZURE, exclusivity: 1 }));
    expect(w.labs[OPENAI]).toMatchObject({ primaryCloud: AZURE, exclusivity: 1 });
  });
});

describe('payTranches(world)', () => {
  it('payTranches() pays investment / months, the remainder last, and skips ended and zero-month contracts', () => {
    const w = world();
    const c = signContract(w, terms({ investment: 10, months: 4 }));
    const none = signContract(w, terms({ cloud: AZURE, investment: 5, months: 0 }));
    const ended = signContract(w, terms({ cloud: GCP, investment: 5, months: 5 }));
    endContract(w, ended, 'expired', 'test');
    c.investmentPaid = 9;
    payTranches(w);
    expect(c.investmentPaid).toBeCloseTo(10, 12);
    expect(w.clouds[AWS].cash).toBeCloseTo(-1, 12);
    payTranches(w);
    expect(c.investmentPaid).toBeCloseTo(10, 12);
    expect(w.clouds[AWS].investmentPaid).toBeCloseTo(1, 12);
    expect(none.investmentPaid).toBe(0);
    expect(ended.investmentPaid).toBe(0);
    expect(w.clouds[GCP].cash).toBe(0);
  });

  it('payTranches() pays a tranche of investment / months on a fresh contract', () => {
    const w = world();
    const c = signContract(w, terms({ investment: 10, months: 4 }));
    payTranches(w);
    expect(c.investmentPaid).toBeCloseTo(2.5, 12);
    expect(w.labs[OPENAI].investmentReceived).toBeCloseTo(2.5, 12);
  });
});

describe('ending and renegotiating', () => {
  it('endContract() sets status, month, reason, stops delivery and re-summarises the lab', () => {
    const w = world();
    const binding = signContract(w, terms({ cloud: AZURE, exclusivity: 3 }));
    signContract(w, terms({ cloud: AWS, compute: 9 }));
    binding.delivered = 3;
    w.t = 8;
    endContract(w, binding, 'defected', 'test: gone');
    expect(binding).toMatchObject({ status: 'defected', end: 8, endReason: 'test: gone', delivered: 0 });
    expect(w.labs[OPENAI]).toMatchObject({ primaryCloud: AWS, exclusivity: 0 });
  });

  it('setExclusivity() renegotiates: zeroes the exit penalty below the binding scope, keeps it from it', () => {
    const w = world();
    const c = signContract(w, terms({ exclusivity: 3, exitPenalty: 5 }));
    w.t = 9;
    setExclusivity(w, c, 2);
    expect(c).toMatchObject({ exclusivity: 2, exitPenalty: 5, renegotiated: 9 });
    expect(w.labs[OPENAI].exclusivity).toBe(2);
    setExclusivity(w, c, 1);
    expect(c).toMatchObject({ exclusivity: 1, exitPenalty: 0 });
    expect(w.labs[OPENAI].exclusivity).toBe(1);
  });

  it('supersedePair() ends only the pair\'s active contracts, as terminated, and returns them', () => {
    const w = world();
    const a = signContract(w, terms());
    const b = signContract(w, terms({ compute: 1 }));
    const old = signContract(w, terms());
    endContract(w, old, 'expired', 'old');
    const otherCloud = signContract(w, terms({ cloud: AZURE }));
    const otherLab = signContract(w, terms({ lab: DEEPMIND }));
    expect(supersedePair(w, AWS, OPENAI, 'restated')).toEqual([a, b]);
    expect([a.status, b.status, a.endReason]).toEqual(['terminated', 'terminated', 'restated']);
    expect([old.status, otherCloud.status, otherLab.status]).toEqual(['expired', 'active', 'active']);
    expect(supersedePair(w, AWS, OPENAI, 'again')).toEqual([]);
  });
});

describe('queries of the book', () => {
  it('contractBetween() finds the pair\'s active contract only', () => {
    const w = world();
    const ended = signContract(w, terms());
    endContract(w, ended, 'expired', 'test');
    expect(contractBetween(w, AWS, OPENAI)).toBeUndefined();
    signContract(w, terms({ lab: DEEPMIND }));
    signContract(w, terms({ cloud: AZURE }));
    expect(contractBetween(w, AWS, OPENAI)).toBeUndefined();
    const active = signContract(w, terms());
    expect(contractBetween(w, AWS, OPENAI)).toBe(active);
  });

  it('bindingContract() is the lab\'s active contract of the strongest scope from inference up', () => {
    const w = world();
    signContract(w, terms({ exclusivity: 1 }));
    signContract(w, terms({ lab: DEEPMIND, exclusivity: 3 }));
    expect(bindingContract(w, OPENAI)).toBeUndefined();
    const inference = signContract(w, terms({ cloud: AZURE, exclusivity: 2 }));
    expect(bindingContract(w, OPENAI)).toBe(inference);
    const full = signContract(w, terms({ cloud: GCP, exclusivity: 3 }));
    signContract(w, terms({ cloud: AWS, exclusivity: 2 }));
    expect(bindingContract(w, OPENAI)).toBe(full);
    endContract(w, full, 'expired', 'test');
    expect(bindingContract(w, OPENAI)).toBe(inference);
  });

  it('nominalCompute(), capacityLeft() and investmentOwed() sum active contracts per cloud', () => {
    const w = world();
    signContract(w, terms({ compute: 4, investment: 6 }));
    signContract(w, terms({ lab: DEEPMIND, compute: 7, investment: 3 }));
    const ended = signContract(w, terms({ compute: 100, investment: 100 }));
    endContract(w, ended, 'expired', 'test');
    signContract(w, terms({ cloud: GCP, compute: 10, investment: 2 })).investmentPaid = 0.5;
    expect([...nominalCompute(w)]).toEqual([11, 0, 10]);
    expect(capacityLeft(w, AWS)).toBe(9);
    expect(capacityLeft(w, AZURE)).toBe(10);
    expect(capacityLeft(w, GCP)).toBe(0);
    expect(investmentOwed(w, AWS)).toBeCloseTo(9, 12);
    expect(investmentOwed(w, GCP)).toBeCloseTo(1.5, 12);
    expect(investmentOwed(w, AZURE)).toBe(0);
  });

  it('contractedCompute() and computeFrom() scale an oversubscribed cloud\'s contracts by capacity / contracted', () => {
    const w = world();
    signContract(w, terms({ cloud: GCP, compute: 12 }));
    signContract(w, terms({ cloud: GCP, lab: DEEPMIND, compute: 4 }));
    signContract(w, terms({ cloud: AWS, compute: 5 }));
    // gcp: 16 contracted on 8 of capacity -> half served; aws: 5 on 20 -> all.
    expect(computeFrom(w, GCP, OPENAI)).toBeCloseTo(6, 12);
    expect(computeFrom(w, GCP, DEEPMIND)).toBeCloseTo(2, 12);
    expect(computeFrom(w, AWS, OPENAI)).toBe(5);
    expect(computeFrom(w, AZURE, OPENAI)).toBe(0);
    expect(contractedCompute(w, OPENAI)).toBeCloseTo(11, 12);
    expect(contractedCompute(w, DEEPMIND)).toBeCloseTo(2, 12);
    w.clouds[GCP].capacity = 16;
    expect(computeFrom(w, GCP, OPENAI)).toBe(12);
    expect(contractedCompute(w, OPENAI)).toBe(17);
  });

  it('summariseLab() makes the largest contract primary, a binding one first, and the owner when there is none', () => {
    const w = world();
    summariseLab(w, DEEPMIND);
    expect(w.labs[DEEPMIND]).toMatchObject({ primaryCloud: GCP, exclusivity: 0 });
    signContract(w, terms({ cloud: AWS, compute: 3 }));
    signContract(w, terms({ cloud: AZURE, compute: 5, exclusivity: 1 }));
    expect(w.labs[OPENAI]).toMatchObject({ primaryCloud: AZURE, exclusivity: 1 });
    signContract(w, terms({ cloud: GCP, compute: 1, exclusivity: 2 }));
    expect(w.labs[OPENAI]).toMatchObject({ primaryCloud: GCP, exclusivity: 2 });
    signContract(w, terms({ cloud: AWS, compute: 1, exclusivity: 1 }));
    expect(w.labs[OPENAI]).toMatchObject({ primaryCloud: GCP, exclusivity: 2 });
    // Equal weights: the first contract keeps the primary role.
    const w2 = world();
    signContract(w2, terms({ cloud: AZURE, compute: 3 }));
    signContract(w2, terms({ cloud: AWS, compute: 3 }));
    expect(w2.labs[OPENAI].primaryCloud).toBe(AZURE);
  });
});

describe('eligibility', () => {
  it('isForbidden() bars the pair until the month given, not from it', () => {
    const w = world();
    w.forbidden.set(`${AWS}:${OPENAI}`, 6);
    expect(isForbidden(w, AWS, OPENAI)).toBe(true);
    w.t = 6;
    expect(isForbidden(w, AWS, OPENAI)).toBe(false);
    expect(isForbidden(w, AZURE, OPENAI)).toBe(false);
  });

  const demand = (w: World, lab: number, compute: number, training: number, cloud = compute) =>
    Object.assign(w.labs[lab], { computeDemand: compute, trainingDemand: training, cloudDemand: cloud });

  it('eligibleClouds() lists active, allowed clouds with capacity left, each up to the policy\'s scope', () => {
    const w = world();
    demand(w, OPENAI, 10, 4);
    w.maxExclusivity = 2 as Scope;
    w.clouds[AZURE].active = false;
    w.forbidden.set(`${GCP}:${OPENAI}`, Infinity);
    signContract(w, terms({ lab: DEEPMIND, compute: 15 }));
    expect(eligibleClouds(w, OPENAI)).toEqual([{ cloud: AWS, available: 5, maxScope: 2 }]);
    signContract(w, terms({ lab: DEEPMIND, compute: 5 }));
    expect(eligibleClouds(w, OPENAI)).toEqual([]);
  });

  it('eligibleClouds() offers an owned lab its owner only', () => {
    const w = world();
    expect(eligibleClouds(w, DEEPMIND).map((c) => c.cloud)).toEqual([GCP]);
  });

  it('eligibleClouds() under an inference exclusivity lets rivals sell only the training part, non-exclusively; under full, none', () => {
    const w = world();
    demand(w, OPENAI, 10, 4, 5);
    signContract(w, terms({ cloud: AWS, compute: 2, exclusivity: 2 }));
    // training part 4 / 10 of the cloud demand 5 = 2 kGPU.
    expect(eligibleClouds(w, OPENAI)).toEqual([
      { cloud: AWS, available: 18, maxScope: 3 },
      { cloud: AZURE, available: 2, maxScope: 0 },
      { cloud: GCP, available: 2, maxScope: 0 },
    ]);
    demand(w, OPENAI, 10, 0, 5);
    expect(eligibleClouds(w, OPENAI).map((c) => c.cloud)).toEqual([AWS]);
    demand(w, OPENAI, 0, 0, 0);
    expect(eligibleClouds(w, OPENAI).map((c) => c.cloud)).toEqual([AWS]);
    const w2 = world();
    signContract(w2, terms({ cloud: AZURE, compute: 2, exclusivity: 3 }));
    expect(eligibleClouds(w2, OPENAI)).toEqual([{ cloud: AZURE, available: 8, maxScope: 3 }]);
  });
});
