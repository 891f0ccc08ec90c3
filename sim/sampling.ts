/**
 * Draws from a uniform stream: a categorical choice by inverse CDF (one uniform per choice), a
 * standard normal by Box–Muller, normal quantiles, and geometric gaps (how many trials to skip
 * before the next success, with an allocation-free ln on (0, 1]). Allocation-free, for the population's hot loop.
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

/**
 * Trials to skip before the next success when each succeeds with probability `p`, from one uniform
 * `u` in [0, 1): floor(ln(1 - u) / ln(1 - p)), Geometric on {0, 1, ...}; pass `logFail` =
 * log1p(-p), computed once. 0 when p = 1 (logFail = -Infinity). Allocation-free (a small-integer
 * result, and lnUnit instead of a library log that boxes its result), the same bits on every engine.
 * @example geometricGap(0.5, log1p(-0.03)) // 22
 */
export function geometricGap(u: number, logFail: number): number {
  return Math.floor(lnUnit(1 - u) / logFail);
}

const SQRT_HALF = 0.7071067811865476;
const LN2 = 0.6931471805599453;

/**
 * ln(y) for y in (0, 1], from exactly rounded arithmetic only (so the same bits in Node and every
 * browser): y = m · 2^e with m in [√½, √2) by exact halvings, then ln m = 2 atanh((m - 1)/(m + 1))
 * by its series to s^19 (error below 1e-16 relative). Not for y <= 0 or y > 1.
 * @example lnUnit(0.5) // -0.6931471805599453
 */
export function lnUnit(y: number): number {
  let e = 0;
  while (y < SQRT_HALF) {
    y *= 2;
    e -= 1;
  }
  const s = (y - 1) / (y + 1);
  const z = s * s;
  const series = ((((((((((1 / 19) * z + 1 / 17) * z + 1 / 15) * z + 1 / 13) * z + 1 / 11) * z + 1 / 9) * z + 1 / 7) * z + 1 / 5) * z + 1 / 3) * z + 1);
  return e * LN2 + 2 * s * series;
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/**
 * The standard normal quantile Φ⁻¹(p) for p in (0, 1) (Acklam's rational approximation, relative
 * error below 1.2e-9).
 * @example normalQuantile(0.975) // 1.95996...
 */
export function normalQuantile(p: number): number {
  if (p < 0.02425 || p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * ln(p < 0.5 ? p : 1 - p));
    const x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    return p < 0.5 ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}
