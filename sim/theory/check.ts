/**
 * One comparison of a simulated figure with its closed form: the tolerance it must meet (a stated
 * multiple of the Monte Carlo standard error, plus any documented bias allowance) and whether it
 * does. The theory CLI, the validation table and the test suite all read these.
 */

export interface TheoryCheck {
  /** What is compared, e.g. `pLockA`. */
  quantity: string;
  simulated: number;
  expected: number;
  /** |simulated − expected| must not exceed this (for `relative` checks: |simulated/expected − 1|). */
  tolerance: number;
  relative?: boolean;
  /** For one-sided checks (a KS distance): simulated must not exceed `expected`. */
  atMost?: boolean;
  pass: boolean;
}

/**
 * A check of |simulated − expected| ≤ tolerance (or the relative / at-most variants).
 * @example compare('share1', 0.5263, 0.526316, 1e-3).pass // true
 */
export function compare(quantity: string, simulated: number, expected: number, tolerance: number,
  kind: 'absolute' | 'relative' | 'atMost' = 'absolute'): TheoryCheck {
  const gap = kind === 'relative' ? Math.abs(simulated / expected - 1) : Math.abs(simulated - expected);
  const pass = kind === 'atMost' ? simulated <= expected : gap <= tolerance;
  return {
    quantity, simulated, expected, tolerance,
    ...(kind === 'relative' ? { relative: true } : {}),
    ...(kind === 'atMost' ? { atMost: true } : {}),
    pass: Number.isFinite(simulated) && pass,
  };
}
