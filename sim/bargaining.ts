/**
 * Two-party bargaining: the generalized Nash solution (with the Binmore–Shaked–Sutton outside-option
 * principle) and Rubinstein's alternating offers, linked by Binmore–Rubinstein–Wolinsky (1986):
 * as offers speed up, Rubinstein's share tends to Nash's with power α = r₂/(r₁+r₂). Pure functions.
 */
import { exp, ln } from './math.js';

/** Payoffs of the two parties to one deal, in the unit of the surplus. @example { u1: 69, u2: 31 } */
export interface Split { u1: number; u2: number }

// Function declarations, not arrow constants: a constant is created when the module loads, so a
// mutation tool cannot switch it per test (its mutants would be reported as surviving).
function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}
function isDiscount(delta: number): boolean {
  return delta > 0 && delta < 1;
}
function checkDiscounts(d1: number, d2: number): void {
  check(isDiscount(d1) && isDiscount(d2), `discount factors must lie in (0, 1), got ${d1}, ${d2}`);
}
function checkPower(alpha: number): void {
  check(alpha >= 0 && alpha <= 1, `bargaining power alpha must lie in [0, 1], got ${alpha}`);
}

/**
 * Generalized Nash split of a transferable surplus `surplus` from disagreement point (d1, d2) with
 * party 1's bargaining power `alpha`: u1 = d1 + α(S − d1 − d2). Throws if d1 + d2 > S.
 * @example nashSplit(100, 20, 10, 0.7) // { u1: 69, u2: 31 }
 */
export function nashSplit(surplus: number, d1: number, d2: number, alpha: number): Split {
  checkPower(alpha);
  check([surplus, d1, d2].every(Number.isFinite), 'surplus and disagreement payoffs must be finite');
  check(d1 + d2 <= surplus, `no gains from trade: d1 + d2 = ${d1 + d2} exceeds surplus ${surplus}`);
  const u1 = d1 + alpha * (surplus - d1 - d2);
  return { u1, u2: surplus - u1 };
}

/**
 * Outside-option principle (Binmore–Shaked–Sutton 1989): Nash split from the inside options
 * (payoffs while talks go on), then u1 clamped to [w1, S − w2]. Outside options are constraints,
 * not threat points. Null when no deal beats both: w1 + w2 > S or d1 + d2 > S.
 * @example nashSplitWithOutsideOptions({ surplus: 1, inside: [0, 0], outside: [0, 0.7], alpha: 0.5 })
 * // { u1: 0.3, u2: 0.7 }; with outside [0, 0.3] the options do not bind: { u1: 0.5, u2: 0.5 }
 */
export function nashSplitWithOutsideOptions(options: {
  surplus: number; inside: [number, number]; outside: [number, number]; alpha: number;
}): Split | null {
  const { surplus, inside: [d1, d2], outside: [w1, w2], alpha } = options;
  check(Number.isFinite(w1) && Number.isFinite(w2), 'outside options must be finite');
  if (w1 + w2 > surplus || d1 + d2 > surplus) return null;
  const { u1 } = nashSplit(surplus, d1, d2, alpha);
  const clamped = Math.min(Math.max(u1, w1), surplus - w2);
  return { u1: clamped, u2: surplus - clamped };
}

/** Largest x ≥ lo with frontier(x) ≥ d2, for a frontier that falls as x grows. */
function frontierEnd(frontier: (x: number) => number, lo: number, d2: number): number {
  const feasible = (x: number) => frontier(x) >= d2; // NaN counts as infeasible
  let a = lo, step = Math.max(1, Math.abs(lo));
  while (feasible(a + step)) {
    a += step; step *= 2;
    check(step < 1e15, 'frontier never falls to d2: the Nash product is unbounded');
  }
  let b = a + step;
  for (;;) { // bisect to full precision: stop when no float lies strictly between a and b
    const m = (a + b) / 2;
    if (m <= a || m >= b) return a;
    if (feasible(m)) a = m; else b = m;
  }
}

/**
 * Party 1's payoff x maximising the Nash product (x − d1)^α (frontier(x) − d2)^(1−α) on a
 * decreasing Pareto frontier u2 = frontier(u1), by golden-section search on its logarithm to a
 * bracket of 1e-10 × max(1, |x|) (relative, so large payoffs converge too; the argmax itself is
 * as accurate as the rounding of the log product allows, about 1e-7 relative). Ties go to the
 * smaller x.
 * @example nashSolveFrontier((x) => Math.sqrt(1 - x), 0.5, 0, 0) // ≈ 2α/(1+α) = 0.666667
 */
