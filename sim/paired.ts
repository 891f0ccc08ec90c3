/**
 * Paired differences under common random numbers: run i of a counterfactual minus run i of its
 * baseline (same seed), summarised as mean, standard error, 95% confidence interval (Student t)
 * and the share of runs in which the sign of the mean holds. One home for every comparison:
 * the flagship table, `stormoff compare`, the claims suite and the viewer's compare mode.
 */

/** Summary of n paired differences. */
export interface PairedDifference {
  /** Number of pairs used (pairs with a non-finite side are dropped). */
  n: number;
  /** Mean difference (counterfactual minus baseline). */
  mean: number;
  /** Standard error of the mean difference; NaN with fewer than two pairs. */
  se: number;
  /** Lower end of the two-sided 95% confidence interval (mean - t(0.975, n-1) * se). */
  ciLow: number;
  /** Upper end of the two-sided 95% confidence interval. */
  ciHigh: number;
  /** Share of pairs whose difference has the sign of the mean (0 differences count as not). */
  signShare: number;
}

/** t(0.975, df) for df = 1..30 (two-sided 95%), from standard tables. */
const T975 = [
  12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
  2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
  2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.045230, 2.042272,
];

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom: exact table to 30, then the
 * Cornish–Fisher expansion around the normal quantile (Abramowitz & Stegun 26.7.5; error < 1e-5).
 * @example studentT975(9) // 2.262157
 */
export function studentT975(df: number): number {
  if (!(df >= 1)) return NaN;
  if (df <= 30) return T975[Math.round(df) - 1];
  const z = 1.959963984540054;
  const z3 = z ** 3, z5 = z ** 5, z7 = z ** 7, z9 = z ** 9;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  );
}

/**
 * Summarise the run-by-run differences `counterfactual[i] - baseline[i]`; both arrays are indexed
 * by run, so they must come from the same seeds (common random numbers).
 * @example pairedDifference([0.5, 0.1, 0.9], [0.6, 0.3, 1.2]).mean // 0.2
 */
export function pairedDifference(baseline: ArrayLike<number>, counterfactual: ArrayLike<number>): PairedDifference {
  if (baseline.length !== counterfactual.length) {
    throw new RangeError(`paired samples differ in length: ${baseline.length} vs ${counterfactual.length}`);
  }
  const differences: number[] = [];
  for (let i = 0; i < baseline.length; i++) {
    const d = counterfactual[i] - baseline[i];
    if (Number.isFinite(d)) differences.push(d);
  }
  return summariseDifferences(differences);
}

/**
 * Summarise differences that are already paired (one per run).
 * @example summariseDifferences([0.1, 0.2, 0.3]).ciLow // 0.2 - 4.302653 * 0.0577...
 */
export function summariseDifferences(differences: readonly number[]): PairedDifference {
  const n = differences.length;
  if (n === 0) return { n, mean: NaN, se: NaN, ciLow: NaN, ciHigh: NaN, signShare: NaN };
  let sum = 0;
  for (const d of differences) sum += d;
  const mean = sum / n;
  let squares = 0;
  for (const d of differences) squares += (d - mean) ** 2;
  const se = n < 2 ? NaN : Math.sqrt(squares / (n - 1) / n);
  const half = studentT975(n - 1) * se;
  const sign = Math.sign(mean);
  let agree = 0;
  for (const d of differences) if (sign !== 0 && Math.sign(d) === sign) agree++;
  return { n, mean, se, ciLow: mean - half, ciHigh: mean + half, signShare: agree / n };
}
