/**
 * Small exact cases of the theory building blocks (sim/theory/): Arthur runs on scripted uniforms
 * (lock-in at the barriers, strays under noisy choice), the alternating-offers solver's guards and
 * small games by hand, the Beta CDF outside (0, 1) and against binomial identities, the sample
 * statistics, Pólya moments and urn clamping on hand-computed inputs, and compare()'s three kinds.
 * Everything is exact or deterministic (false-failure rate 0).
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../sim/rng.js';
import { solveAlternatingOffers } from '../../sim/theory/alternating-offers.js';
import { simulateArthur } from '../../sim/theory/arthur.js';
import { bassF, bassRecursion } from '../../sim/theory/bass.js';
import { betaCdf } from '../../sim/theory/beta.js';
import { compare } from '../../sim/theory/check.js';
import { polyaMoments, urnShare } from '../../sim/theory/polya.js';
import { ksCritical001, ksDistance, mean, median, robustStandardDeviation, standardDeviation } from '../../sim/theory/statistics.js';

/** A stream that returns `values` in turn. */
const stream = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length];
};

describe('simulateArthur(p, rng)', () => {
  // L = 4, U = 3: lock-in to A when n_A − n_B reaches 3, to B when it reaches −4.
  const base = { aR: 1, bR: 0, r: 0.3, aS: 0, bS: 1, s: 0.45, adopters: 6 };

  it('simulateArthur() locks into A when n_A − n_B first reaches U (R-agents only: uniforms < ½)', () => {
    expect(simulateArthur(base, stream(0.1))).toEqual({ locked: 'A', tau: 3, strays: 0 });
  });

  it('simulateArthur() locks into B when n_A − n_B first reaches −L (S-agents only: uniforms ≥ ½)', () => {
    expect(simulateArthur(base, stream(0.9))).toEqual({ locked: 'B', tau: 4, strays: 0 });
    expect(simulateArthur({ ...base, adopters: 3 }, stream(0.9))).toEqual({ locked: null, tau: 3, strays: 0 });
  });

  it('simulateArthur() with a finite logit precision counts the adopters who choose the other technology after lock-in', () => {
    // Three R-agents adopt A (weights 1 : e^−β(uA−uB), the draw 0.1 picks A); then an S-agent with
    // uA = 0.45·3 = 1.35 > uB = 1 has weights 1 : e^−0.35 and the draw 0.9·(1 + e^−0.35) > 1 picks B.
    const run = simulateArthur({ ...base, adopters: 4, beta: 1 }, stream(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.9, 0.9));
    expect(run).toEqual({ locked: 'A', tau: 3, strays: 1 });
    // Under deterministic choice the same draws keep the S-agent on A.
    expect(simulateArthur({ ...base, adopters: 4 }, stream(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.9, 0.9))).toEqual({ locked: 'A', tau: 3, strays: 0 });
  });

  it('simulateArthur() with β = 0 chooses A and B with equal weights', () => {
    // Weights 1 : 1, so the draw 0.6 · 2 = 1.2 passes A's weight and picks B even for an R-agent.
    expect(simulateArthur({ ...base, adopters: 4, beta: 0 }, stream(0.1, 0.6))).toEqual({ locked: 'B', tau: 4, strays: 0 });
  });
});

