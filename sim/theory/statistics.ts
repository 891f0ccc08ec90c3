/**
 * Sample statistics for the theory checks: mean, standard deviation, a robust (MAD-based) standard
 * deviation, and the Kolmogorov–Smirnov distance of a sample from a continuous distribution.
 */

/** Arithmetic mean; NaN for an empty sample. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}

/**
 * Sample standard deviation (n − 1 denominator); NaN below two values.
 * @example standardDeviation([1, 2, 3]) // 1
 */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return NaN;
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/** Median of a sample (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
}

/**
 * 1.4826 × the median absolute deviation: estimates the standard deviation of a normal sample,
 * and ignores the few runs that end far away (in another basin).
 * @example robustStandardDeviation([0, 1, 2, 3, 100]) // 1.4826
 */
export function robustStandardDeviation(values: readonly number[]): number {
  const center = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - center)));
}

/**
 * Kolmogorov–Smirnov statistic D = sup |F_n(x) − F(x)| of a sample against the CDF `cdf`.
 * @example ksDistance([0.5], (x) => x) // 0.5
 */
export function ksDistance(sample: readonly number[], cdf: (x: number) => number): number {
  const sorted = [...sample].sort((a, b) => a - b);
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** The KS critical value at level 1e-3 for a sample of n (asymptotic: 1.949/√n). */
export function ksCritical001(n: number): number {
  return 1.949 / Math.sqrt(n);
}
