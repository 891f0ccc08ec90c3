/**
 * sim/design.ts at its edges: the `--param path=lo:hi[:steps]` messages (each names the text and
 * what was expected), 6-significant-digit rounding, integer ranges, the default grid steps, and
 * the random, permutation and Latin hypercube designs driven by a scripted random stream whose
 * points are computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { gridDesign, gridValues, lhsDesign, parseParamRange, permutation, randomDesign, roundValue, scale } from '../../sim/design.js';
import type { Rng } from '../../sim/rng.js';

/** A stream returning `values` in turn, then repeating them. */
const scripted = (...values: number[]): Rng => {
  let i = 0;
  return () => values[i++ % values.length];
};

describe('parseParamRange(text)', () => {
  it('parseParamRange() reads paths with dots, brackets and dashes, trims the text, and leaves steps undefined when not given', () => {
    expect(parseParamRange(' population.types[0].x-y=0:1 ')).toEqual({ path: 'population.types[0].x-y', lo: 0, hi: 1, steps: undefined });
    expect(parseParamRange('_a=-2:-1:1')).toEqual({ path: '_a', lo: -2, hi: -1, steps: 1 });
    expect(parseParamRange('a=1:1')).toEqual({ path: 'a', lo: 1, hi: 1, steps: undefined });
    expect(parseParamRange('a=0:1:12')).toEqual({ path: 'a', lo: 0, hi: 1, steps: 12 });
  });

  it('parseParamRange() names the text when its shape is wrong', () => {
    for (const text of ['1a=0:1', 'a=0:1:2:3', 'a=0:1:x', 'a=0', 'x a=0:1', 'a=:1', 'a=0:1:-2']) {
      expect(parseParamRange(text), text).toBe(`expected path=lo:hi[:steps], e.g. params.lambda=0.05:0.3:6, got '${text}'`);
    }
  });

  it('parseParamRange() says which number is wrong', () => {
    expect(parseParamRange('a=x:1')).toBe("lo and hi must be numbers in 'a=x:1'");
    expect(parseParamRange('a=0:Infinity')).toBe("lo and hi must be numbers in 'a=0:Infinity'");
    expect(parseParamRange('a=2:1')).toBe("hi must be >= lo in 'a=2:1'");
    expect(parseParamRange('a=0:1:0')).toBe("steps must be >= 1 in 'a=0:1:0'");
  });
});

describe('roundValue(value) and scale(range, unit)', () => {
  it('roundValue() keeps integers, rounds the rest to 6 significant digits', () => {
    expect(roundValue(1234567)).toBe(1234567);
    expect(roundValue(1234567.5)).toBe(1234570);
    expect(roundValue(0.123456789)).toBe(0.123457);
    expect(roundValue(-2.5e-7)).toBe(-2.5e-7);
  });

  it('scale() maps [0, 1] onto lo..hi, rounding to whole numbers for an integer range', () => {
    expect(scale({ path: 'p', lo: 10, hi: 20 }, 0.25)).toBe(12.5);
    expect(scale({ path: 'p', lo: 0, hi: 10, integer: true }, 0.26)).toBe(3);
    expect(scale({ path: 'p', lo: 0, hi: 10, integer: true }, 0.24)).toBe(2);
  });
});

describe('gridDesign(ranges, defaultSteps)', () => {
  it('gridDesign() uses the default steps for a range without its own, and of no ranges is the one empty point', () => {
    expect(gridDesign([{ path: 'a', lo: 0, hi: 1 }, { path: 'b', lo: 5, hi: 5, steps: 1 }], 3)).toEqual([[0, 5], [0.5, 5], [1, 5]]);
    expect(gridDesign([], 4)).toEqual([[]]);
  });

  it('gridValues() rounds a single step\'s lo to 6 digits', () => {
    expect(gridValues({ path: 'a', lo: 0.123456789, hi: 1 }, 1)).toEqual([0.123457]);
  });
});

describe('randomDesign, permutation and lhsDesign with a scripted stream', () => {
  const ranges = [{ path: 'a', lo: 0, hi: 10 }, { path: 'b', lo: -1, hi: 1 }];

  it('randomDesign() draws each coordinate of each point in turn', () => {
    expect(randomDesign(ranges, 2, scripted(0.1, 0.25, 0.5, 0.75))).toEqual([[1, -0.5], [5, 0.5]]);
    expect(randomDesign(ranges, 0, scripted(0.5))).toEqual([]);
  });

  it('permutation() is Fisher–Yates from the end: j = floor(u (i + 1))', () => {
    expect(permutation(3, scripted(0))).toEqual([1, 2, 0]); // swap 2<->0, then 1<->0
    expect(permutation(3, scripted(0.999))).toEqual([0, 1, 2]); // j = i: no swaps
    expect(permutation(4, scripted(0.5))).toEqual([0, 3, 1, 2]); // j = 2 (i=3), 1 (i=2), 1 (i=1)
    expect(permutation(1, scripted(0))).toEqual([0]);
  });

  it('lhsDesign() puts point i of each parameter at (its stratum + u) / n', () => {
    // u = 0.5 always: permutation(2) keeps [0, 1] (j = 1 at i = 1); strata centres 0.25 and 0.75
    expect(lhsDesign(ranges, 2, scripted(0.5))).toEqual([[2.5, -0.5], [7.5, 0.5]]);
    // u = 0: permutation(2) = [1, 0]: the first point takes the upper stratum's bottom
    expect(lhsDesign([{ path: 'a', lo: 0, hi: 10 }], 2, scripted(0))).toEqual([[5], [0]]);
  });
});
