/**
 * Tests of sim/events/capacity-shock.ts: a cloud's capacity, or the global GPU supply, times a factor.
 */
import { describe, expect, it } from 'vitest';
import { gpuSupply } from '../../sim/clouds.js';
import { smallScenario } from '../support/small-scenario.js';
import { applyAndDiff, worldAt } from './world-diff.js';

describe('applyEvent(world, capacity_shock)', () => {
  it('applyEvent(world, capacity_shock aws x0.5) halves aws capacity and changes nothing else', () => {
    const w = worldAt(smallScenario(), 3);
    const capacity = w.clouds[0].capacity;
    const { changed, logged } = applyAndDiff(w, { kind: 'capacity_shock', date: '2016-04', cloud: 'aws', factor: 0.5 });
    expect(changed).toEqual(['clouds.aws.capacity']);
    expect(w.clouds[0].capacity).toBe(capacity * 0.5);
    expect(logged[0]).toMatchObject({ kind: 'capacity_shock', cloud: 'aws', value: 0.5 });
  });

  it('applyEvent(world, capacity_shock with no cloud) scales the global GPU supply only', () => {
    const w = worldAt(smallScenario(), 3);
    const supply = gpuSupply(w);
    const { changed } = applyAndDiff(w, { kind: 'capacity_shock', date: '2016-04', cloud: null, factor: 0.25 });
    expect(changed).toEqual(['supplyFactor']);
    expect(w.supplyFactor).toBe(0.25);
    expect(gpuSupply(w)).toBeCloseTo(supply * 0.25, 12);
  });
});
