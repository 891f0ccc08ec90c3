/**
 * Edges of the theory building blocks: parseUrnFunction() accepts exactly the documented forms
 * (power:A with A > 0, linear:C0,C1, sine:A with |A| <= 1) and their shapes; fixedPoints() finds a
 * root lying exactly on a grid point; basinRoot() needs a stable root in m0's basin; a logit
 * run lasts exactly `periods` periods.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../sim/rng.js';
import { basinRoot, logitRoots, simulateLogit } from '../../sim/theory/logit.js';
import { fixedPoints, parseUrnFunction, urnCltSd } from '../../sim/theory/urn-functions.js';

const FORMS = "expected power:A (A > 0), linear:C0,C1 or sine:A (|A| <= 1), got";

describe('parseUrnFunction(text)', () => {
  it('parseUrnFunction() reads power, linear and sine with their formulas', () => {
    expect(parseUrnFunction('power:2').f(0.25)).toBeCloseTo(0.1, 15);
    expect(parseUrnFunction('power:2').f(0)).toBe(0);
    expect(parseUrnFunction('power:2').f(1)).toBe(1);
    expect(parseUrnFunction('linear:0.2,0.5').f(0.4)).toBeCloseTo(0.4, 15);
    expect(parseUrnFunction('linear:0.8,1').f(0.5)).toBe(1);
    expect(parseUrnFunction('linear:-1,1').f(0.5)).toBe(0);
    expect(parseUrnFunction('sine:0.5').f(0.25)).toBeCloseTo(0.25 + 0.5 / (2 * Math.PI), 12);
    expect(parseUrnFunction('sine:-1').label).toBe('sine:-1');
  });

  it('parseUrnFunction() rejects other kinds, wrong argument counts, non-numbers and out-of-range values', () => {
    for (const bad of ['power:0', 'power:-1', 'power:1,2', 'power:x', 'linear:1', 'linear:1,2,3', 'sine:1.5', 'sine:0.5,1', 'cosine:0.5', 'power']) {
      expect(() => parseUrnFunction(bad), bad).toThrow(`${FORMS} '${bad}'`);
    }
  });
});

describe('fixedPoints(f, grid)', () => {
  it('fixedPoints() finds an interior root lying exactly on a grid point once, and the end points', () => {
    // f(x) = 0.5 + 0.5 (x − 0.5)... crosses x at 0.5 = grid point 2 of 4.
    const points = fixedPoints((x) => 0.25 + 0.5 * x, 4);
    expect(points.map((p) => p.x)).toEqual([0.5]);
    expect(points[0].stable).toBe(true);
    expect(fixedPoints((x) => x * x, 8).map((p) => p.x)).toEqual([0, 1]);
  });
});

describe('logit edges', () => {
  it('basinRoot() throws when no stable root lies between the unstable ones around m0', () => {
    expect(() => basinRoot([{ m: 0, stable: false }], 0.5)).toThrow('m0 = 0.5 starts on an unstable root');
    const roots = logitRoots(1.5, 0);
    expect(basinRoot(roots, 0.1).m).toBeCloseTo(roots[2].m, 12);
    expect(basinRoot(roots, -0.1).m).toBeCloseTo(roots[0].m, 12);
  });

  it('simulateLogit() with 0 periods returns the starting mean choice', () => {
    const params = { k: 1.5, u: 0, m0: 0.5, agents: 400, periods: 0 };
    const m0 = simulateLogit(params, createRng(1, 'theory', 'logit', 0));
    const m1 = simulateLogit({ ...params, periods: 1 }, createRng(1, 'theory', 'logit', 0));
    expect(Math.abs(m0 - 0.5)).toBeLessThan(0.2);
    expect(m1).not.toBe(m0);
  });
});

describe('fixedPoints() slopes and stability', () => {
  it('fixedPoints() takes the slope by central difference inside, forward at 0 and backward at 1', () => {
    const [middle] = fixedPoints(parseUrnFunction('linear:0.2,0.6').f);
    expect(middle.slope).toBeCloseTo(0.6, 9);
    expect(middle.stable).toBe(true);
    // f = 0.5 x, clamped below 0: a central difference would average in the flat side (slope 0.25).
    const [zero] = fixedPoints(parseUrnFunction('linear:0,0.5').f);
    expect(zero.x).toBe(0);
    expect(zero.slope).toBeCloseTo(0.5, 9);
    // f = 0.5 + 0.5 x, clamped above 1: the same at the upper end.
    const [one] = fixedPoints(parseUrnFunction('linear:0.5,0.5').f);
    expect(one.x).toBe(1);
    expect(one.slope).toBeCloseTo(0.5, 9);
  });

  it('fixedPoints() of power:A has slope A at ½ (unstable when A > 1)', () => {
    const [, half2] = fixedPoints(parseUrnFunction('power:2').f);
    expect(half2.slope).toBeCloseTo(2, 6);
    const [, halfQuarter] = fixedPoints(parseUrnFunction('power:0.25').f);
    expect(halfQuarter.slope).toBeCloseTo(0.25, 6);
  });

  it('fixedPoints() calls a point of slope exactly 1 unstable, and lists every grid point where f(x) = x once', () => {
    const points = fixedPoints((x) => x, 2);
    expect(points.map((p) => p.x)).toEqual([0, 0.5, 1]);
    expect(points[0]).toEqual({ x: 0, slope: 1, stable: false });
  });
});

describe('urnCltSd(point, draws)', () => {
  it('urnCltSd() is √(x(1−x)/((2λ−1) n)) with λ = 1 − f′(x)', () => {
    expect(urnCltSd({ x: 0.25, slope: 0.25, stable: true }, 100)).toBeCloseTo(Math.sqrt((0.25 * 0.75) / (0.5 * 100)), 15);
    expect(urnCltSd({ x: 0.5, slope: -1, stable: true }, 400)).toBeCloseTo(Math.sqrt(0.25 / (3 * 400)), 15);
  });

  it('urnCltSd() is NaN at λ ≤ ½ (slope ≥ ½) and at the end points 0 and 1', () => {
    expect(urnCltSd({ x: 0.5, slope: 0.5, stable: true }, 100)).toBeNaN();
    expect(urnCltSd({ x: 0.5, slope: 0.9, stable: true }, 100)).toBeNaN();
    expect(urnCltSd({ x: 0, slope: 0, stable: true }, 100)).toBeNaN();
    expect(urnCltSd({ x: 1, slope: 0, stable: true }, 100)).toBeNaN();
  });
});

describe('parseUrnFunction() boundaries', () => {
  it('parseUrnFunction() accepts sine:1 and sine:-1 (|A| <= 1) and any A > 0 for power', () => {
    expect(parseUrnFunction('sine:1').f(0.75)).toBeCloseTo(0.75 - 1 / (2 * Math.PI), 12);
    expect(parseUrnFunction('sine:-1').f(0.25)).toBeCloseTo(0.25 - 1 / (2 * Math.PI), 12);
    expect(parseUrnFunction('power:0.5').f(0.2)).toBeCloseTo(Math.sqrt(0.2) / (Math.sqrt(0.2) + Math.sqrt(0.8)), 15);
    expect(parseUrnFunction('linear:0.1,0.5').label).toBe('linear:0.1,0.5');
  });

  it('parseUrnFunction() rejects non-finite numbers', () => {
    for (const bad of ['power:Infinity', 'linear:NaN,1', 'linear:0.1,x']) {
      expect(() => parseUrnFunction(bad), bad).toThrow(`${FORMS} '${bad}'`);
    }
  });
});

describe('logitRoots() stability boundary', () => {
  it('logitRoots(1, 0) has the single root 0 with k(1 − m²) = 1 exactly: not stable', () => {
    expect(logitRoots(1, 0)).toEqual([{ m: 0, stable: false }]);
  });

  it('logitRoots() lists a root lying on a grid point once', () => {
    expect(logitRoots(1.5, 0).filter((r) => r.m === 0)).toHaveLength(1);
    expect(logitRoots(0.5, 0)).toEqual([{ m: 0, stable: true }]);
  });
});
