import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bargainingPower, impatience, nashSolveFrontier, nashSplit, nashSplitWithOutsideOptions,
  rubinsteinContinuousLimit, rubinsteinFiniteShare, rubinsteinOutsideOption, rubinsteinShare,
} from '../sim/bargaining.js';

const power = fc.double({ min: 0, max: 1, noNaN: true });
const amount = fc.double({ min: 0, max: 1000, noNaN: true });
const discount = fc.double({ min: 0.01, max: 0.99, noNaN: true });

/** Two payoffs that together fit inside `surplus`, even after rounding (fractions a, b of half). */
const fitting = (surplus: number, a: number, b: number): [number, number] => {
  const first = surplus * a * 0.5;
  return [first, Math.min(surplus * b * 0.5, surplus - first)];
};

/** A surplus with two inside options that fit inside it. */
const deal = fc.tuple(amount, power, power).map(([surplus, a, b]) => {
  const [d1, d2] = fitting(surplus, a, b);
  return { surplus, d1, d2 };
});

describe('nashSplit', () => {
  it('nashSplit(100, 20, 10, 0.7) gives (69, 31)', () => {
    const { u1, u2 } = nashSplit(100, 20, 10, 0.7);
    expect(u1).toBeCloseTo(69, 12);
    expect(u2).toBeCloseTo(31, 12);
  });

  it('nashSplit(1, 0, 0, 0.5) gives (0.5, 0.5)', () => {
    expect(nashSplit(1, 0, 0, 0.5)).toEqual({ u1: 0.5, u2: 0.5 });
  });

  it('nashSplit(s, d1, d2, alpha) gives u1 + u2 = s and each at least its disagreement payoff', () => {
    fc.assert(fc.property(deal, power, ({ surplus, d1, d2 }, alpha) => {
      const { u1, u2 } = nashSplit(surplus, d1, d2, alpha);
      const tol = 1e-9 * Math.max(1, surplus);
      expect(Math.abs(u1 + u2 - surplus)).toBeLessThanOrEqual(tol);
      expect(u1).toBeGreaterThanOrEqual(d1 - tol);
      expect(u2).toBeGreaterThanOrEqual(d2 - tol);
    }));
  });

  it('nashSplit(s, d1, d2, alpha) is non-decreasing in alpha for party 1', () => {
    fc.assert(fc.property(deal, power, power, ({ surplus, d1, d2 }, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(nashSplit(surplus, d1, d2, hi).u1).toBeGreaterThanOrEqual(nashSplit(surplus, d1, d2, lo).u1);
    }));
  });

  it('nashSplit(...) throws a RangeError for alpha outside [0, 1] or d1 + d2 > surplus', () => {
    expect(() => nashSplit(1, 0, 0, 1.5)).toThrow(RangeError);
    expect(() => nashSplit(1, 0, 0, -0.1)).toThrow(/alpha/);
    expect(() => nashSplit(1, 0.6, 0.6, 0.5)).toThrow(/gains from trade/);
    expect(() => nashSplit(Number.NaN, 0, 0, 0.5)).toThrow(RangeError);
  });

  it('nashSplit(...) names what is wrong: a non-finite payoff, or the sum of the disagreement payoffs', () => {
    expect(() => nashSplit(1, Number.NaN, 0, 0.5)).toThrow('surplus and disagreement payoffs must be finite');
    expect(() => nashSplit(1, 0, Infinity, 0.5)).toThrow('surplus and disagreement payoffs must be finite');
    expect(() => nashSplit(1, 0.75, 0.5, 0.5)).toThrow('no gains from trade: d1 + d2 = 1.25 exceeds surplus 1');
    expect(() => nashSplit(1, 0, 0, 1.5)).toThrow('bargaining power alpha must lie in [0, 1], got 1.5');
  });

  it('nashSplit(1, 0.4, 0.6, alpha) at d1 + d2 = surplus gives each its disagreement payoff', () => {
    expect(nashSplit(1, 0.4, 0.6, 0.3)).toEqual({ u1: 0.4, u2: 0.6 });
  });
});

