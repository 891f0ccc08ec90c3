/**
 * Tests of sim/events/relax-exclusivity.ts: the pair's contract drops to the weaker scope (its exit
 * penalty goes below inference), never to a stronger one.
 */
import { describe, expect, it } from 'vitest';
import { applyAndDiff, openaiOn, worldAt } from './world-diff.js';

const OPENAI = 0;

describe('applyEvent(world, relax_exclusivity)', () => {
  it('applyEvent(world, relax_exclusivity to rofr) weakens the contract and the lab\'s exclusivity, nothing else', () => {
    const w = worldAt(openaiOn('aws', { exclusivity: 'full' }), 3);
    const contract = w.contracts.find((c) => c.status === 'active' && c.lab === OPENAI)!;
    expect(contract.exitPenalty).toBeGreaterThan(0);
    const { changed, logged } = applyAndDiff(w, { kind: 'relax_exclusivity', date: '2016-04', lab: 'openai', cloud: 'aws', to: 'rofr' });
    const id = contract.id;
    expect(changed).toEqual([`contracts.${id}.exclusivity`, `contracts.${id}.exitPenalty`, `contracts.${id}.renegotiated`, 'labs.openai.exclusivity']);
    expect(contract).toMatchObject({ exclusivity: 1, exitPenalty: 0, renegotiated: 3, status: 'active' });
    expect(w.labs[OPENAI].exclusivity).toBe(1);
    expect(logged[0]).toMatchObject({ kind: 'relax_exclusivity', value: 1 });
  });

  it('applyEvent(world, relax_exclusivity to inference) keeps the exit penalty of a binding scope', () => {
    const w = worldAt(openaiOn('aws', { exclusivity: 'full' }), 3);
    const contract = w.contracts.find((c) => c.status === 'active' && c.lab === OPENAI)!;
    const penalty = contract.exitPenalty;
    applyAndDiff(w, { kind: 'relax_exclusivity', date: '2016-04', lab: 'openai', cloud: 'aws', to: 'inference' });
    expect(contract).toMatchObject({ exclusivity: 2, exitPenalty: penalty });
  });

  it('applyEvent(world, relax_exclusivity) never strengthens a contract', () => {
    const w = worldAt(openaiOn('aws', { exclusivity: 'rofr' }), 3);
    const { changed, logged } = applyAndDiff(w, { kind: 'relax_exclusivity', date: '2016-04', lab: 'openai', cloud: 'aws', to: 'full' });
    expect(changed).toEqual([]);
    expect(logged[0].detail).toContain('nothing stronger');
  });
});
