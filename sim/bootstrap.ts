/**
 * Percentile bootstrap confidence intervals: resample indices with replacement (seeded), recompute
 * a statistic, take the 2.5% and 97.5% quantiles of its replicates. Pure.
 */
import type { Rng } from './rng.js';

/** Indices 0..n-1 drawn n times with replacement. */
export function resampleIndices(n: number, rng: Rng): Int32Array {
  const indices = new Int32Array(n);
  for (let i = 0; i < n; i++) indices[i] = Math.floor(rng() * n);
  return indices;
}

/** The q-quantile (0..1) of `values` by linear interpolation between order statistics (NaNs dropped). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = q * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/**
 * The 95% percentile-bootstrap interval of `statistic` over `n` items, from `replicates` resamples.
 * `statistic` gets the resampled indices and returns one number per quantity (e.g. one per parameter).
 * @example bootstrapIntervals(100, 500, rng, (idx) => [meanOf(idx)]) // [[low, high]]
 */
export function bootstrapIntervals(n: number, replicates: number, rng: Rng, statistic: (indices: Int32Array) => number[]): [number, number][] {
  const draws: number[][] = [];
  for (let b = 0; b < replicates; b++) {
    statistic(resampleIndices(n, rng)).forEach((value, k) => (draws[k] ??= []).push(value));
  }
  return draws.map((values) => [quantile(values, 0.025), quantile(values, 0.975)]);
}
