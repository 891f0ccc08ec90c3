/**
 * Tests of sim/events/deal.ts: a forced contract changes only itself and the lab's funding and
 * summary, is served within capacity when it asks for more than is free, supersedes the pair's
 * contract, lists a lab's models on the cloud when it is a distribution deal, and is ignored for a
 * forbidden pairing.
 */
import { describe, expect, it } from 'vitest';
import { availability } from '../../sim/availability.js';
import { applyEvent } from '../../sim/events/index.js';
import { step } from '../../sim/step.js';
import { capacityLeft } from '../../sim/contracts.js';
import { applyAndDiff, dealEvent, openaiOn, worldAt } from './world-diff.js';

const AWS = 0;
const AZURE = 1;
const OPENAI = 0;

/** Month 3 with openai on one non-exclusive contract with aws, nothing with azure. */
function world() {
  const w = worldAt(openaiOn('aws'), 3);
  const openai = w.contracts.filter((c) => c.status === 'active' && c.lab === OPENAI);
  expect(openai.map((c) => [c.cloud, c.exclusivity])).toEqual([[AWS, 0]]);
  return w;
}

describe('applyEvent(world, deal)', () => {
  it('applyEvent(world, deal) changes only the new contract, the investment paid now (cloud cash to lab funding) and the lab\'s summary', () => {
    const w = world();
    const id = w.contracts.length + 1;
    const event = dealEvent({ cloud: 'azure', lab: 'openai', compute: 1, investment: 0.5, exclusivity: 'full', months: 24 });
    const { before, changed, logged } = applyAndDiff(w, event);
    expect(changed).toEqual(['clouds.azure.cash', 'clouds.azure.investmentPaid', `contracts.${id}`, 'labs.openai.exclusivity', 'labs.openai.funding',
      'labs.openai.investmentReceived', 'labs.openai.primaryCloud']);
    expect(w.clouds[AZURE].cash - (before.clouds as Record<string, { cash: number }>).azure.cash).toBeCloseTo(-0.5, 12);
    const contract = w.contracts[id - 1];
    expect(contract).toMatchObject({ cloud: AZURE, lab: OPENAI, compute: 1, months: 24, exclusivity: 3, status: 'active', origin: 'event', start: 3, investment: 0.5 });
    expect(contract.price).toBe(w.clouds[AZURE].price);
    expect(contract.exitPenalty).toBeCloseTo(w.params.exitPenaltyMonths * w.clouds[AZURE].price * 1, 12);
    const labBefore = (before.labs as Record<string, { funding: number }>).openai;
    expect(w.labs[OPENAI].funding - labBefore.funding).toBeCloseTo(0.5, 12);
    expect(w.labs[OPENAI]).toMatchObject({ exclusivity: 3, primaryCloud: AZURE });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ kind: 'deal', origin: 'scenario', cloud: 'azure', lab: 'openai', value: 1 });
  });

  // sim/events/deal.ts (current header): compute is "up to"; beyond free capacity the contract is
  // served pro rata with the cloud's others until capex catches up (it used to be capped).
  it('applyEvent(world, deal) above free capacity is served pro rata, never beyond capacity', () => {
    const w = world();
    const free = capacityLeft(w, AZURE);
    expect(free).toBeGreaterThan(0);
    const compute = free * 10 + 100;
    const { logged } = applyAndDiff(w, dealEvent({ cloud: 'azure', lab: 'openai', compute }));
    const contract = w.contracts.at(-1)!;
    expect(contract.compute).toBe(compute);
    expect(logged[0].detail).toContain('free now');
    expect(capacityLeft(w, AZURE)).toBe(0);
    step(w);
    const azure = w.clouds[AZURE];
    expect(contract.delivered).toBeLessThan(compute);
    expect(contract.delivered).toBeCloseTo(azure.capacity, 9);
    expect(azure.delivered).toBeLessThanOrEqual(azure.capacity * (1 + 1e-12));
  });

  it('applyEvent(world, deal) with compute below free capacity keeps the terms it was given', () => {
    const w = world();
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 0.5, price: 0.001, exitPenalty: 2, exclusivity: 'inference' }));
    expect(w.contracts.at(-1)).toMatchObject({ compute: 0.5, price: 0.001, exitPenalty: 2, exclusivity: 2 });
  });

  it('applyEvent(world, deal) at rofr carries no exit penalty, even a stated one (one rule: only binding scopes can be broken)', () => {
    const w = world();
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 0.5, exitPenalty: 2, exclusivity: 'rofr' }));
    expect(w.contracts.at(-1)).toMatchObject({ exitPenalty: 0, exclusivity: 1 });
  });

  it('applyEvent(world, binding deal) ends the lab\'s exclusivity with every other cloud', () => {
    const w = world();
    applyEvent(w, dealEvent({ cloud: 'aws', lab: 'openai', compute: 0.5, exclusivity: 'rofr' }));
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 0.5, exclusivity: 'full' }));
    const active = w.contracts.filter((c) => c.status === 'active' && c.lab === OPENAI);
    expect(active.map((c) => [c.cloud, c.exclusivity]).sort()).toEqual([[AWS, 0], [AZURE, 3]]);
  });

  it('applyEvent(world, deal) with compute 0 lists the lab\'s models on the cloud and adds no compute', () => {
    const w = world();
    const K = w.clouds.length;
    const floor = w.params.availabilityFloor;
    expect(availability(w).lab[OPENAI * K + AZURE]).toBe(floor);
    const id = w.contracts.length + 1;
    const { changed } = applyAndDiff(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 0 }));
    expect(changed).toEqual([`contracts.${id}`]);
    expect(w.contracts[id - 1]).toMatchObject({ compute: 0, exclusivity: 0, status: 'active' });
    expect(availability(w).lab[OPENAI * K + AZURE]).toBe(1);
    expect(w.labs[OPENAI].primaryCloud).toBe(AWS);
  });

  it('applyEvent(world, deal) supersedes the pair\'s active contract, ending it as terminated', () => {
    const w = world();
    const old = w.contracts.find((c) => c.status === 'active' && c.lab === OPENAI)!;
    const id = w.contracts.length + 1;
    const { changed } = applyAndDiff(w, dealEvent({ cloud: 'aws', lab: 'openai', compute: 1e6 }));
    const was = `contracts.${old.id}`;
    expect(changed).toEqual([`${was}.delivered`, `${was}.end`, `${was}.endReason`, `${was}.status`, `contracts.${id}`]);
    expect(old).toMatchObject({ status: 'terminated', end: 3, delivered: 0 });
    expect(w.contracts[id - 1]).toMatchObject({ cloud: AWS, lab: OPENAI, compute: 1e6, status: 'active' });
  });

  it('applyEvent(world, deal) changes nothing for a forbidden pairing but the log', () => {
    const w = world();
    applyEvent(w, { kind: 'forbid', date: '2016-04', cloud: 'azure', lab: 'openai', until: null });
    expect(w.contracts.filter((c) => c.cloud === AZURE && c.lab === OPENAI)).toEqual([]);
    const { changed, logged } = applyAndDiff(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 1 }));
    expect(changed).toEqual([]);
    expect(logged[0].detail).toContain('forbidden');
  });
});