export function nashSolveFrontier(
  frontier: (x: number) => number, alpha: number, d1: number, d2: number,
): number {
  checkPower(alpha);
  check(frontier(d1) >= d2, `no agreement: frontier(d1) = ${frontier(d1)} is below d2 = ${d2}`);
  let a = d1, b = frontierEnd(frontier, d1, d2);
  const logProduct = (x: number) =>
    (alpha > 0 ? alpha * ln(x - d1) : 0) +
    (alpha < 1 ? (1 - alpha) * ln(Math.max(frontier(x) - d2, 0)) : 0);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a), d = a + ratio * (b - a);
  let fc = logProduct(c), fd = logProduct(d);
  while (b - a > 1e-10 * Math.max(1, Math.abs(a), Math.abs(b))) {
    if (fc >= fd) { b = d; d = c; fd = fc; c = b - ratio * (b - a); fc = logProduct(c); }
    else { a = c; c = d; fc = fd; d = a + ratio * (b - a); fd = logProduct(d); }
  }
  return (a + b) / 2;
}

/**
 * Rubinstein (1982) infinite-horizon share of the first proposer, pie 1: (1 − δ₂)/(1 − δ₁δ₂).
 * @example rubinsteinShare(0.9, 0.9) // 0.526316
 */
export function rubinsteinShare(delta1: number, delta2: number): number {
  checkDiscounts(delta1, delta2);
  return (1 - delta2) / (1 - delta1 * delta2);
}

/**
 * First proposer's share when offers alternate for at most `horizon` periods (no deal by then
 * gives (0, 0)), by backward induction: the last proposer takes all; an earlier one keeps
 * 1 − δ_responder × (the responder's share as next proposer).
 * @example rubinsteinFiniteShare(0.9, 0.9, 3) // 0.91
 */
export function rubinsteinFiniteShare(delta1: number, delta2: number, horizon: number): number {
  checkDiscounts(delta1, delta2);
  check(Number.isInteger(horizon) && horizon >= 1, `horizon must be an integer >= 1, got ${horizon}`);
  let share = 1; // proposer's share in period `horizon`
  for (let period = horizon - 1; period >= 1; period--) {
    const responderDelta = period % 2 === 1 ? delta2 : delta1;
    share = 1 - responderDelta * share;
  }
  return share;
}

/**
 * Player 1's share when the responder may take outside option `w2` after rejecting
 * (Binmore–Shaked–Sutton 1989): irrelevant if w2 ≤ δ₂(1 − δ₁)/(1 − δ₁δ₂), else 1 proposes 1 − w2.
 * @example rubinsteinOutsideOption(0.9, 0.9, 0.6) // 0.4
 */
export function rubinsteinOutsideOption(delta1: number, delta2: number, w2: number): number {
  check(w2 >= 0 && w2 <= 1, `outside option w2 must lie in [0, 1], got ${w2}`);
  const share = rubinsteinShare(delta1, delta2); // 1 − share = δ₂(1 − δ₁)/(1 − δ₁δ₂), the threshold
  return w2 <= 1 - share ? share : 1 - w2;
}

/**
 * Rubinstein share with offers every `dt` time units and discount rates r1, r2 per unit
 * (δᵢ = e^(−rᵢ·dt)); tends to bargainingPower(r1, r2) as dt → 0.
 * @example rubinsteinContinuousLimit(0.05, 0.1, 1) // 0.683188
 */
export function rubinsteinContinuousLimit(r1: number, r2: number, dt: number): number {
  check(r1 > 0 && r2 > 0 && dt > 0, `rates and dt must be positive, got ${r1}, ${r2}, ${dt}`);
  return rubinsteinShare(exp(-r1 * dt), exp(-r2 * dt));
}

/**
 * Nash bargaining power of player 1 implied by discount rates (Binmore–Rubinstein–Wolinsky):
 * the more patient side (smaller r) gets more. r2/(r1 + r2).
 * @example bargainingPower(0.05, 0.1) // 0.666667
 */
export function bargainingPower(r1: number, r2: number): number {
  check(r1 >= 0 && r2 >= 0 && r1 + r2 > 0, `rates must be >= 0, not both 0, got ${r1}, ${r2}`);
  return r2 / (r1 + r2);
}

/**
 * Discount rate per period of a per-period discount factor δ ∈ (0, 1]: −ln δ.
 * @example impatience(exp(-0.05)) // 0.05
 */
export function impatience(delta: number): number {
  check(delta > 0 && delta <= 1, `discount factor must lie in (0, 1], got ${delta}`);
  return -ln(delta);
}
