/**
 * Tests of the samplers the population uses: geometric gaps (mean (1-p)/p) and normal quantiles,
 * and the preference table built from them (its mean exp-weight is the lognormal mean).
 * False-failure rate: one 4 SE check on 10^5 gaps (6.3e-5); the rest are exact or deterministic.
 */
import { describe, expect, it } from 'vitest';
import { preferenceWeights, PREF_CODES } from '../sim/population.js';
import { createRng } from '../sim/rng.js';
import { geometricGap, normalQuantile } from '../sim/sampling.js';

describe('sampling', () => {
  it('normalQuantile(p) matches known quantiles to 1e-8 and is odd around 1/2', () => {
    const known: [number, number][] = [[0.5, 0], [0.975, 1.959963984540054], [0.841344746068543, 1], [0.001, -3.090232306167813], [1e-6, -4.753424308822899]];
    for (const [p, z] of known) expect(Math.abs(normalQuantile(p) - z), `p = ${p}`).toBeLessThan(1e-8 * Math.max(1, Math.abs(z)));
    for (const p of [0.01, 0.2, 0.4]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
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
