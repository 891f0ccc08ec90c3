/**
 * Tests of sim/events/invest.ts: cash from a cloud to a lab adds to the lab's funding and to the
 * pair's active contract, and to nothing else.
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
    expect(changed).toEqual([`contracts.${contract.id}.investment`, 'labs.openai.funding']);
    expect(contract.investment).toBe(3);
    expect(w.labs[OPENAI].funding).toBeCloseTo(funding + 2, 12);
    expect(logged[0]).toMatchObject({ kind: 'invest', cloud: 'aws', lab: 'openai', value: 2 });
  });

  it('applyEvent(world, invest) without a contract changes only the lab\'s funding', () => {
    const w = worldAt(openaiOn('aws'), 3);
    const { changed } = applyAndDiff(w, { kind: 'invest', date: '2016-04', cloud: 'azure', lab: 'openai', amount: 0.7 });
    expect(changed).toEqual(['labs.openai.funding']);
  });
});
