/**
 * VALIDATION.md §2: generalized Nash bargaining, the BSW outside-option principle, a non-linear
 * frontier and the Binmore–Rubinstein–Wolinsky link to Rubinstein. Every check here is
 * deterministic (no Monte Carlo; fast-check runs use a fixed seed), so the false-failure rate is 0.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bargainingPower, impatience, nashSolveFrontier, nashSplit, nashSplitWithOutsideOptions,
  rubinsteinContinuousLimit, rubinsteinShare,
} from '../../sim/bargaining.js';

const seed = 20260101;

describe('Nash bargaining (VALIDATION §2)', () => {
  const rows = [
    { S: 1, d1: 0, d2: 0, alpha: 0.5, u1: 0.5, u2: 0.5 },
    { S: 100, d1: 20, d2: 10, alpha: 0.7, u1: 69, u2: 31 },
  ];
  for (const { S, d1, d2, alpha, u1, u2 } of rows) {
    it(`nashSplit(${S}, ${d1}, ${d2}, ${alpha}) gives (${u1}, ${u2})`, () => {
      const split = nashSplit(S, d1, d2, alpha);
      expect(split.u1).toBeCloseTo(u1, 10);
      expect(split.u2).toBeCloseTo(u2, 10);
    });
  }

  it('nashSplitWithOutsideOptions(S=1, d=0, alpha=.5, w2=.3) gives (.5, .5), where a threat-point reading gives (.35, .65)', () => {
    const bsw = nashSplitWithOutsideOptions({ surplus: 1, inside: [0, 0], outside: [0, 0.3], alpha: 0.5 })!;
    expect(bsw.u1).toBeCloseTo(0.5, 12);
    expect(bsw.u2).toBeCloseTo(0.5, 12);
    const threatPoint = nashSplit(1, 0, 0.3, 0.5);
    expect(threatPoint.u1).toBeCloseTo(0.35, 12);
    expect(Math.abs(bsw.u1 - threatPoint.u1)).toBeGreaterThan(0.1);
  });

  it('nashSplitWithOutsideOptions(...) moves the split only as far as a binding outside option', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      (alpha, w2) => {
        const split = nashSplitWithOutsideOptions({ surplus: 1, inside: [0, 0], outside: [0, w2], alpha })!;
        expect(split.u2).toBeCloseTo(Math.max(1 - alpha, w2), 12);
      }), { seed });
  });

  for (const alpha of [0.1, 0.25, 0.5, 0.75, 0.9]) {
    it(`nashSolveFrontier(x => sqrt(1 - x), ${alpha}, 0, 0) gives 2α/(1+α)`, () => {
      const x = nashSolveFrontier((u) => Math.sqrt(1 - u), alpha, 0, 0);
      expect(Math.abs(x - (2 * alpha) / (1 + alpha))).toBeLessThan(1e-7);
    });
  }

  it('nashSolveFrontier(x => sqrt(1 - x), alpha, d1, d2) beats every point of a fine grid', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }),
      fc.double({ min: 0, max: 0.5, noNaN: true }),
      (alpha, d1, d2) => {
        const frontier = (u: number) => Math.sqrt(1 - u);
        const logProduct = (u: number) => alpha * Math.log(u - d1) + (1 - alpha) * Math.log(frontier(u) - d2);
        const best = logProduct(nashSolveFrontier(frontier, alpha, d1, d2));
        const end = 1 - d2 * d2;
        for (let i = 1; i < 1000; i++) {
          expect(best).toBeGreaterThanOrEqual(logProduct(d1 + ((end - d1) * i) / 1000) - 1e-12);
        }
      }), { seed, numRuns: 50 });
  });
});

describe('Binmore–Rubinstein–Wolinsky link (VALIDATION §2)', () => {
  it('rubinsteinContinuousLimit(r1, r2, dt) tends to nashSplit(1, 0, 0, bargainingPower(r1, r2)).u1 at rate r1r2/(2(r1+r2))·dt', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }),
      (r1, r2) => {
        const nash = nashSplit(1, 0, 0, bargainingPower(r1, r2)).u1;
        const slope = (r1 * r2) / (2 * (r1 + r2));
        for (const dt of [1e-1, 1e-2, 1e-3]) {
          const gap = rubinsteinContinuousLimit(r1, r2, dt) - nash;
          expect(gap).toBeGreaterThan(0);
          expect(Math.abs(gap - slope * dt)).toBeLessThan(0.05 * slope * dt);
        }
      }), { seed });
  });

  it('bargainingPower(impatience(d1), impatience(d2)) is the share rubinsteinShare(d1, d2) approaches as both tend to 1', () => {
    const [r1, r2] = [0.03, 0.07];
    const dt = 1e-5;
    const [d1, d2] = [Math.exp(-r1 * dt), Math.exp(-r2 * dt)];
    expect(bargainingPower(impatience(d1), impatience(d2))).toBeCloseTo(0.7, 9);
    expect(rubinsteinShare(d1, d2)).toBeCloseTo(0.7, 5);
  });
});
