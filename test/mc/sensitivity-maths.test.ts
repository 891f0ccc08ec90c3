/**
 * The pure maths of sweeps and sensitivity: Sobol sequence, LHS and grid designs, Saltelli-Sobol
 * indices on the Ishigami function (known analytic indices) and Morris screening on a function
 * with known inert parameters. Quasi-random and seeded, so every check is deterministic.
 */
import { describe, expect, it } from 'vitest';
import { gridDesign, lhsDesign, parseParamRange } from '../../sim/design.js';
import { morrisIndices, morrisTrajectories } from '../../sim/morris.js';
import { createRng } from '../../sim/rng.js';
import { saltelliIndices, saltelliPoints } from '../../sim/saltelli.js';
import { sobolPoints } from '../../sim/sobol-sequence.js';
import { tornadoSvg } from '../../sim/tornado-svg.js';

/** Ishigami (a = 7, b = 0.1) on the unit cube mapped to [-pi, pi]^3. */
function ishigami(unit: number[]): number {
  const [x1, x2, x3] = unit.map((u) => -Math.PI + 2 * Math.PI * u);
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
}

// Analytic indices of Ishigami with a = 7, b = 0.1 (Sobol' & Levitan 1999; Saltelli et al. 2008).
const FIRST = [0.3139, 0.4424, 0];
const TOTAL = [0.5576, 0.4424, 0.2437];

describe('sobolPoints(n, dimensions)', () => {
  it('sobolPoints() starts with the textbook points', () => {
    expect(sobolPoints(4, 3)).toEqual([[0, 0, 0], [0.5, 0.5, 0.5], [0.75, 0.25, 0.25], [0.25, 0.75, 0.75]]);
  });
  it('sobolPoints() puts exactly one of the first 2^m points in each 1/2^m interval of every dimension', () => {
    const points = sobolPoints(256, 31);
    for (let d = 0; d < 31; d++) {
      const cells = new Set(points.map((p) => Math.floor(p[d] * 256)));
      expect(cells.size, `dimension ${d}`).toBe(256);
    }
  });
});

describe('designs', () => {
  it('parseParamRange() reads path=lo:hi[:steps] and explains bad input', () => {
    expect(parseParamRange('params.lambda=0.05:0.3:6')).toEqual({ path: 'params.lambda', lo: 0.05, hi: 0.3, steps: 6 });
    expect(parseParamRange('params.lambda=0.3:0.05')).toMatch(/hi must be >= lo/);
    expect(parseParamRange('lambda')).toMatch(/expected path=lo:hi/);
  });
  it('gridDesign() crosses the values, last parameter fastest', () => {
    expect(gridDesign([{ path: 'a', lo: 0, hi: 1, steps: 2 }, { path: 'b', lo: 10, hi: 30, steps: 3 }], 5)).toEqual([
      [0, 10], [0, 20], [0, 30], [1, 10], [1, 20], [1, 30],
    ]);
  });
  it('lhsDesign() has one point in each of the n strata of every parameter', () => {
    const points = lhsDesign([{ path: 'a', lo: 0, hi: 1 }, { path: 'b', lo: -5, hi: 5 }], 50, createRng(3, 'lhs'));
    expect(new Set(points.map((p) => Math.floor(p[0] * 50))).size).toBe(50);
    expect(new Set(points.map((p) => Math.floor(((p[1] + 5) / 10) * 50))).size).toBe(50);
  });
});

describe('saltelliIndices(y, k, resamples, rng)', () => {
  // N = 4096 Sobol base points (20,480 evaluations): the estimates are deterministic; the
  // tolerance 0.03 is about 3x the estimator's standard error at this N (bootstrap SE ~0.01).
  const indices = saltelliIndices(saltelliPoints(3, 4096).map(ishigami), 3, 200, createRng(1, 'bootstrap'));
  it('saltelliIndices() recovers the Ishigami first-order and total indices within 0.03', () => {
    indices.forEach((ix, i) => {
      expect(Math.abs(ix.first - FIRST[i]), `S${i + 1}`).toBeLessThan(0.03);
      expect(Math.abs(ix.total - TOTAL[i]), `ST${i + 1}`).toBeLessThan(0.03);
    });
  });
  it('saltelliIndices() bootstrap intervals contain the analytic Ishigami indices', () => {
    indices.forEach((ix, i) => {
      expect(ix.firstLow).toBeLessThanOrEqual(FIRST[i]);
      expect(ix.firstHigh).toBeGreaterThanOrEqual(FIRST[i]);
      expect(ix.totalLow).toBeLessThanOrEqual(TOTAL[i]);
      expect(ix.totalHigh).toBeGreaterThanOrEqual(TOTAL[i]);
    });
  });
  it('saltelliIndices() rejects outputs that are not whole blocks of k + 2', () => {
    expect(() => saltelliIndices([1, 2, 3], 3, 10, createRng(1))).toThrow(RangeError);
  });
});

describe('morrisIndices(trajectories, y, k)', () => {
  // x3 and x5 are inert: every elementary effect of theirs is exactly 0.
  const f = (x: number[]) => 2 * x[0] + 5 * x[1] ** 2 + 0 * x[2] + 3 * x[3] * x[0] + 0 * x[4];
  const trajectories = morrisTrajectories(5, 20, 4, createRng(2, 'morris'));
  const indices = morrisIndices(trajectories, trajectories.flatMap((t) => t.points.map(f)), 5);
  it('morrisTrajectories() moves one parameter by +-Delta per step and stays in the unit cube', () => {
    for (const t of trajectories) {
      expect(t.points).toHaveLength(6);
      expect([...t.changed].sort()).toEqual([0, 1, 2, 3, 4]);
      for (const point of t.points) for (const x of point) expect(x >= 0 && x <= 1).toBe(true);
      t.changed.forEach((i, s) => expect(t.points[s + 1][i] - t.points[s][i]).toBeCloseTo(t.steps[s], 12));
    }
  });
  it('morrisIndices() gives mu* = 0 to the inert parameters and > 1 to the active ones', () => {
    expect(indices[2].muStar).toBe(0);
    expect(indices[4].muStar).toBe(0);
    for (const i of [0, 1, 3]) expect(indices[i].muStar).toBeGreaterThan(1);
  });
  it('morrisIndices() gives the linear parameter no spread and the interacting ones some', () => {
    const linear = morrisIndices(trajectories, trajectories.flatMap((t) => t.points.map((x) => 4 * x[1])), 5);
    expect(linear[1].muStar).toBeCloseTo(4, 12);
    expect(linear[1].sigma).toBeCloseTo(0, 12);
    expect(indices[3].sigma).toBeGreaterThan(0);
  });
});

describe('tornadoSvg(title, legend, panels)', () => {
  it('tornadoSvg() draws one bar per parameter, largest first, with escaped labels', () => {
    const svg = tornadoSvg('T', 'L', [{ metric: 'm<1>', bars: [
      { parameter: 'small', value: 0.1, inner: NaN, low: NaN, high: NaN },
      { parameter: 'big', value: 0.9, inner: 0.5, low: 0.8, high: 1 },
    ] }]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('m&#60;1&#62;');
    expect(svg.indexOf('>big<')).toBeLessThan(svg.indexOf('>small<'));
  });
});
