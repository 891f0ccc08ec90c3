/**
 * Tests of the samplers the population uses: geometric gaps (mean (1-p)/p) and normal quantiles,
 * and the preference table built from them (its mean exp-weight is the lognormal mean);
 * inverse-CDF picks at and around the cumulative weights (zero weights never picked), clamped
 * weights, and Box–Muller normals exactly for fixed uniforms and in distribution.
 * False-failure rate: 4 SE checks on 10^5 gaps and 4·10^4 normals (about 1e-4 each, fixed seeds);
 * the rest are exact or deterministic.
 */
import { describe, expect, it } from 'vitest';
import { preferenceWeights, PREF_CODES } from '../sim/population.js';
import { createRng } from '../sim/rng.js';
import { geometricGap, lnUnit, normal, normalQuantile, pickIndex, weightsOf } from '../sim/sampling.js';

describe('sampling', () => {
  it('normalQuantile(p) matches known quantiles to 1e-8 and is odd around 1/2', () => {
    const known: [number, number][] = [[0.5, 0], [0.975, 1.959963984540054], [0.841344746068543, 1], [0.001, -3.090232306167813], [1e-6, -4.753424308822899]];
    for (const [p, z] of known) expect(Math.abs(normalQuantile(p) - z), `p = ${p}`).toBeLessThan(1e-8 * Math.max(1, Math.abs(z)));
    for (const p of [0.01, 0.2, 0.4]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
  });

  it('lnUnit(y) matches Math.log on (0, 1] to 1e-15 relative, exactly at powers of two', () => {
    for (let i = 1; i <= 20_000; i++) {
      const y = (i / 20_000) ** 3;
      expect(Math.abs(lnUnit(y) - Math.log(y)), `y = ${y}`).toBeLessThanOrEqual(1e-15 * Math.abs(Math.log(y)) + 1e-300);
    }
    expect(lnUnit(1)).toBe(0);
    for (const e of [1, 5, 32]) expect(lnUnit(2 ** -e)).toBeCloseTo(-e * Math.LN2, 14);
  });

  it('geometricGap(u, log1p(-p)) has mean (1-p)/p within 4 SE, and is 0 when p = 1', () => {
    const p = 0.03;
    const rng = createRng(7, 'gaps');
    const n = 100_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += geometricGap(rng(), Math.log1p(-p));
    const se = Math.sqrt((1 - p) / (p * p) / n);
    expect(Math.abs(sum / n - (1 - p) / p)).toBeLessThanOrEqual(4 * se);
    expect(geometricGap(0.99, Math.log1p(-1)) === 0).toBe(true);
    expect(geometricGap(0, Math.log1p(-p)) === 0).toBe(true);
  });

  it('geometricGap(u, log1p(-p)) is floor(ln(1 - u) / ln(1 - p)) exactly', () => {
    expect(geometricGap(0.5, Math.log1p(-0.03))).toBe(22); // ln .5 / ln .97 = 22.76
    expect(geometricGap(0.5, Math.log1p(-0.5))).toBe(1);
    expect(geometricGap(0.75, Math.log1p(-0.5))).toBe(2);
    expect(geometricGap(0.74, Math.log1p(-0.5))).toBe(1);
  });

  it('preferenceWeights(sd) has the lognormal mean exp(sd²/2) and median 1, to 1e-4', () => {
    for (const sd of [0.5, 1]) {
      const weights = preferenceWeights(sd);
      expect(weights.length).toBe(PREF_CODES);
      const mean = weights.reduce((a, b) => a + b, 0) / PREF_CODES;
      expect(Math.abs(mean / Math.exp((sd * sd) / 2) - 1)).toBeLessThan(1e-4);
      expect(weights[PREF_CODES / 2 - 1] < 1 && weights[PREF_CODES / 2] > 1).toBe(true);
    }
  });
});

/** A stream that returns `values` in turn. */
const stream = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length];
};

describe('pickIndex(weights, n, target)', () => {
  const weights = new Float64Array([1, 0, 3]);

  it('pickIndex() returns the index whose cumulative weight first exceeds the target', () => {
    expect(pickIndex(weights, 3, 0)).toBe(0);
    expect(pickIndex(weights, 3, 0.999)).toBe(0);
    expect(pickIndex(weights, 3, 1)).toBe(2);
    expect(pickIndex(weights, 3, 3.999)).toBe(2);
  });

  it('pickIndex() never picks a zero weight, even at a target beyond the total', () => {
    expect(pickIndex(new Float64Array([0, 2]), 2, 0)).toBe(1);
    expect(pickIndex(new Float64Array([2, 0]), 2, 5)).toBe(0);
    expect(pickIndex(new Float64Array([1, 3, 0]), 3, 10)).toBe(1);
  });

  it('pickIndex() reads only the first n weights', () => {
    const three = new Float64Array([1, 1, 5]);
    expect(pickIndex(three, 2, 1.5)).toBe(1);
    expect(pickIndex(three, 2, 3)).toBe(1);
    expect(pickIndex(three, 3, 3)).toBe(2);
  });

  it('pickIndex() of all-zero weights returns 0', () => {
    expect(pickIndex(new Float64Array([0, 0]), 2, 0.5)).toBe(0);
  });
});

describe('weightsOf(values)', () => {
  it('weightsOf() clamps negative values to 0 and totals the rest', () => {
    const { weights, total } = weightsOf([1, -2, 3]);
    expect(weights).toBeInstanceOf(Float64Array);
    expect(Array.from(weights)).toEqual([1, 0, 3]);
    expect(total).toBe(4);
    expect(weightsOf([]).total).toBe(0);
  });
});

describe('normal(rng)', () => {
  it('normal() is sqrt(-2 ln(1 - u1)) cos(2 pi u2) for uniforms u1, u2', () => {
    expect(normal(stream(0.5, 0))).toBeCloseTo(Math.sqrt(2 * Math.LN2), 14);
    expect(normal(stream(0.5, 0.5))).toBeCloseTo(-Math.sqrt(2 * Math.LN2), 14);
    expect(normal(stream(0.75, 0.125))).toBeCloseTo(Math.sqrt(-2 * Math.log(0.25)) * Math.SQRT1_2, 14);
    expect(normal(stream(0, 0.3))).toBe(0);
  });

  // 40,000 draws: the mean has SE 1/200 = 0.005, the variance SE sqrt(2/40000) = 0.0071; 4 SE
  // bounds give a false-failure rate about 1e-4 (fixed seed, so the test is deterministic).
  it('normal(createRng(...)) has mean 0 and variance 1 within 4 SE', () => {
    const rng = createRng(20160101, 'normal-test');
    const n = 40_000;
    let sum = 0, squares = 0;
    for (let i = 0; i < n; i++) {
      const x = normal(rng);
      sum += x;
      squares += x * x;
    }
    const mean = sum / n;
    expect(Math.abs(mean)).toBeLessThan(4 * 0.005);
    expect(Math.abs(squares / n - mean * mean - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });
});
