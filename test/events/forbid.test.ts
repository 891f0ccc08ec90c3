/**
 * Tests of sim/events/forbid.ts: the pairing is barred from the market (for good, or until a month)
 * and nothing else changes.
 */
import { describe, expect, it } from 'vitest';
import { isForbidden } from '../../sim/eligibility.js';
import { runScenario } from '../../sim/run.js';
import type { Recording } from '../../sim/recording.js';
import { smallScenario } from '../support/small-scenario.js';
import { applyAndDiff, worldAt } from './world-diff.js';

const marketDeals = (recording: Recording, cloud: string, lab: string) =>
  recording.events.filter((e) => e.kind === 'market_deal' && e.cloud === cloud && e.lab === lab);

describe('applyEvent(world, forbid)', () => {
  it('applyEvent(world, forbid) for good adds the pair to world.forbidden, nothing else', () => {
    const w = worldAt(smallScenario(), 3);
    const { changed, logged } = applyAndDiff(w, { kind: 'forbid', date: '2016-04', cloud: 'azure', lab: 'openai', until: null });
    expect(changed).toEqual(['forbidden.1:0']);
    expect(w.forbidden.get('1:0')).toBe(Infinity);
    expect(isForbidden(w, 1, 0)).toBe(true);
    expect(isForbidden(w, 0, 0)).toBe(false);
    expect(logged[0]).toMatchObject({ kind: 'forbid', cloud: 'azure', lab: 'openai' });
  });

  it('applyEvent(world, forbid until) bars the pair before that month only', () => {
    const w = worldAt(smallScenario(), 3);
    applyAndDiff(w, { kind: 'forbid', date: '2016-04', cloud: 'aws', lab: 'openai', until: '2017-01' });
    expect(w.forbidden.get('0:0')).toBe(12);
    expect(isForbidden(w, 0, 0)).toBe(true);
    w.t = 12;
    expect(isForbidden(w, 0, 0)).toBe(false);
  });

  it('runScenario() with a forbid from the first month has no market deal between the pair', () => {
    const baseline = runScenario(smallScenario(), { run: 0, check: true });
    const first = baseline.events.find((e) => e.kind === 'market_deal' && e.lab === 'openai')!;
    expect(first).toBeDefined();
    const pair = { cloud: first.cloud, lab: 'openai' };
    const forbidden = runScenario(smallScenario({}, [{ kind: 'forbid', date: '2016-01', ...pair, until: null }]), { run: 0, check: true });
    expect(marketDeals(forbidden, pair.cloud, pair.lab)).toEqual([]);
    expect(forbidden.contracts.filter((c) => c.cloud === pair.cloud && c.lab === pair.lab)).toEqual([]);
    expect(forbidden.events.some((e) => e.kind === 'market_deal' && e.lab === 'openai')).toBe(true);
  });

  it('runScenario() with a forbid until a month has no market deal between the pair before it', () => {
    const baseline = runScenario(smallScenario(), { run: 0, check: true });
    const first = baseline.events.find((e) => e.kind === 'market_deal' && e.lab === 'openai')!;
    const pair = { cloud: first.cloud, lab: 'openai' };
    const until = '2018-01';
    const recording = runScenario(smallScenario({}, [{ kind: 'forbid', date: '2016-01', ...pair, until }]), { run: 0, check: true });
    expect(marketDeals(recording, pair.cloud, pair.lab).filter((e) => e.date < until)).toEqual([]);
  });
});
