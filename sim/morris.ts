/**
 * Morris elementary-effects screening (Morris 1991; mu* of Campolongo et al. 2007): r random
 * one-at-a-time trajectories on a p-level grid of the unit cube, step Delta = p / (2(p - 1)); each
 * parameter's elementary effects give mu* (mean |EE|: does it matter?) and sigma (their standard
 * deviation: non-linear or interacting?). Effects are per unit of the parameter's range. Pure, seeded.
 */
import { permutation } from './design.js';
import type { Rng } from './rng.js';

/** One trajectory: k + 1 unit-cube points, and which parameter changed between point t and t + 1. */
export interface Trajectory {
  points: number[][];
  /** changed[t] = parameter moved from points[t] to points[t + 1]. */
  changed: number[];
  /** Signed step of that move (+Delta or -Delta). */
  steps: number[];
}

/**
 * `r` trajectories for `k` parameters on a `levels`-level grid (levels even, >= 2).
 * @example morrisTrajectories(3, 10, 4, rng).length // 10, each with 4 points
 */
export function morrisTrajectories(k: number, r: number, levels: number, rng: Rng): Trajectory[] {
  const delta = levels / (2 * (levels - 1));
  const lowLevels = levels / 2; // base values leaving room for +Delta: 0 .. (p/2 - 1) / (p - 1)
  return Array.from({ length: r }, () => {
    const up = Array.from({ length: k }, () => rng() < 0.5);
    let x = up.map((goesUp) => {
      const base = Math.floor(rng() * lowLevels) / (levels - 1);
      return goesUp ? base : base + delta;
    });
    const points = [x];
    const changed = permutation(k, rng);
    const steps = changed.map((i) => (up[i] ? delta : -delta));
    changed.forEach((i, t) => {
      x = x.map((value, j) => (j === i ? value + steps[t] : value));
      points.push(x);
    });
    return { points, changed, steps };
  });
}

export interface MorrisIndex {
  /** Mean of |EE|. */
  muStar: number;
  /** Mean of EE (signed). */
  mu: number;
  /** Standard deviation of EE (n - 1). */
  sigma: number;
}

/**
 * mu*, mu and sigma per parameter from the outputs `y` at the trajectories' points (flattened in
 * order: trajectory 0's k + 1 points, then trajectory 1's...). NaN outputs skip their effects.
 */
export function morrisIndices(trajectories: readonly Trajectory[], y: ArrayLike<number>, k: number): MorrisIndex[] {
  const effects: number[][] = Array.from({ length: k }, () => []);
  let offset = 0;
  for (const trajectory of trajectories) {
    trajectory.changed.forEach((i, t) => {
      const effect = (y[offset + t + 1] - y[offset + t]) / trajectory.steps[t];
      if (!Number.isNaN(effect)) effects[i].push(effect);
    });
    offset += trajectory.points.length;
  }
  return effects.map((list) => {
    const n = list.length;
    const mu = list.reduce((a, b) => a + b, 0) / n;
    const muStar = list.reduce((a, b) => a + Math.abs(b), 0) / n;
    const sigma = n < 2 ? NaN : Math.sqrt(list.reduce((a, b) => a + (b - mu) ** 2, 0) / (n - 1));
    return { muStar, mu, sigma };
  });
}
