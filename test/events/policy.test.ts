/**
 * Tests of sim/events/policy.ts: a regulator's cap on exclusivity changes only the cap; the next
 * market pass relaxes contracts above it, and no later contract exceeds it.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/run.js';
import type { Scenario } from '../../sim/scenario/types.js';
import { step } from '../../sim/step.js';
import { applyAndDiff, openaiOn, worldAt } from './world-diff.js';
import { smallScenario } from '../support/small-scenario.js';

const OPENAI = 0;

describe('applyEvent(world, policy)', () => {
  it('applyEvent(world, policy none) changes only the cap; the next market pass relaxes exclusive contracts', () => {
    const w = worldAt(openaiOn('aws', { exclusivity: 'full' }), 3);
    const contract = w.contracts.find((c) => c.status === 'active' && c.lab === OPENAI)!;
    expect(contract.exclusivity).toBe(3);
    const { changed, logged } = applyAndDiff(w, { kind: 'policy', date: '2016-04', maxExclusivity: 'none' });
    expect(changed).toEqual(['maxExclusivity']);
    expect(w.maxExclusivity).toBe(0);
    expect(logged[0]).toMatchObject({ kind: 'policy', value: 0 });
    const logLength = w.log.length;
    step(w);
    expect(contract).toMatchObject({ exclusivity: 0, status: 'active' });
    expect(w.labs[OPENAI].exclusivity).toBe(0);
    expect(w.log.slice(logLength).some((e) => e.kind === 'relaxation' && e.lab === 'openai' && e.detail.includes('policy'))).toBe(true);
  });

  it('applyEvent(world, policy rofr) caps a full contract at rofr in the next market pass', () => {
    const w = worldAt(openaiOn('aws', { exclusivity: 'full' }), 3);
    applyAndDiff(w, { kind: 'policy', date: '2016-04', maxExclusivity: 'rofr' });
    step(w);
    expect(w.contracts.find((c) => c.status === 'active' && c.lab === OPENAI)!.exclusivity).toBe(1);
  });

  it('runScenario() after policy none signs no exclusive contract', () => {
    const eager = (events: Scenario['events']): Scenario => {
      const scenario = smallScenario({}, events);
      scenario.labs = scenario.labs.map((spec) => ({ ...spec, autonomy: 0 }));
      return scenario;
    };
    const baseline = runScenario(eager([]), { run: 0, check: true });
    expect(baseline.contracts.some((c) => c.exclusivity !== 'none')).toBe(true);
    const banned = runScenario(eager([{ kind: 'policy', date: '2016-01', maxExclusivity: 'none' }]), { run: 0, check: true });
    expect(banned.contracts.length).toBeGreaterThan(0);
    expect(banned.contracts.filter((c) => c.exclusivity !== 'none')).toEqual([]);
  });
});
