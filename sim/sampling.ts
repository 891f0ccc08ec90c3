/**
 * Draws from a uniform stream: a categorical choice by inverse CDF (one uniform per choice) and a
 * standard normal by Box–Muller. Allocation-free, for the population's hot loop.
 */
import type { Rng } from './rng.js';
import { cos, ln } from './math.js';

/**
 * Inverse CDF over the first `n` weights: the index where the running sum passes `target`
 * (a uniform draw times the total). Zero weights are never picked.
 * @example pickIndex(new Float64Array([1, 0, 3]), 3, 0.5 * 4) // 2
 */
export function pickIndex(weights: Float64Array, n: number, target: number): number {
  let last = 0;
  for (let j = 0; j < n; j++) {
    if (weights[j] <= 0) continue;
    last = j;
    target -= weights[j];
    if (target < 0) return j;
  }
  return last;
}

/** Non-negative weights as a Float64Array with their total, ready for pickIndex. */
export function weightsOf(values: number[]): { weights: Float64Array; total: number } {
  const weights = Float64Array.from(values, (v) => Math.max(0, v));
  return { weights, total: weights.reduce((a, b) => a + b, 0) };
}

/** A standard normal draw (Box–Muller, two uniforms). */
export function normal(rng: Rng): number {
  return Math.sqrt(-2 * ln(1 - rng())) * cos(2 * Math.PI * rng());
}