describe('nashSplitWithOutsideOptions', () => {
  const splitTheDifference = (s: number, w1: number, w2: number, alpha: number) => nashSplit(s, w1, w2, alpha);

  it('nashSplitWithOutsideOptions(S=1, d=0, alpha=.5, w2=.3) gives (.5, .5), not split-the-difference (.35, .65)', () => {
    const ours = nashSplitWithOutsideOptions({ surplus: 1, inside: [0, 0], outside: [0, 0.3], alpha: 0.5 })!;
    expect(ours.u1).toBeCloseTo(0.5, 12);
    expect(ours.u2).toBeCloseTo(0.5, 12);
    const wrong = splitTheDifference(1, 0, 0.3, 0.5);
    expect(wrong.u1).toBeCloseTo(0.35, 12);
    expect(wrong.u2).toBeCloseTo(0.65, 12);
    expect(Math.abs(ours.u1 - wrong.u1)).toBeGreaterThan(0.1);
  });

  it('nashSplitWithOutsideOptions(S=1, d=0, alpha=.5, w2=.7) binds: (.3, .7)', () => {
    const { u1, u2 } = nashSplitWithOutsideOptions({ surplus: 1, inside: [0, 0], outside: [0, 0.7], alpha: 0.5 })!;
    expect(u1).toBeCloseTo(0.3, 12);
    expect(u2).toBeCloseTo(0.7, 12);
  });

  it('nashSplitWithOutsideOptions(...) returns null when w1 + w2 > surplus', () => {
    expect(nashSplitWithOutsideOptions({ surplus: 1, inside: [0, 0], outside: [0.6, 0.5], alpha: 0.5 })).toBeNull();
  });

  it('nashSplitWithOutsideOptions(...) returns null when d1 + d2 > surplus, and a deal when either sum equals it', () => {
    expect(nashSplitWithOutsideOptions({ surplus: 1, inside: [0.6, 0.5], outside: [0, 0], alpha: 0.5 })).toBeNull();
    expect(nashSplitWithOutsideOptions({ surplus: 1, inside: [0.5, 0.5], outside: [0, 0], alpha: 0.9 })).toEqual({ u1: 0.5, u2: 0.5 });
    expect(nashSplitWithOutsideOptions({ surplus: 1, inside: [0, 0], outside: [0.25, 0.75], alpha: 0.9 })).toEqual({ u1: 0.25, u2: 0.75 });
  });

  it('nashSplitWithOutsideOptions(...) throws a RangeError for a non-finite outside option on either side', () => {
    const split = (outside: [number, number]) => () => nashSplitWithOutsideOptions({ surplus: 1, inside: [0, 0], outside, alpha: 0.5 });
    expect(split([Number.NaN, 0])).toThrow('outside options must be finite');
    expect(split([0, Infinity])).toThrow('outside options must be finite');
  });

  it('nashSplitWithOutsideOptions(...) equals nashSplit when outside options are below the Nash shares', () => {
    fc.assert(fc.property(deal, power, power, power, ({ surplus, d1, d2 }, alpha, a, b) => {
      const nash = nashSplit(surplus, d1, d2, alpha);
      const outside: [number, number] = [a * nash.u1, b * nash.u2];
      const split = nashSplitWithOutsideOptions({ surplus, inside: [d1, d2], outside, alpha })!;
      expect(Math.abs(split.u1 - nash.u1)).toBeLessThanOrEqual(1e-12 * Math.max(1, surplus));
    }));
  });

  it('nashSplitWithOutsideOptions(...) respects both outside options and sums to the surplus', () => {
    fc.assert(fc.property(deal, power, power, power, ({ surplus, d1, d2 }, alpha, a, b) => {
      const [w1, w2] = fitting(surplus, a, b);
      const split = nashSplitWithOutsideOptions({ surplus, inside: [d1, d2], outside: [w1, w2], alpha })!;
      const tol = 1e-9 * Math.max(1, surplus);
      expect(split.u1).toBeGreaterThanOrEqual(w1 - tol);
      expect(split.u2).toBeGreaterThanOrEqual(w2 - tol);
      expect(Math.abs(split.u1 + split.u2 - surplus)).toBeLessThanOrEqual(tol);
    }));
  });
});

