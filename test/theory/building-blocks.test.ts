import { describe, expect, it } from 'vitest';
import { solveAlternatingOffers } from '../../sim/theory/alternating-offers.js';
import { rubinsteinFiniteShare, rubinsteinOutsideOption, rubinsteinShare } from '../../sim/bargaining.js';
import { betaCdf, logGamma } from '../../sim/theory/beta.js';
import { basinRoot, logitRoots, logitStationarySd } from '../../sim/theory/logit.js';
import { bassF, bassRecursion } from '../../sim/theory/bass.js';
import { ksDistance, robustStandardDeviation, standardDeviation } from '../../sim/theory/statistics.js';
import { fixedPoints, parseUrnFunction, urnCltSd } from '../../sim/theory/urn-functions.js';
import { arthurClosedForm } from '../../sim/theory/arthur.js';

describe('solveAlternatingOffers(game)', () => {
  it('solveAlternatingOffers() by backward induction equals the closed forms for any δ, T and w₂', () => {
    for (const [d1, d2] of [[0.9, 0.9], [0.95, 0.9], [0.5, 0.8], [0.99, 0.97]]) {
      expect(solveAlternatingOffers({ delta1: d1, delta2: d2 })).toBeCloseTo(rubinsteinShare(d1, d2), 10);
      for (const T of [1, 2, 3, 10, 11, 50]) {
        expect(solveAlternatingOffers({ delta1: d1, delta2: d2, horizon: T })).toBeCloseTo(rubinsteinFiniteShare(d1, d2, T), 12);
      }
      for (const w2 of [0.1, 0.3, 0.5, 0.7, 0.9]) {
        expect(solveAlternatingOffers({ delta1: d1, delta2: d2, outside2: w2 })).toBeCloseTo(rubinsteinOutsideOption(d1, d2, w2), 10);
      }
    }
  });
  it('solveAlternatingOffers() rejects discount factors outside (0, 1)', () => {
    expect(() => solveAlternatingOffers({ delta1: 1, delta2: 0.5 })).toThrow(RangeError);
  });
});

describe('betaCdf(x, a, b)', () => {
  it('betaCdf() matches closed forms: I_x(1,1) = x, I_x(2,1) = x², I_x(1,2) = 1 − (1−x)²', () => {
    for (const x of [0.01, 0.2, 0.5, 0.77, 0.99]) {
      expect(betaCdf(x, 1, 1)).toBeCloseTo(x, 12);
      expect(betaCdf(x, 2, 1)).toBeCloseTo(x * x, 12);
      expect(betaCdf(x, 1, 2)).toBeCloseTo(1 - (1 - x) ** 2, 12);
      expect(betaCdf(x, 2.5, 0.7) + betaCdf(1 - x, 0.7, 2.5)).toBeCloseTo(1, 10);
    }
  });
  it('betaCdf() of Beta(½, ½) is the arcsine law (2/π) asin √x', () => {
    for (const x of [0.05, 0.3, 0.6, 0.95]) expect(betaCdf(x, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(x)), 9);
  });
  it('logGamma() gives ln((n−1)!) and ln √π at ½', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });
});

describe('logitRoots(k, u)', () => {
  it('logitRoots() reproduces the Brock–Durlauf table of VALIDATION §5 with stability', () => {
    expect(logitRoots(0.5, 0.1).map((r) => +r.m.toFixed(5))).toEqual([0.19495]);
    expect(logitRoots(0.5, 0.6).map((r) => +r.m.toFixed(5))).toEqual([0.75114]);
    expect(logitRoots(1.5, 0).map((r) => [+r.m.toFixed(5), r.stable])).toEqual([[-0.85856, true], [0, false], [0.85856, true]]);
    expect(logitRoots(1.5, 0.1).map((r) => [+r.m.toFixed(5), r.stable])).toEqual([[-0.80108, true], [-0.20598, false], [0.89386, true]]);
    expect(logitRoots(1.5, 0.3).map((r) => +r.m.toFixed(5))).toEqual([0.93589]);
  });
  it('basinRoot() picks the stable root between the unstable ones around m0', () => {
    const roots = logitRoots(1.5, 0.1);
    expect(basinRoot(roots, -0.5).m).toBeCloseTo(-0.80108, 5);
    expect(basinRoot(roots, 0).m).toBeCloseTo(0.89386, 5);
  });
  it('logitStationarySd() is √((1−m²)/(N(1−ρ²))) with ρ = k(1−m²)', () => {
    const rho = 1.5 * (1 - 0.85856 ** 2);
    expect(logitStationarySd(1.5, 0.85856, 1000)).toBeCloseTo(Math.sqrt((1 - 0.85856 ** 2) / (1000 * (1 - rho * rho))), 12);
  });
});

describe('urn functions', () => {
  it('fixedPoints() finds 0, ½, 1 with the right stability for power:2 and power:0.25', () => {
    expect(fixedPoints(parseUrnFunction('power:2').f).map((p) => [p.x, p.stable])).toEqual([[0, true], [0.5, false], [1, true]]);
    expect(fixedPoints(parseUrnFunction('power:0.25').f).map((p) => [p.x, p.stable])).toEqual([[0, false], [0.5, true], [1, false]]);
    const [line] = fixedPoints(parseUrnFunction('linear:0.2,0.6').f);
    expect(line.x).toBeCloseTo(0.5, 9);
  });
  it('urnCltSd() is .00707 at n = 10⁴ for f = x^¼/(x^¼+(1−x)^¼) (VALIDATION §3)', () => {
    const [, middle] = fixedPoints(parseUrnFunction('power:0.25').f);
    expect(urnCltSd(middle, 1e4)).toBeCloseTo(0.00707, 5);
  });
  it('parseUrnFunction() names the accepted forms when it cannot read one', () => {
    expect(() => parseUrnFunction('cubic:3')).toThrow(/power:A.*linear:C0,C1.*sine:A/);
    expect(() => parseUrnFunction('sine:2')).toThrow(RangeError);
  });
});

describe('closed forms', () => {
  it('bassF() gives VALIDATION §4 values and the recursion approaches it as dt → 0', () => {
    for (const [t, F] of [[1, 0.0358], [5, 0.3312], [10, 0.8128], [15, 0.9716], [20, 0.9963]]) expect(bassF(0.03, 0.38, t)).toBeCloseTo(F, 4);
    const gap = (dt: number) => Math.abs(bassRecursion(0.03, 0.38, dt, 10) - bassF(0.03, 0.38, 10));
    expect(gap(1 / 12)).toBeGreaterThan(gap(0.01));
    expect(gap(0.01)).toBeLessThan(0.0015);
  });
  it('arthurClosedForm() gives VALIDATION §3 barriers, P(A) and E[τ]', () => {
    expect(arthurClosedForm({ aR: 1, bR: 0, r: 0.3, aS: 0, bS: 1, s: 0.45, adopters: 1 })).toEqual({ L: 4, U: 3, pLockA: 4 / 7, meanTau: 12 });
  });
  it('ksDistance(), standardDeviation() and robustStandardDeviation() on known samples', () => {
    expect(ksDistance([0.25, 0.75], (x) => x)).toBeCloseTo(0.25, 12);
    expect(standardDeviation([1, 2, 3])).toBe(1);
    expect(robustStandardDeviation([0, 1, 2, 3, 100])).toBeCloseTo(1.4826, 12);
  });
});
