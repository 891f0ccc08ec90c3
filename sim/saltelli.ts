/**
 * Variance-based (Sobol) sensitivity indices with Saltelli's sampling scheme: base matrices A and
 * B from a 2k-dimensional Sobol sequence, and for each parameter i the matrix AB_i (A with
 * column i from B); N(k + 2) model evaluations. First-order indices by Saltelli et al. (2010)
 * eq. (b), total indices by Jansen (1999), 95% intervals by percentile bootstrap over the N rows.
 */
import { bootstrapIntervals } from './bootstrap.js';
import type { Rng } from './rng.js';
import { sobolPoints } from './sobol-sequence.js';

/**
 * The unit-cube points of a Saltelli sample for `k` parameters and base size `n`, in blocks of
 * k + 2 per row j: A_j, AB_1j .. AB_kj, B_j (the order saltelliIndices expects).
 * @example saltelliPoints(3, 1024).length // 1024 * 5
 */
export function saltelliPoints(k: number, n: number): number[][] {
  const base = sobolPoints(n, 2 * k, 1); // skip the all-zero point
  const points: number[][] = [];
  for (const row of base) {
    const a = row.slice(0, k);
    const b = row.slice(k);
    points.push(a);
    for (let i = 0; i < k; i++) points.push(a.map((value, j) => (j === i ? b[i] : value)));
    points.push(b);
  }
  return points;
}

export interface SobolIndex {
  first: number;
  firstLow: number;
  firstHigh: number;
  total: number;
  totalLow: number;
  totalHigh: number;
}

/** Unbiased variance of the 2n outputs f(A) and f(B) of rows `rows`. */
function outputVariance(fa: Float64Array, fb: Float64Array, rows: ArrayLike<number>): number {
  let sum = 0;
  let squares = 0;
  const count = rows.length * 2;
  for (let r = 0; r < rows.length; r++) sum += fa[rows[r]] + fb[rows[r]];
  const mean = sum / count;
  for (let r = 0; r < rows.length; r++) squares += (fa[rows[r]] - mean) ** 2 + (fb[rows[r]] - mean) ** 2;
  return squares / (count - 1);
}

/** [S_1..S_k, ST_1..ST_k] from the rows `rows` of the sample. */
function estimates(fa: Float64Array, fb: Float64Array, fab: Float64Array[], rows: ArrayLike<number>): number[] {
  const variance = outputVariance(fa, fb, rows);
  const n = rows.length;
  const first: number[] = [];
  const total: number[] = [];
  for (const column of fab) {
    let s = 0;
    let t = 0;
    for (let r = 0; r < n; r++) {
      const j = rows[r];
      s += fb[j] * (column[j] - fa[j]);
      t += (fa[j] - column[j]) ** 2;
    }
    first.push(s / n / variance);
    total.push(t / (2 * n) / variance);
  }
  return [...first, ...total];
}

/**
 * First-order and total Sobol indices of each of `k` parameters from the model outputs `y`, one
 * per point of saltelliPoints(k, n) in the same order; intervals from `resamples` bootstraps.
 * @example saltelliIndices(y, 3, 200, createRng(1, 'bootstrap'))
 */
export function saltelliIndices(y: ArrayLike<number>, k: number, resamples: number, rng: Rng): SobolIndex[] {
  const block = k + 2;
  const n = y.length / block;
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`Saltelli outputs: expected a multiple of ${block} (>= 2 blocks), got ${y.length}`);
  const fa = Float64Array.from({ length: n }, (_, j) => y[j * block]);
  const fb = Float64Array.from({ length: n }, (_, j) => y[j * block + k + 1]);
  const fab = Array.from({ length: k }, (_, i) => Float64Array.from({ length: n }, (_, j) => y[j * block + 1 + i]));
  const all = Int32Array.from({ length: n }, (_, j) => j);
  const point = estimates(fa, fb, fab, all);
  const intervals = bootstrapIntervals(n, resamples, rng, (rows) => estimates(fa, fb, fab, rows));
  return Array.from({ length: k }, (_, i) => ({
    first: point[i], firstLow: intervals[i][0], firstHigh: intervals[i][1],
    total: point[k + i], totalLow: intervals[k + i][0], totalHigh: intervals[k + i][1],
  }));
}