describe('solveAlternatingOffers(game) guards and small games', () => {
  it('solveAlternatingOffers() names the bad discount factors, outside option or horizon', () => {
    expect(() => solveAlternatingOffers({ delta1: 1, delta2: 0.5 })).toThrow('discount factors must lie in (0, 1), got 1, 0.5');
    expect(() => solveAlternatingOffers({ delta1: 0.5, delta2: 0 })).toThrow('discount factors must lie in (0, 1), got 0.5, 0');
    expect(() => solveAlternatingOffers({ delta1: 0, delta2: 0.5 })).toThrow(RangeError);
    expect(() => solveAlternatingOffers({ delta1: 0.5, delta2: 1 })).toThrow(RangeError);
    expect(() => solveAlternatingOffers({ delta1: 0.9, delta2: 0.9, outside2: 1.5 })).toThrow('outside option must lie in [0, 1], got 1.5');
    expect(() => solveAlternatingOffers({ delta1: 0.9, delta2: 0.9, outside2: -0.1 })).toThrow('outside option must lie in [0, 1], got -0.1');
    expect(() => solveAlternatingOffers({ delta1: 0.9, delta2: 0.9, horizon: 0 })).toThrow('horizon must be an integer >= 1, got 0');
    expect(() => solveAlternatingOffers({ delta1: 0.9, delta2: 0.9, horizon: 2.5 })).toThrow('horizon must be an integer >= 1, got 2.5');
  });

  it('solveAlternatingOffers() accepts outside options 0 and 1; w2 = 1 leaves player 1 nothing', () => {
    expect(solveAlternatingOffers({ delta1: 0.9, delta2: 0.9, outside2: 0 })).toBeCloseTo(1 / 1.9, 12);
    expect(solveAlternatingOffers({ delta1: 0.9, delta2: 0.9, outside2: 1 })).toBe(0);
  });

  it('solveAlternatingOffers() by hand: T = 1 gives player 1 all, T = 3 gives 1 − max(w2, δ2(1 − δ1))', () => {
    expect(solveAlternatingOffers({ delta1: 0.9, delta2: 0.8, horizon: 1 })).toBe(1);
    expect(solveAlternatingOffers({ delta1: 0.9, delta2: 0.8, horizon: 3 })).toBeCloseTo(1 - 0.8 * 0.1, 12);
    expect(solveAlternatingOffers({ delta1: 0.9, delta2: 0.8, horizon: 3, outside2: 0.5 })).toBeCloseTo(0.5, 12);
    expect(solveAlternatingOffers({ delta1: 0.9, delta2: 0.8, horizon: 4, outside2: 0.5 })).toBeCloseTo(1 - Math.max(0.5, 0.8 * (1 - 0.9 * 0.2)), 12);
  });
});

describe('betaCdf(x, a, b) edges', () => {
  it('betaCdf() is 0 at and below 0, 1 at and above 1', () => {
    expect(betaCdf(0, 2, 3)).toBe(0);
    expect(betaCdf(-0.5, 2, 3)).toBe(0);
    expect(betaCdf(1, 2, 3)).toBe(1);
    expect(betaCdf(1.5, 2, 3)).toBe(1);
  });

  it('betaCdf() names non-positive parameters', () => {
    expect(() => betaCdf(0.5, 0, 1)).toThrow('Beta parameters must be positive, got 0, 1');
    expect(() => betaCdf(0.5, 1, -2)).toThrow('Beta parameters must be positive, got 1, -2');
    expect(() => betaCdf(0.5, NaN, 1)).toThrow(RangeError);
  });

  it('betaCdf() matches I_x(2, 3) = 1 − (1−x)⁴ − 4x(1−x)³ on both sides of the continued fraction\'s switch at (a+1)/(a+b+2) = ½', () => {
    for (const x of [0.1, 0.3, 0.49, 0.5, 0.51, 0.7, 0.95]) {
      expect(betaCdf(x, 2, 3), `x = ${x}`).toBeCloseTo(1 - (1 - x) ** 4 - 4 * x * (1 - x) ** 3, 13);
    }
  });

  it('betaCdf() matches I_x(5, 5) = Σ_{j=5..9} C(9, j) x^j (1−x)^(9−j) (the binomial identity)', () => {
    const c9 = [126, 84, 36, 9, 1];
    for (const x of [0.05, 0.3, 0.5, 0.8]) {
      const exact = c9.reduce((sum, c, i) => sum + c * x ** (5 + i) * (1 - x) ** (4 - i), 0);
      expect(betaCdf(x, 5, 5), `x = ${x}`).toBeCloseTo(exact, 13);
    }
  });
});

