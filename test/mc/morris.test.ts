/**
 * sim/morris.ts exactly: one trajectory built by hand from a scripted random stream (directions,
 * base levels leaving room for +Delta, the order of the moves), and mu*, mu and sigma (n - 1) of
 * elementary effects computed by hand from two hand-made trajectories, NaN outputs skipped.
 */
import { describe, expect, it } from 'vitest';
import { morrisIndices, morrisTrajectories, type Trajectory } from '../../sim/morris.js';
import type { Rng } from '../../sim/rng.js';

const scripted = (...values: number[]): Rng => {
  let i = 0;
  return () => values[i++ % values.length];
};

describe('morrisTrajectories(k, r, levels, rng)', () => {
  it('morrisTrajectories() draws directions, then base levels, then the order of the moves', () => {
    // levels 4: Delta = 2/3, bases from {0, 1/3}. Up: 0.2 < 0.5 yes, 0.7 no. Bases: floor(0.6 x 2)/3
    // = 1/3 (up: stays), floor(0.1 x 2)/3 = 0 (down: starts at 0 + 2/3). Order: u = 0 swaps -> [1, 0].
    const [t] = morrisTrajectories(2, 1, 4, scripted(0.2, 0.7, 0.6, 0.1, 0));
    expect(t.changed).toEqual([1, 0]);
    expect(t.steps).toEqual([-2 / 3, 2 / 3]);
    expect(t.points).toEqual([[1 / 3, 2 / 3], [1 / 3, 0], [1 / 3 + 2 / 3, 0]]);
  });

  it('morrisTrajectories() makes r trajectories of k + 1 points', () => {
    const ts = morrisTrajectories(3, 4, 6, scripted(0.3, 0.8, 0.55, 0.05));
    expect(ts).toHaveLength(4);
    for (const t of ts) expect(t.points).toHaveLength(4);
  });

  it('morrisTrajectories() with u just below 1 starts at the highest base level, (p/2 - 1)/(p - 1)', () => {
    const [t] = morrisTrajectories(1, 1, 6, scripted(0.1, 0.999));
    expect(t.points[0][0]).toBeCloseTo(2 / 5, 14);
    expect(t.points[1][0]).toBeCloseTo(2 / 5 + 0.6, 14); // Delta = 6/10
  });
});

describe('morrisIndices(trajectories, y, k)', () => {
  const trajectories: Trajectory[] = [
    { points: [[0, 0], [0.5, 0], [0.5, -0.5]], changed: [0, 1], steps: [0.5, -0.5] },
    { points: [[0, 0], [0, 0.5], [0.5, 0.5]], changed: [1, 0], steps: [0.5, 0.5] },
  ];

  it('morrisIndices() gives mean |EE|, mean EE and their n - 1 standard deviation per parameter', () => {
    // effects: x0: (1-0)/0.5 = 2, (8-9)/0.5 = -2; x1: (2-1)/-0.5 = -2, (9-10)/0.5 = -2
    const [x0, x1] = morrisIndices(trajectories, [0, 1, 2, 10, 9, 8], 2);
    expect(x0).toEqual({ muStar: 2, mu: 0, sigma: Math.sqrt(8) });
    expect(x1).toEqual({ muStar: 2, mu: -2, sigma: 0 });
  });

  it('morrisIndices() skips effects with a NaN output; one effect has no sigma', () => {
    const [x0, x1] = morrisIndices(trajectories, [0, 1, 2, 10, NaN, 8], 2);
    expect(x0).toEqual({ muStar: 2, mu: 2, sigma: NaN });
    expect(x1).toEqual({ muStar: 2, mu: -2, sigma: NaN });
  });
});
