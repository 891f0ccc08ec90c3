/**
 * Tests of sim/events/relax-exclusivity.ts: the pair's contract drops to the weaker scope (its exit
 * penalty goes below inference), never to a stronger one.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../sim/events/index.js';
import { applyAndDiff, dealEvent, openaiOn, worldAt } from './world-diff.js';

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

describe('applyEvent(world, relax_exclusivity) touches only the pair\'s active contracts', () => {
  it('leaves the lab\'s contracts with other clouds, other labs\' contracts and ended contracts as they were', () => {
    const w = worldAt(openaiOn('aws', { exclusivity: 'full' }), 3);
    const ended = w.contracts.find((c) => c.status === 'active' && c.lab === OPENAI)!;
    applyEvent(w, dealEvent({ cloud: 'aws', lab: 'openai', compute: 1, exclusivity: 'full' }));
    applyEvent(w, dealEvent({ cloud: 'aws', lab: 'deepmind', compute: 1, exclusivity: 'full' }));
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 1, exclusivity: 'rofr' }));
    const before = w.contracts.map((c) => [c.id, c.status, c.exclusivity]);
    applyEvent(w, { kind: 'relax_exclusivity', date: '2016-04', lab: 'openai', cloud: 'aws', to: 'none' });
    const after = new Map(w.contracts.map((c) => [c.id, c.exclusivity]));
    const current = w.contracts.filter((c) => c.status === 'active' && c.lab === OPENAI && c.cloud === 0);
    expect(current).toHaveLength(1);
    for (const [id, status, scope] of before) expect(after.get(id as number), `contract ${id} (${status})`).toBe(id === current[0].id ? 0 : scope);
    expect(ended).toMatchObject({ status: 'terminated', exclusivity: 3 });
  });
});
