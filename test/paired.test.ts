import { describe, expect, it } from 'vitest';
import { createRng } from '../sim/rng.js';
import { pairedDifference, studentT975, summariseDifferences } from '../sim/paired.js';

describe('studentT975(df)', () => {
  it('studentT975() matches the t table at 1, 9, 30 and approaches the normal quantile', () => {
    expect(studentT975(1)).toBeCloseTo(12.7062, 4);
    expect(studentT975(9)).toBeCloseTo(2.2622, 4);
    expect(studentT975(30)).toBeCloseTo(2.0423, 4);
    expect(studentT975(60)).toBeCloseTo(2.0003, 3);
    expect(studentT975(120)).toBeCloseTo(1.9799, 3);
    expect(studentT975(1e9)).toBeCloseTo(1.96, 3);
  });
  it('studentT975() is continuous at the end of the table', () => {
    expect(Math.abs(studentT975(31) - 2.039513)).toBeLessThan(1e-4);
  });
  it('studentT975(df) reads the table to df = 30, rounding a fractional df, and is NaN below 1', () => {
    expect(studentT975(1)).toBe(12.706205);
    expect(studentT975(2.4)).toBe(4.302653);
    expect(studentT975(30)).toBe(2.042272);
    for (const df of [0, 0.5, -3, NaN]) expect(studentT975(df)).toBeNaN();
  });
  // References: the 0.975 quantile found by bisection on the t tail, integrated by Simpson's rule
  // with 200,000 panels (agrees with R's qt to all printed digits). The expansion's own error is
  // under 3e-8 from df = 31 on, so 5e-8 tells a wrong coefficient from the true curve.
  it('studentT975(df > 30) matches the t quantile to 5e-8', () => {
    const quantiles: [number, number][] = [[31, 2.039513446], [40, 2.02107539], [60, 2.000297822], [120, 1.979930405], [1000, 1.962339081]];
    for (const [df, t] of quantiles) expect(Math.abs(studentT975(df) - t)).toBeLessThan(5e-8);
  });
});

describe('pairedDifference(baseline, counterfactual)', () => {
  it('pairedDifference() gives mean, SE and a t interval of the run-by-run differences', () => {
    const r = pairedDifference([0.5, 0.1, 0.9], [0.6, 0.3, 1.2]);
    expect(r.n).toBe(3);
    expect(r.mean).toBeCloseTo(0.2, 12);
    expect(r.se).toBeCloseTo(0.1 / Math.sqrt(3), 12);
    expect(r.ciLow).toBeCloseTo(0.2 - 4.302653 * r.se, 6);
    expect(r.ciHigh).toBeCloseTo(0.2 + 4.302653 * r.se, 6);
    expect(r.signShare).toBe(1);
  });
  it('pairedDifference() drops pairs with a non-finite side and rejects unequal lengths', () => {
    expect(pairedDifference([1, NaN, 3], [2, 5, 5]).n).toBe(2);
    expect(() => pairedDifference([1], [1, 2])).toThrow(RangeError);
  });
  it('pairedDifference() names both lengths when they differ and drops infinite differences', () => {
    expect(() => pairedDifference([1], [1, 2])).toThrow('paired samples differ in length: 1 vs 2');
    expect(pairedDifference([1, 2, 3], [Infinity, 3, 5])).toMatchObject({ n: 2, mean: 1.5 });
  });
  it('summariseDifferences([1, 2, 3, 4]) gives mean 2.5, SE sqrt(5/12) and t(3) = 3.182446 for the interval', () => {
    const r = summariseDifferences([1, 2, 3, 4]);
    const se = Math.sqrt(5 / 12);
    expect(r.n).toBe(4);
    expect(r.mean).toBe(2.5);
    expect(r.se).toBeCloseTo(se, 14);
    expect(r.ciLow).toBeCloseTo(2.5 - 3.182446 * se, 12);
    expect(r.ciHigh).toBeCloseTo(2.5 + 3.182446 * se, 12);
    expect(r.signShare).toBe(1);
  });
  it('summariseDifferences() of a negative mean counts negative runs; zero differences and a zero mean agree with none', () => {
    expect(summariseDifferences([-1, -2, 0, 1]).signShare).toBe(0.5);
    expect(summariseDifferences([0, 0.5]).signShare).toBe(0.5);
    expect(summariseDifferences([1, -1, 0]).signShare).toBe(0);
  });
  it('summariseDifferences([1, 3]) has SE 1 and the t(1) = 12.706205 interval: two differences are enough', () => {
    expect(summariseDifferences([1, 3])).toMatchObject({ n: 2, mean: 2, se: 1, ciLow: 2 - 12.706205, ciHigh: 2 + 12.706205 });
  });
  it('summariseDifferences([]) is all NaN and one difference has a mean but no SE or interval', () => {
    const none = summariseDifferences([]);
    for (const key of ['mean', 'se', 'ciLow', 'ciHigh', 'signShare'] as const) expect(none[key]).toBeNaN();
    const one = summariseDifferences([0.4]);
    expect(one).toMatchObject({ n: 1, mean: 0.4, signShare: 1 });
    expect(one.ciLow).toBeNaN();
    expect(one.ciHigh).toBeNaN();
  });
  it('summariseDifferences() counts the share of runs agreeing with the sign of the mean', () => {
    expect(summariseDifferences([1, 2, -1, 3]).signShare).toBe(0.75);
    expect(summariseDifferences([]).n).toBe(0);
    expect(summariseDifferences([0.4]).se).toBeNaN();
  });
  // Coverage: 2000 synthetic experiments of n = 10 normal differences with true mean 0.3.
  // Covered ~ Binomial(2000, 0.95): sd = 0.00487, so 0.95 ± 4 sd = [0.9305, 0.9695];
  // false-failure probability 6.3e-5.
  it('pairedDifference() 95% interval covers the true difference at the stated rate', () => {
    const rng = createRng(12345, 'paired-coverage');
    const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    let covered = 0;
    const experiments = 2000;
    for (let e = 0; e < experiments; e++) {
      const base: number[] = [];
      const cf: number[] = [];
      for (let i = 0; i < 10; i++) {
        const common = normal();
        base.push(common);
        cf.push(common + 0.3 + 0.5 * normal());
      }
      const r = pairedDifference(base, cf);
      if (r.ciLow <= 0.3 && 0.3 <= r.ciHigh) covered++;
    }
    expect(covered / experiments).toBeGreaterThan(0.9305);
    expect(covered / experiments).toBeLessThan(0.9695);
  });
});