describe('nashSolveFrontier', () => {
  it('nashSolveFrontier(x => 1 - x, alpha, 0, 0) agrees with nashSplit(1, 0, 0, alpha)', () => {
    for (const alpha of [0, 0.2, 0.5, 0.9, 1]) {
      expect(nashSolveFrontier((x) => 1 - x, alpha, 0, 0)).toBeCloseTo(alpha, 7);
    }
  });

  it('nashSolveFrontier(x => 10 - x, 0.7, 2, 1) agrees with nashSplit(10, 2, 1, 0.7)', () => {
    expect(nashSolveFrontier((x) => 10 - x, 0.7, 2, 1)).toBeCloseTo(nashSplit(10, 2, 1, 0.7).u1, 6);
  });

  it('nashSolveFrontier(...) throws a RangeError when the frontier misses the disagreement point', () => {
    expect(() => nashSolveFrontier((x) => 1 - x, 0.5, 0, 2)).toThrow(RangeError);
    expect(() => nashSolveFrontier(() => 1, 0.5, 0, 0)).toThrow(/unbounded/);
    expect(() => nashSolveFrontier((x) => 1 - x, 0.5, 0, 2)).toThrow('no agreement: frontier(d1) = 1 is below d2 = 2');
  });

  it('nashSolveFrontier(f, alpha, d1, f(d1)) returns d1: a frontier that only touches the disagreement point', () => {
    expect(nashSolveFrontier((x) => 1 - x, 0.5, 1, 0)).toBe(1);
  });

  // A frontier flat at u2 = 1 (or at d2 = 0) up to x = 2, then below d2: every x in [0, 2] is on it.
  const flat = (level: number) => (x: number) => (x <= 2 ? level : -1);

  it('nashSolveFrontier(flat frontier, 1, 0, 0) gives party 1 the frontier up to the point where it meets d2', () => {
    expect(nashSolveFrontier(flat(0), 1, 0, 0)).toBeCloseTo(2, 9);
    expect(nashSolveFrontier(flat(1), 1, 0, 0)).toBeCloseTo(2, 9);
  });

  it('nashSolveFrontier(flat frontier, 0, 0, 0) leaves party 1 at d1: ties go to the smaller x', () => {
    expect(nashSolveFrontier(flat(1), 0, 0, 0)).toBeCloseTo(0, 9);
  });

  it('nashSolveFrontier(x => -2 - x, 1, -5, 0) works with negative payoffs: -2', () => {
    expect(nashSolveFrontier((x) => -2 - x, 1, -5, 0)).toBeCloseTo(-2, 9);
    expect(nashSolveFrontier((x) => -2 - x, 0.5, -5, 0)).toBeCloseTo(-3.5, 7);
  });

  it('nashSolveFrontier(x => 2e7 - x, 0.5, 0, 0) converges for large payoffs: 1e7 to 2e-7 relative', () => {
    expect(Math.abs(nashSolveFrontier((x) => 2e7 - x, 0.5, 0, 0) - 1e7)).toBeLessThan(2);
  });

  it('nashSolveFrontier(...) gives up as unbounded once its search step reaches 1e15', () => {
    const start = 1e15 / 1024; // the step doubles from |d1| and reaches exactly 1e15 after ten doublings
    const reaching = (end: number) => (x: number) => (x <= end ? 1 : -1);
    expect(() => nashSolveFrontier(reaching(1.5e15), 1, start, 0)).toThrow(/unbounded/);
    expect(nashSolveFrontier(reaching(0.9e15), 1, start, 0) / 0.9e15).toBeCloseTo(1, 9);
  });
});

