/**
 * Tests of sim/events/invest.ts: cash from a cloud to a lab, paid now: out of the cloud's cash,
 * into the lab's funding, booked on the pair's active contract, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { applyAndDiff, openaiOn, worldAt } from './world-diff.js';

const OPENAI = 0;

describe('applyEvent(world, invest)', () => {
  it('applyEvent(world, invest) adds the amount to the lab\'s funding and to the pair\'s contract', () => {
    const w = worldAt(openaiOn('aws', { investment: 1 }), 3);
    const contract = w.contracts.find((c) => c.status === 'active' && c.lab === OPENAI)!;
    const funding = w.labs[OPENAI].funding;
    const { changed, logged } = applyAndDiff(w, { kind: 'invest', date: '2016-04', cloud: 'aws', lab: 'openai', amount: 2 });
    expect(changed).toEqual(['clouds.aws.cash', 'clouds.aws.investmentPaid', `contracts.${contract.id}.investment`, `contracts.${contract.id}.investmentPaid`,
      'labs.openai.funding', 'labs.openai.investmentReceived']);
    expect(contract.investment).toBe(3);
    expect(contract.investmentPaid).toBe(3);
    expect(w.labs[OPENAI].funding).toBeCloseTo(funding + 2, 12);
    expect(logged[0]).toMatchObject({ kind: 'invest', cloud: 'aws', lab: 'openai', value: 2 });
  });

  it('applyEvent(world, invest) without a contract moves cash from the cloud to the lab only', () => {
    const w = worldAt(openaiOn('aws'), 3);
    const cash = w.clouds[1].cash;
    const { changed } = applyAndDiff(w, { kind: 'invest', date: '2016-04', cloud: 'azure', lab: 'openai', amount: 0.7 });
    expect(changed).toEqual(['clouds.azure.cash', 'clouds.azure.investmentPaid', 'labs.openai.funding', 'labs.openai.investmentReceived']);
    expect(w.clouds[1].cash).toBeCloseTo(cash - 0.7, 12);
  });
});
