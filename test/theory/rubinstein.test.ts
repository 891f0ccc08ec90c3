/**
 * VALIDATION.md §1: Rubinstein alternating offers (infinite and finite horizon, continuous-time
 * limit, responder outside option) and the random-proposer variant by Monte Carlo.
 * False failures: 3 Monte Carlo mean checks at |error| <= 4 SE with known SE, 6.3e-5 each, so at
 * most 1.9e-4 for this file (union bound); the sd checks (±5%, about 10 SE) add under 1e-15.
 * Everything else is deterministic; seeds (fast-check and createRng) are fixed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  rubinsteinContinuousLimit, rubinsteinFiniteShare, rubinsteinOutsideOption, rubinsteinShare,
} from '../../sim/bargaining.js';
import { createRng } from '../../sim/rng.js';

const seed = 20260101;
const discount = fc.double({ min: 0.01, max: 0.99, noNaN: true });

/** VALIDATION §1 closed form for horizon T, written independently of the backward induction. */
function closedFormFinite(d1: number, d2: number, T: number): number {
  const n = Math.floor(T / 2), q = (d1 * d2) ** n;
  const even = ((1 - d2) * (1 - q)) / (1 - d1 * d2);
  return T % 2 === 0 ? even : even + q;
}

describe('Rubinstein alternating offers (VALIDATION §1)', () => {
  const rows = [
    { d1: 0.9, d2: 0.9, star: 0.526316, finite: { 2: 0.1, 3: 0.91, 10: 0.342801, 11: 0.691479, 50: 0.523603 } },
    { d1: 0.95, d2: 0.9, star: 0.689655, finite: { 2: 0.1, 3: 0.955, 10: 0.374545, 11: 0.831455, 50: 0.675922 } },
  ];
  for (const { d1, d2, star, finite } of rows) {
    it(`rubinsteinShare(${d1}, ${d2}) gives ${star}`, () => {
      expect(Math.abs(rubinsteinShare(d1, d2) - star)).toBeLessThan(1e-6);
    });
    for (const [T, x] of Object.entries(finite)) {
      it(`rubinsteinFiniteShare(${d1}, ${d2}, ${T}) gives ${x}`, () => {
        expect(Math.abs(rubinsteinFiniteShare(d1, d2, Number(T)) - x)).toBeLessThan(1e-6);
      });
    }
  }

  it('rubinsteinFiniteShare(d1, d2, T) matches the closed form and lies within (d1 d2)^floor(T/2) of x*', () => {
    fc.assert(fc.property(discount, discount, fc.integer({ min: 1, max: 300 }), (d1, d2, T) => {
      const x = rubinsteinFiniteShare(d1, d2, T);
      expect(Math.abs(x - closedFormFinite(d1, d2, T))).toBeLessThan(1e-9);
      expect(Math.abs(x - rubinsteinShare(d1, d2))).toBeLessThanOrEqual((d1 * d2) ** Math.floor(T / 2) + 1e-12);
    }), { seed, numRuns: 500 });
  });

  const limits = [{ dt: 1, x: 0.683188 }, { dt: 0.1, x: 0.668332 }, { dt: 0.01, x: 0.666833 }];
  for (const { dt, x } of limits) {
    it(`rubinsteinContinuousLimit(0.05, 0.1, ${dt}) gives ${x}`, () => {
      expect(Math.abs(rubinsteinContinuousLimit(0.05, 0.1, dt) - x)).toBeLessThan(1e-6);
    });
  }

  it('rubinsteinOutsideOption(0.9, 0.9, w2) ignores w2 up to .473684, then gives 1 - w2', () => {
    expect(rubinsteinOutsideOption(0.9, 0.9, 0.3)).toBeCloseTo(0.526316, 6);
    expect(rubinsteinOutsideOption(0.9, 0.9, 0.473)).toBeCloseTo(0.526316, 6);
    expect(rubinsteinOutsideOption(0.9, 0.9, 0.475)).toBeCloseTo(0.525, 12);
    expect(rubinsteinOutsideOption(0.9, 0.9, 0.6)).toBeCloseTo(0.4, 12);
  });

  it('rubinsteinOutsideOption(d1, d2, w2) equals min(x*, 1 - w2): continuous at the threshold', () => {
    fc.assert(fc.property(discount, discount, fc.double({ min: 0, max: 1, noNaN: true }), (d1, d2, w2) => {
      const expected = Math.min(rubinsteinShare(d1, d2), 1 - w2);
      expect(Math.abs(rubinsteinOutsideOption(d1, d2, w2) - expected)).toBeLessThan(1e-12);
    }), { seed });
  });
});

/**
 * Random proposer, common δ: each period i proposes with probability πᵢ. Let vᵢ be i's ex-ante
 * value before the draw. A proposer offers the other exactly δ·v_other and keeps the rest, so
 * v1 = π1(1 − δ v2) + π2 δ v1 (and symmetrically); we iterate that to its fixed point rather
 * than assume v = π. Player 1's realised share is 1 − δ v2 (w.p. π1) or δ v1: a two-point
 * variable whose points differ by 1 − δ, hence mean π1 and sd (1 − δ)√(π1(1 − π1)).
 */
function randomProposerValues(delta: number, pi1: number): [number, number] {
  let [v1, v2] = [0, 0];
  for (let i = 0; i < 10_000; i++) {
    [v1, v2] = [pi1 * (1 - delta * v2) + (1 - pi1) * delta * v1, (1 - pi1) * (1 - delta * v1) + pi1 * delta * v2];
  }
  return [v1, v2];
}

function simulateRandomProposer(delta: number, pi1: number, runs: number, runSeed: number): number[] {
  const [v1, v2] = randomProposerValues(delta, pi1);
  const random = createRng(runSeed, 'bargaining', 'random-proposer', delta, pi1);
  return Array.from({ length: runs }, () => (random() < pi1 ? 1 - delta * v2 : delta * v1));
}

describe('Random-proposer Rubinstein (VALIDATION §1)', () => {
  const R = 10_000;
  for (const [delta, pi1] of [[0.9, 0.5], [0.8, 0.3], [0.95, 0.7]]) {
    it(`simulateRandomProposer(${delta}, ${pi1}, 1e4) has mean π1 and sd (1 − δ)√(π1(1 − π1))`, () => {
      const shares = simulateRandomProposer(delta, pi1, R, seed);
      const mean = shares.reduce((a, b) => a + b, 0) / R;
      const sdHat = Math.sqrt(shares.reduce((a, b) => a + (b - mean) ** 2, 0) / (R - 1));
      const sd = (1 - delta) * Math.sqrt(pi1 * (1 - pi1));
      expect(Math.abs(mean - pi1)).toBeLessThanOrEqual((4 * sd) / Math.sqrt(R));
      expect(Math.abs(sdHat / sd - 1)).toBeLessThan(0.05);
    });
  }
});