describe('rubinstein', () => {
  it('rubinsteinShare(0.9, 0.9) gives 0.526316', () => {
    expect(rubinsteinShare(0.9, 0.9)).toBeCloseTo(0.526316, 6);
  });

  it('rubinsteinShare(d1, d2) lies in (0, 1), rises with d1 and falls with d2', () => {
    fc.assert(fc.property(discount, discount, (d1, d2) => {
      const x = rubinsteinShare(d1, d2);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1);
      expect(rubinsteinShare(Math.min(d1 + 0.005, 0.999), d2)).toBeGreaterThanOrEqual(x);
      expect(rubinsteinShare(d1, Math.min(d2 + 0.005, 0.999))).toBeLessThanOrEqual(x);
    }));
  });

  it('rubinsteinFiniteShare(d1, d2, 1) gives 1 and (d1, d2, 2) gives 1 - d2', () => {
    expect(rubinsteinFiniteShare(0.8, 0.7, 1)).toBe(1);
    expect(rubinsteinFiniteShare(0.8, 0.7, 2)).toBeCloseTo(0.3, 12);
  });

  it('rubinsteinOutsideOption(d1, d2, 0) equals rubinsteinShare(d1, d2)', () => {
    fc.assert(fc.property(discount, discount, (d1, d2) => {
      expect(rubinsteinOutsideOption(d1, d2, 0)).toBe(rubinsteinShare(d1, d2));
    }));
  });

  it('rubinsteinContinuousLimit(r, r, dt) gives 1/(1 + e^(-r dt)): a first-mover edge that vanishes as dt -> 0', () => {
    expect(rubinsteinContinuousLimit(0.1, 0.1, 0.5)).toBeCloseTo(1 / (1 + Math.exp(-0.05)), 12);
    expect(rubinsteinContinuousLimit(0.1, 0.1, 1e-6)).toBeCloseTo(0.5, 7);
  });

  it('bargainingPower(0.05, 0.1) gives 2/3 and impatience(exp(-0.05)) gives 0.05', () => {
    expect(bargainingPower(0.05, 0.1)).toBeCloseTo(2 / 3, 12);
    expect(impatience(Math.exp(-0.05))).toBeCloseTo(0.05, 12);
  });

  it('bargainingPower(0, r) gives 1 and bargainingPower(r, 0) gives 0: a side without impatience takes all', () => {
    expect(bargainingPower(0, 0.1)).toBe(1);
    expect(bargainingPower(0.1, 0)).toBe(0);
  });

  it('impatience(1) gives 0 and rubinsteinOutsideOption(d1, d2, 1) gives 0: the closed ends of their ranges', () => {
    expect(impatience(1)).toBeCloseTo(0, 15);
    expect(rubinsteinOutsideOption(0.9, 0.9, 1)).toBeCloseTo(0, 15);
  });

  it('rubinstein functions name the bad argument in their RangeError', () => {
    expect(() => rubinsteinOutsideOption(0.9, 0.9, -0.1)).toThrow('outside option w2 must lie in [0, 1], got -0.1');
    expect(() => rubinsteinContinuousLimit(0, 0.1, 1)).toThrow('rates and dt must be positive, got 0, 0.1, 1');
    expect(() => rubinsteinContinuousLimit(0.1, 0, 1)).toThrow('rates and dt must be positive, got 0.1, 0, 1');
    expect(() => rubinsteinContinuousLimit(0.1, 0.1, 0)).toThrow('rates and dt must be positive, got 0.1, 0.1, 0');
    expect(() => bargainingPower(-0.1, 0.2)).toThrow('rates must be >= 0, not both 0, got -0.1, 0.2');
    expect(() => bargainingPower(0.2, -0.1)).toThrow('rates must be >= 0, not both 0, got 0.2, -0.1');
    expect(() => impatience(1.5)).toThrow('discount factor must lie in (0, 1], got 1.5');
    expect(() => rubinsteinFiniteShare(0.9, 0.9, 0)).toThrow('horizon must be an integer >= 1, got 0');
  });

  it('rubinstein functions throw RangeErrors for discounts outside (0, 1) and bad horizons', () => {
    expect(() => rubinsteinShare(1, 0.9)).toThrow(/discount factors/);
    expect(() => rubinsteinShare(0.9, 0)).toThrow(RangeError);
    expect(() => rubinsteinFiniteShare(0.9, 0.9, 0)).toThrow(/horizon/);
    expect(() => rubinsteinFiniteShare(0.9, 0.9, 2.5)).toThrow(RangeError);
    expect(() => rubinsteinOutsideOption(0.9, 0.9, 1.5)).toThrow(/w2/);
    expect(() => rubinsteinContinuousLimit(0.1, 0.1, 0)).toThrow(RangeError);
    expect(() => bargainingPower(0, 0)).toThrow(RangeError);
    expect(() => impatience(0)).toThrow(RangeError);
  });
});
