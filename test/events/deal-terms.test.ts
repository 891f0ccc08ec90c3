/**
 * Tests of sim/events/deal.ts's terms: the price of an internal deal (the owner's unit cost) and of
 * an arm's-length one (list price), the scope capped by policy, which scopes release the lab's
 * other exclusive contracts (binding ones, inference and up), and the lab's value recorded on
 * the contract.
 */
import { describe, expect, it } from 'vitest';
import { capacityLeft } from '../../sim/contracts.js';
import { applyEvent } from '../../sim/events/index.js';
import { NO_BASE, pairValue } from '../../sim/valuation.js';
import { dealEvent, openaiOn, worldAt } from './world-diff.js';

const [AWS, AZURE, GCP] = [0, 1, 2];
const [OPENAI, DEEPMIND] = [0, 1];

/** Month 3 with openai on one contract with aws at `exclusivity`. */
const onAws = (exclusivity: 'none' | 'rofr' | 'inference' | 'full' = 'none') => worldAt(openaiOn('aws', { exclusivity }), 3);
const scopes = (w: ReturnType<typeof onAws>, lab: number) =>
  w.contracts.filter((c) => c.status === 'active' && c.lab === lab).map((c) => [c.cloud, c.exclusivity]).sort();

describe('applyEvent(world, deal) terms', () => {
  it('prices a deal with no price at the owner\'s unit cost for its own lab, at list price otherwise', () => {
    const w = onAws();
    applyEvent(w, dealEvent({ cloud: 'gcp', lab: 'deepmind', compute: 0.5 }));
    expect(w.contracts.at(-1)).toMatchObject({ cloud: GCP, lab: DEEPMIND, price: w.clouds[GCP].unitCost, internal: true });
    expect(w.clouds[GCP].unitCost).not.toBe(w.clouds[GCP].price);
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'deepmind', compute: 0.5 }));
    expect(w.contracts.at(-1)).toMatchObject({ cloud: AZURE, lab: DEEPMIND, price: w.clouds[AZURE].price, internal: false });
  });

  it('signs upfront: the investment is paid at signing', () => {
    const w = onAws();
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 0.5, investment: 1.5 }));
    expect(w.contracts.at(-1)).toMatchObject({ investment: 1.5, investmentPaid: 1.5, origin: 'event', start: 3 });
  });

  it('caps the scope at the policy\'s maximum', () => {
    const w = onAws();
    applyEvent(w, { kind: 'policy', date: '2016-04', maxExclusivity: 'rofr' });
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 0.5, exclusivity: 'full' }));
    expect(w.contracts.at(-1)!.exclusivity).toBe(1);
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'deepmind', compute: 0.5, exclusivity: 'none' }));
    expect(w.contracts.at(-1)!.exclusivity).toBe(0);
  });

  it('an inference deal releases the lab\'s exclusivity with other clouds; a rofr deal does not', () => {
    const w = onAws('full');
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 0.5, exclusivity: 'rofr' }));
    expect(scopes(w, OPENAI)).toEqual([[AWS, 3], [AZURE, 1]]);
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 0.5, exclusivity: 'inference' }));
    expect(scopes(w, OPENAI)).toEqual([[AWS, 0], [AZURE, 2]]);
  });

  it('a binding deal leaves other labs\' contracts and the lab\'s ended contracts alone', () => {
    const w = onAws('full');
    applyEvent(w, dealEvent({ cloud: 'aws', lab: 'deepmind', compute: 0.5, exclusivity: 'full' }));
    const ended = w.contracts.find((c) => c.lab === OPENAI && c.cloud === AWS)!;
    applyEvent(w, dealEvent({ cloud: 'aws', lab: 'openai', compute: 0.5, exclusivity: 'full' }));
    expect(ended).toMatchObject({ status: 'terminated', exclusivity: 3 });
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 0.5, exclusivity: 'full' }));
    expect(scopes(w, DEEPMIND)).toContainEqual([AWS, 3]);
    expect(ended.exclusivity).toBe(3);
    expect(scopes(w, OPENAI)).toEqual([[AWS, 0], [AZURE, 3]]);
  });

  it('records the lab\'s value of the deal net of its price, valued as a fresh pairing at the capacity free now', () => {
    const w = onAws();
    const free = capacityLeft(w, AZURE);
    const compute = free + 5;
    const value = pairValue(w, AZURE, OPENAI, compute, free, 2, NO_BASE).labValue;
    expect(value, 'the free capacity matters to the value').not.toBeCloseTo(pairValue(w, AZURE, OPENAI, compute, compute, 2, NO_BASE).labValue, 6);
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute, exclusivity: 'inference', price: 0.002 }));
    expect(w.contracts.at(-1)!.labValue).toBeCloseTo(value - 0.002 * compute, 12);
  });
});
