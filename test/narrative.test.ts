/**
 * Tests of sim/narrative.ts: normalize, narrativeTarget and narrativeUpdate keep shares summing to 1,
 * target = shares is a fixed point, alpha > 1 gives the developer leader more than its share
 * (increasing returns), alpha = 1 is proportional; shiftNarrative conserves the total.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { narrativeTarget, narrativeUpdate, normalize, shiftNarrative } from '../sim/narrative.js';
import { initWorld } from '../sim/init.js';
import { smallScenario } from './support/small-scenario.js';

const FC = { numRuns: 200, seed: 42 };
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** 2..6 non-negative values with a positive total, normalised. */
const shares = fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 2, maxLength: 6 })
  .filter((values) => sum(values) > 1e-6)
  .map(normalize);
const lambda = fc.double({ min: 0, max: 1, noNaN: true });
/** Weights wL, wD, wE summing to 1. */
const weights = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([a, b]) => ({ wL: a * (1 - b), wD: (1 - a) * (1 - b), wE: b }));

/** Developer shares, largest first, with a strict leader (and at least one other positive share). */
const ledShares = shares.map((d) => d.slice().sort((a, b) => b - a)).filter((d) => d[1] < d[0] - 1e-6 && d[1] > 1e-6);

describe('normalize(values)', () => {
  it('normalize(values) sums to 1 and keeps proportions', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 8 }).filter((v) => sum(v) > 0), (values) => {
      const out = normalize(values);
      expect(sum(out)).toBeCloseTo(1, 12);
      out.forEach((v, k) => expect(v).toBeCloseTo(values[k] / sum(values), 12));
    }), FC);
  });

  it('normalize(values) treats negatives as 0 and keeps all-zero at zero', () => {
    expect(normalize([-1, 1, 3])).toEqual([0, 0.25, 0.75]);
    expect(normalize([0, 0])).toEqual([0, 0]);
  });
});

describe('narrativeUpdate(shares, target, lambda)', () => {
  it('narrativeUpdate(shares, target, lambda) sums to 1 and stays non-negative', () => {
    fc.assert(fc.property(shares, lambda, weights, fc.double({ min: 0.2, max: 4, noNaN: true }), (n, l, w, alpha) => {
      const d = normalize(n.map((_, k) => k + 1));
      const target = narrativeTarget(n, d, n.slice().reverse(), { ...w, alpha });
      const next = narrativeUpdate(n, target, l);
      expect(sum(next)).toBeCloseTo(1, 12);
      for (const v of next) expect(v).toBeGreaterThanOrEqual(0);
    }), FC);
  });

  it('narrativeUpdate(shares, shares, lambda) is a fixed point', () => {
    fc.assert(fc.property(shares, lambda, (n, l) => {
      narrativeUpdate(n, n, l).forEach((v, k) => expect(v).toBeCloseTo(n[k], 12));
    }), FC);
  });

  it('narrativeUpdate(shares, target, lambda) moves lambda of the way to the target', () => {
    expect(narrativeUpdate([0.5, 0.5], [1, 0], 0.1)).toEqual([0.55, 0.45]);
    expect(narrativeUpdate([0.5, 0.5], [1, 0], 1)).toEqual([1, 0]);
    expect(narrativeUpdate([0.2, 0.8], [1, 0], 0)).toEqual([0.2, 0.8]);
  });
});

describe('narrativeTarget(hosting, developers, enterprises, weights)', () => {
  it('narrativeTarget() sums to 1 when its inputs do and the weights do', () => {
    fc.assert(fc.property(shares, fc.double({ min: 0.2, max: 4, noNaN: true }), weights, (d, alpha, w) => {
      const target = narrativeTarget(d.slice().reverse(), d, d, { ...w, alpha });
      expect(sum(target)).toBeCloseTo(1, 12);
    }), FC);
  });

  const developerTerm = (d: number[], alpha: number) =>
    narrativeTarget(d.map(() => 0), d, d.map(() => 0), { wL: 0, wD: 1, wE: 0, alpha });

  it('narrativeTarget() with alpha > 1 gives the developer leader more than its developer share', () => {
    fc.assert(fc.property(ledShares, fc.double({ min: 1.05, max: 4, noNaN: true }), (d, alpha) => {
      expect(developerTerm(d, alpha)[0]).toBeGreaterThan(d[0]);
    }), FC);
  });

  it('narrativeTarget() with alpha < 1 gives the developer leader less than its developer share', () => {
    fc.assert(fc.property(ledShares, fc.double({ min: 0.2, max: 0.95, noNaN: true }), (d, alpha) => {
      expect(developerTerm(d, alpha)[0]).toBeLessThan(d[0]);
    }), FC);
  });

  it('narrativeTarget() with alpha = 1 is proportional to developer shares', () => {
    fc.assert(fc.property(shares, (d) => {
      developerTerm(d, 1).forEach((v, k) => expect(v).toBeCloseTo(d[k], 12));
    }), FC);
  });

  it('narrativeTarget([1, 0], [0.6, 0.4], [0.5, 0.5], weights) adds the three terms', () => {
    const target = narrativeTarget([1, 0], [0.6, 0.4], [0.5, 0.5], { wL: 0.4, wD: 0.35, wE: 0.25, alpha: 2 });
    const dev = [0.36 / 0.52, 0.16 / 0.52];
    expect(target[0]).toBeCloseTo(0.4 + 0.35 * dev[0] + 0.125, 12);
    expect(target[1]).toBeCloseTo(0.35 * dev[1] + 0.125, 12);
  });
});

describe('shiftNarrative(world, from, amount)', () => {
  it('shiftNarrative(world, from, amount) conserves the total and moves at most the share held', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 }), fc.double({ min: 0, max: 2, noNaN: true }), (from, amount) => {
      const world = initWorld(smallScenario(), 1, 0);
      const before = world.clouds.map((cloud) => cloud.narrative);
      const moved = shiftNarrative(world, from, amount);
      expect(moved).toBeCloseTo(Math.min(amount, before[from]), 12);
      expect(world.clouds[from].narrative).toBeCloseTo(before[from] - moved, 12);
      expect(sum(world.clouds.map((cloud) => cloud.narrative))).toBeCloseTo(1, 12);
    }), { numRuns: 50, seed: 7 });
  });
});
