/**
 * sim/bootstrap.ts exactly: quantiles by linear interpolation between order statistics (NaNs
 * dropped), indices drawn with replacement as floor(u n), and the 2.5% / 97.5% percentile
 * interval of each quantity a statistic returns, on a scripted random stream.
 */
import { describe, expect, it } from 'vitest';
import { bootstrapIntervals, quantile, resampleIndices } from '../../sim/bootstrap.js';
import type { Rng } from '../../sim/rng.js';

const scripted = (...values: number[]): Rng => {
  let i = 0;
  return () => values[i++ % values.length];
};

describe('quantile(values, q)', () => {
  it('quantile() interpolates between order statistics of the sorted values', () => {
    const values = [40, 10, 30, 20, 50];
    expect(quantile(values, 0)).toBe(10);
    expect(quantile(values, 1)).toBe(50);
    expect(quantile(values, 0.5)).toBe(30);
    expect(quantile(values, 0.3)).toBe(22); // position 1.2: 20 + 0.2 x 10
    expect(quantile(values, 0.975)).toBe(49); // position 3.9
    expect(quantile([5, 1, 10], 0.25)).toBe(3); // numeric, not string, order: 1, 5, 10
  });

  it('quantile() drops NaNs, is NaN of nothing, and the one value of one', () => {
    expect(quantile([NaN, 3, NaN, 1], 0.5)).toBe(2);
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantile([NaN], 0.5)).toBeNaN();
    expect(quantile([7], 0.975)).toBe(7);
  });
});

describe('resampleIndices(n, rng)', () => {
  it('resampleIndices() draws n indices floor(u n) with replacement', () => {
    expect([...resampleIndices(4, scripted(0, 0.99, 0.5, 0.5))]).toEqual([0, 3, 2, 2]);
    expect(resampleIndices(0, scripted(0.5))).toHaveLength(0);
  });
});

describe('bootstrapIntervals(n, replicates, rng, statistic)', () => {
  it('bootstrapIntervals() gives each quantity the 2.5% and 97.5% quantiles of its replicates', () => {
    // n = 1: every resample is [0]; the statistic returns [b, -b] on replicate b = 0..40
    let b = 0;
    const intervals = bootstrapIntervals(1, 41, scripted(0.3), (idx) => {
      expect([...idx]).toEqual([0]);
      const value = b++;
      return [value, -value];
    });
    expect(intervals).toEqual([[1, 39], [-39, -1]]);
  });

  it('bootstrapIntervals() passes the resampled indices to the statistic', () => {
    const data = [1, 2, 3, 4];
    const means: number[] = [];
    bootstrapIntervals(4, 2, scripted(0, 0, 0, 0, 0.9, 0.9, 0.9, 0.9), (idx) => {
      means.push([...idx].reduce((a, i) => a + data[i], 0) / idx.length);
      return [0];
    });
    expect(means).toEqual([1, 4]);
  });

  it('bootstrapIntervals() of no replicates is no interval', () => {
    expect(bootstrapIntervals(3, 0, scripted(0.5), () => [1])).toEqual([]);
  });
});
