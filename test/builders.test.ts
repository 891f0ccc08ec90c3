/**
 * updateCloudShares() (sim/builders.ts) on hand-set population counts: each cloud's share of the
 * adopted developers, startups and enterprises, and its share of adopters' spend weighted by each
 * type's spend; 0 for a type nobody adopted and for spend when nobody spends.
 */
import { describe, expect, it } from 'vitest';
import { updateCloudShares } from '../sim/builders.js';
import type { World } from '../sim/world.js';

/** A world with just what updateCloudShares reads: two clouds, counts by type then cloud. */
function world(adopted: number[], cloudCounts: number[], spend = [1, 2, 10]): World {
  const types = Object.fromEntries(['developer', 'startup', 'enterprise'].map((name, t) => [name, { spend: spend[t] }]));
  return {
    population: { adopted: Float64Array.from(adopted), cloudCounts: Float64Array.from(cloudCounts) },
    populationSpec: { types },
    clouds: [{ index: 0 }, { index: 1 }],
  } as unknown as World;
}

describe('updateCloudShares(world)', () => {
  it('updateCloudShares() gives each cloud its share of every type and of the spend', () => {
    // developers 3 + 1, startups 1 + 1, enterprises 0 + 2 (spend 1, 2, 10 each)
    const w = world([4, 2, 2], [3, 1, 1, 1, 0, 2]);
    updateCloudShares(w);
    const [a, b] = w.clouds;
    expect([a.devShare, a.startupShare, a.enterpriseShare]).toEqual([0.75, 0.5, 0]);
    expect([b.devShare, b.startupShare, b.enterpriseShare]).toEqual([0.25, 0.5, 1]);
    // spend: a 3 + 2 = 5, b 1 + 2 + 20 = 23, total 28
    expect(a.spendShare).toBeCloseTo(5 / 28, 14);
    expect(b.spendShare).toBeCloseTo(23 / 28, 14);
  });

  it('updateCloudShares() gives 0 for a type with no adopters and 0 spend share when no adopter spends', () => {
    const w = world([0, 2, 0], [0, 0, 2, 0, 0, 0], [1, 0, 1]);
    updateCloudShares(w);
    expect(w.clouds.map((c) => [c.devShare, c.startupShare, c.enterpriseShare, c.spendShare])).toEqual([[0, 1, 0, 0], [0, 0, 0, 0]]);
  });
});