describe('sample statistics', () => {
  it('mean() and median() of an empty sample are NaN; standardDeviation() needs two values', () => {
    expect(mean([])).toBeNaN();
    expect(median([])).toBeNaN();
    expect(standardDeviation([5])).toBeNaN();
    expect(standardDeviation([5, 7])).toBeCloseTo(Math.SQRT2, 15);
  });

  it('median() sorts numerically and averages the two middle values of an even count', () => {
    expect(median([10, 2, 3])).toBe(3);
    expect(median([10, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('robustStandardDeviation() is 1.4826 × the median absolute deviation from the median', () => {
    expect(robustStandardDeviation([1, 2, 4, 8])).toBeCloseTo(1.4826 * 1.5, 15);
  });

  it('ksDistance() takes the larger of the gaps just after and just before each sample point', () => {
    expect(ksDistance([0.1], (x) => x)).toBeCloseTo(0.9, 15);
    expect(ksDistance([0.9], (x) => x)).toBeCloseTo(0.9, 15);
    expect(ksDistance([0.8, 0.2], (x) => x)).toBeCloseTo(0.3, 15);
    expect(ksDistance([0.5, 0.5], (x) => x)).toBeCloseTo(0.5, 15);
  });

  it('ksCritical001(n) is 1.949/√n', () => {
    expect(ksCritical001(100)).toBeCloseTo(0.1949, 15);
  });
});

describe('Pólya urn', () => {
  it('polyaMoments(a, b, n) gives a/(a+b), n a b/((a+b)²(a+b+1)(a+b+n)) and the limit a b/((a+b)²(a+b+1))', () => {
    expect(polyaMoments(1, 1, 2)).toEqual({ mean: 0.5, variance: 2 / (4 * 3 * 4), varianceLimit: 1 / 12 });
    expect(polyaMoments(2, 1, 7)).toEqual({ mean: 2 / 3, variance: (7 * 2) / (9 * 4 * 10), varianceLimit: 2 / 36 });
  });

  it('urnShare() clamps f to [0, 1]: f ≥ 1 always adds red, f ≤ 0 always black', () => {
    expect(urnShare(1, 1, 10, () => 2, createRng(1, 'urn'))).toBe(11 / 12);
    expect(urnShare(1, 1, 10, () => -1, createRng(1, 'urn'))).toBe(1 / 12);
    expect(urnShare(3, 1, 0, (x) => x, createRng(1, 'urn'))).toBe(0.75);
  });

  it('urnShare() passes the red share before each draw to f', () => {
    const seen: number[] = [];
    urnShare(1, 3, 2, (x) => { seen.push(x); return 1; }, createRng(1, 'urn'));
    expect(seen).toEqual([0.25, 0.4]);
  });
});

describe('Bass closed forms', () => {
  it('bassF() is 0 at t = 0 and tends to 1; bassRecursion() takes round(t/dt) steps from 0', () => {
    expect(bassF(0.03, 0.38, 0)).toBe(0);
    expect(bassF(0.03, 0.38, 200)).toBeCloseTo(1, 12);
    expect(bassRecursion(0.03, 0.38, 0.5, 0)).toBe(0);
    expect(bassRecursion(0.03, 0.38, 0.5, 0.5)).toBeCloseTo(1 - Math.exp(-0.03 * 0.5), 15);
    const x1 = 1 - Math.exp(-0.015);
    expect(bassRecursion(0.03, 0.38, 0.5, 0.9)).toBeCloseTo(x1 + (1 - x1) * (1 - Math.exp(-(0.03 + 0.38 * x1) * 0.5)), 15);
  });
});

describe('compare(quantity, simulated, expected, tolerance, kind)', () => {
  it('compare() passes at a gap equal to the tolerance, absolute or relative, and only for a finite simulated figure', () => {
    expect(compare('q', 1.5, 1, 0.5)).toStrictEqual({ quantity: 'q', simulated: 1.5, expected: 1, tolerance: 0.5, pass: true });
    expect(compare('q', 0.5, 1, 0.5).pass).toBe(true);
    expect(compare('q', 1.75, 1, 0.5).pass).toBe(false);
    expect(compare('q', 3, 2, 0.5, 'relative')).toStrictEqual({ quantity: 'q', simulated: 3, expected: 2, tolerance: 0.5, relative: true, pass: true });
    expect(compare('q', 3.5, 2, 0.5, 'relative').pass).toBe(false);
    expect(compare('q', NaN, 1, Infinity).pass).toBe(false);
    expect(compare('q', Infinity, 1, Infinity).pass).toBe(false);
  });

  it('compare(atMost) passes when the simulated figure does not exceed the expected one, whatever the tolerance', () => {
    expect(compare('d', 0.04, 0.04, 0, 'atMost')).toStrictEqual({ quantity: 'd', simulated: 0.04, expected: 0.04, tolerance: 0, atMost: true, pass: true });
    expect(compare('d', 0.041, 0.04, 1, 'atMost').pass).toBe(false);
    expect(compare('d', -5, 0.04, 0, 'atMost').pass).toBe(true);
  });
});
