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
