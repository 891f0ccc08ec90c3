/**
 * Tests of sim/events/announce.ts: a narrative shock adds delta to one cloud's share, then
 * renormalises over the active clouds.
 */
import { describe, expect, it } from 'vitest';
import { smallScenario } from '../support/small-scenario.js';
import { applyAndDiff, worldAt } from './world-diff.js';

const ids = ['aws', 'azure', 'gcp'];

describe('applyEvent(world, announce)', () => {
  it('applyEvent(world, announce +0.1 on azure) changes only narrative shares, to normalize(N + 0.1 e_azure)', () => {
    const w = worldAt(smallScenario(), 3);
    const before = w.clouds.map((cloud) => cloud.narrative);
    const { changed, logged } = applyAndDiff(w, { kind: 'announce', date: '2016-04', cloud: 'azure', delta: 0.1 });
    expect(changed).toEqual(ids.map((id) => `clouds.${id}.narrative`));
    const shocked = before.map((n, k) => n + (k === 1 ? 0.1 : 0));
    const total = shocked.reduce((a, b) => a + b, 0);
    w.clouds.forEach((cloud, k) => expect(cloud.narrative).toBeCloseTo(shocked[k] / total, 12));
    expect(w.clouds[1].narrative).toBeGreaterThan(before[1]);
    expect(logged[0]).toMatchObject({ kind: 'announce', cloud: 'azure', value: 0.1 });
  });

  it('applyEvent(world, announce) with a negative delta beyond the share floors it at 0', () => {
    const w = worldAt(smallScenario(), 3);
    applyAndDiff(w, { kind: 'announce', date: '2016-04', cloud: 'gcp', delta: -5 });
    expect(w.clouds[2].narrative).toBe(0);
    expect(w.clouds.reduce((a, cloud) => a + cloud.narrative, 0)).toBeCloseTo(1, 12);
  });

  it('applyEvent(world, announce) leaves an inactive cloud at 0', () => {
    const scenario = smallScenario();
    scenario.clouds.push({ ...scenario.clouds[0], id: 'oracle', active: false, narrativeShare: 0 });
    const w = worldAt(scenario, 2);
    const { changed } = applyAndDiff(w, { kind: 'announce', date: '2016-03', cloud: 'aws', delta: 0.2 });
    expect(changed).toEqual(ids.map((id) => `clouds.${id}.narrative`));
    expect(w.clouds[3].narrative).toBe(0);
  });
});
