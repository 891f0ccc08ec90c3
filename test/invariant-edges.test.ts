/**
 * sim/invariants.ts at each invariant's boundary and in its message: the money checks (compute
 * revenue with internal transfers, investment paid and received) with a tolerance relative to the
 * amounts, the per-contract investment cap, inactive clouds and labs left out of the sums, a share
 * just below 0 within tolerance, agents on a cloud index one past the end; each detail names the
 * entity and both numbers. On the small scenario after six months (2016-06).
 */
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../sim/invariants.js';
import { NONE } from '../sim/population.js';
import { invariantError, sixMonthWorld } from './support/invariant-world.js';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('checkInvariants(world): money', () => {
  it('checkInvariants() counts internal transfers as booked revenue and names both totals', () => {
    const w = sixMonthWorld();
    w.clouds[0].internalTransfer += 0.5;
    const booked = sum(w.clouds.map((c) => c.labRevenue + c.internalTransfer));
    const paid = sum(w.labs.map((l) => l.computeSpend));
    const error = invariantError(w);
    expect(error.invariant).toBe('money conserved');
    expect(error.detail).toBe(`clouds booked ${booked} bn, labs paid ${paid} bn`);
  });

  it('checkInvariants() holds when the transfer is also paid by a lab', () => {
    const w = sixMonthWorld();
    w.clouds[0].internalTransfer += 0.5;
    w.labs[1].computeSpend += 0.5;
    expect(() => checkInvariants(w)).not.toThrow();
  });

  it('checkInvariants() scales the money tolerance with the amount paid (1e-9 of it)', () => {
    const w = sixMonthWorld();
    w.labs[0].computeSpend += 1000;
    w.clouds[0].labRevenue += 1000 + 5e-7; // 5e-7 off, within 1e-9 x ~1000
    expect(() => checkInvariants(w)).not.toThrow();
    w.clouds[0].labRevenue += 2e-6;
    expect(invariantError(w).invariant).toBe('money conserved');
  });

  it('checkInvariants() checks investment paid by clouds against investment received by labs', () => {
    const w = sixMonthWorld();
    w.clouds[1].investmentPaid += 0.25;
    const invested = sum(w.clouds.map((c) => c.investmentPaid));
    const received = sum(w.labs.map((l) => l.investmentReceived));
    const error = invariantError(w);
    expect(error.invariant).toBe('money conserved');
    expect(error.detail).toBe(`clouds invested ${invested} bn, labs received ${received} bn`);
    w.labs[0].investmentReceived += 0.25;
    expect(() => checkInvariants(w)).not.toThrow();
  });

  it('checkInvariants() scales the investment tolerance with the amount received', () => {
    const w = sixMonthWorld();
    w.clouds[0].investmentPaid += 1000 + 5e-7;
    w.labs[0].investmentReceived += 1000;
    expect(() => checkInvariants(w)).not.toThrow();
    w.clouds[0].investmentPaid += 2e-6;
    expect(invariantError(w).invariant).toBe('money conserved');
  });

  it('checkInvariants() caps a contract\'s investment paid at its commitment, within tolerance', () => {
    const w = sixMonthWorld();
    expect(w.contracts.length).toBeGreaterThan(0);
    const c = w.contracts[0];
    c.investment = 1000;
    c.investmentPaid = 1000 * (1 + 5e-10); // relative tolerance 1e-9 of the commitment
    expect(() => checkInvariants(w)).not.toThrow();
    c.investment = 0;
    c.investmentPaid = 5e-10; // absolute tolerance 1e-9
    expect(() => checkInvariants(w)).not.toThrow();
    c.investment = 2;
    c.investmentPaid = 2.1;
    const error = invariantError(w);
    expect(error.invariant).toBe('investment paid <= committed');
    expect(error.detail).toBe(`contract ${c.id} paid 2.1 of 2 bn`);
    c.investment = 0;
    c.investmentPaid = 2e-9;
    expect(invariantError(w).invariant).toBe('investment paid <= committed');
  });
});

describe('checkInvariants(world): shares, capacity and choices', () => {
  it('checkInvariants() names the cloud, what it delivers and its capacity', () => {
    const w = sixMonthWorld();
    const cloud = w.clouds.find((c) => c.delivered > 0)!;
    cloud.delivered = cloud.capacity + 1;
    expect(invariantError(w).detail).toBe(`${cloud.id} delivers ${cloud.capacity + 1} kGPU with capacity ${cloud.capacity}`);
  });

  it('checkInvariants() lets a cloud with no capacity deliver up to the 1e-9 absolute tolerance', () => {
    const w = sixMonthWorld();
    const cloud = w.clouds[0];
    cloud.capacity = 0;
    cloud.delivered = 5e-10;
    expect(() => checkInvariants(w)).not.toThrow();
    cloud.delivered = 2e-9;
    expect(invariantError(w).invariant).toBe('contracted compute <= capacity');
  });

  it('checkInvariants() sums narrative shares over active clouds only', () => {
    const w = sixMonthWorld();
    const gone = w.clouds[2];
    w.clouds[0].narrative += gone.narrative;
    gone.narrative = 0.4;
    gone.active = false;
    expect(() => checkInvariants(w)).not.toThrow();
    gone.active = true;
    expect(invariantError(w).invariant).toBe('narrative shares sum to 1');
  });

  it('checkInvariants() passes a share below 0 by less than the tolerance', () => {
    const w = sixMonthWorld();
    w.clouds[0].narrative += 5e-10 + w.clouds[2].narrative;
    w.clouds[2].narrative = -5e-10;
    expect(() => checkInvariants(w)).not.toThrow();
  });

  it('checkInvariants() does not check traffic shares when no lab is active', () => {
    const w = sixMonthWorld();
    for (const lab of w.labs) lab.active = false;
    w.labs[0].trafficShare = 0.2;
    expect(() => checkInvariants(w)).not.toThrow();
  });

  it('checkInvariants() names an agent on a cloud index one past the last', () => {
    const w = sixMonthWorld();
    const agent = w.population.lab.findIndex((lab) => lab !== NONE);
    w.population.cloud[agent] = w.clouds.length;
    expect(invariantError(w).detail).toBe(`agent ${agent} chose cloud ${w.clouds.length}, lab ${w.population.lab[agent]}`);
  });

  it('checkInvariants() names an agent with a lab but no cloud, and passes one with neither', () => {
    const w = sixMonthWorld();
    const agent = w.population.lab.findIndex((lab) => lab !== NONE);
    const lab = w.population.lab[agent];
    w.population.cloud[agent] = NONE;
    expect(invariantError(w).detail).toBe(`agent ${agent} has cloud ${NONE} and lab ${lab}`);
    w.population.lab[agent] = NONE;
    expect(() => checkInvariants(w)).not.toThrow();
  });

  it('checkInvariants() reports a non-finite field with its value', () => {
    const w = sixMonthWorld();
    w.labs[0].computeSpend = Infinity;
    expect(invariantError(w)).toMatchObject({ invariant: 'no NaN or infinity', detail: `${w.labs[0].id}.computeSpend is Infinity` });
  });
});
