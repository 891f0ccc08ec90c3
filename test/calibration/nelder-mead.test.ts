/**
 * Tests of sim/calibration/nelder-mead.ts: it finds the minimum of quadratics and of Rosenbrock's
 * valley, respects the box (never evaluates outside it; a minimum outside lands on the boundary),
 * keeps to its budget, is deterministic, and still gets close on a jagged (noisy) objective.
 * All deterministic: no false failures.
 */
import { describe, expect, it } from 'vitest';
import { nelderMead, projectUnit } from '../../sim/calibration/nelder-mead.js';

const rosenbrock = ([x, y]: number[]) => (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
/** A reproducible pseudo-noise in [-1, 1] of a point (the objective stays a function, as under common random numbers). */
const jitter = (x: number[]) => {
  const s = Math.sin(x.reduce((a, v, i) => a + v * (12.9898 + 78.233 * i), 0)) * 43758.5453;
  return 2 * (s - Math.floor(s)) - 1;
};

describe('nelderMead(f, x0, options)', () => {
  it('nelderMead() finds the minimum of a shifted 3-d quadratic to 1e-4', async () => {
    const f = ([a, b, c]: number[]) => (a - 1) ** 2 + 2 * (b + 2) ** 2 + 3 * (c - 0.5) ** 2;
    const result = await nelderMead(f, [0, 0, 0], { lower: [-5, -5, -5], upper: [5, 5, 5], maxEvaluations: 2000, fTolerance: 1e-14, xTolerance: 1e-9 });
    expect(result.stop).toBe('converged');
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(-2, 4);
    expect(result.x[2]).toBeCloseTo(0.5, 4);
    expect(result.value).toBeLessThan(1e-8);
  });

  it('nelderMead() follows Rosenbrock\'s valley from (-1.2, 1) to (1, 1)', async () => {
    const result = await nelderMead(rosenbrock, [-1.2, 1], { lower: [-2, -2], upper: [2, 2], maxEvaluations: 3000, fTolerance: 1e-16, xTolerance: 1e-10 });
    expect(result.x[0]).toBeCloseTo(1, 3);
    expect(result.x[1]).toBeCloseTo(1, 3);
  });

  it('nelderMead() never evaluates outside the box and stops on the bound nearest an outside minimum', async () => {
    const seen: number[][] = [];
    const f = (x: number[]) => {
      seen.push(x);
      return (x[0] - 3) ** 2 + (x[1] - 0.2) ** 2;
    };
    const result = await nelderMead(f, [0.5, 0.5], { lower: [0, 0], upper: [1, 1], maxEvaluations: 400 });
    expect(seen.every(([a, b]) => a >= 0 && a <= 1 && b >= 0 && b <= 1)).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 3);
    expect(result.x[1]).toBeCloseTo(0.2, 3);
  });

  it('nelderMead() keeps to maxEvaluations, reports them to onEvaluation, and is deterministic', async () => {
    const log: number[] = [];
    const options = { lower: [-2, -2], upper: [2, 2], maxEvaluations: 37 };
    const a = await nelderMead(rosenbrock, [-1.2, 1], { ...options, onEvaluation: (e) => log.push(e.best.value) });
    const b = await nelderMead(rosenbrock, [-1.2, 1], options);
    expect(a.evaluations).toBe(37);
    expect(a.stop).toBe('budget');
    expect(log).toHaveLength(37);
    expect(log.every((v, i) => i === 0 || v <= log[i - 1])).toBe(true);
    expect(b).toEqual(a);
  });

  it('nelderMead() gets within 0.15 of the minimum of a quadratic with noise of amplitude 0.01', async () => {
    const f = (x: number[]) => (x[0] - 0.3) ** 2 + (x[1] + 0.4) ** 2 + 0.01 * jitter(x);
    const result = await nelderMead(f, [1.5, 1.5], { lower: [-2, -2], upper: [2, 2], maxEvaluations: 300, fTolerance: 1e-3, xTolerance: 1e-3 });
    expect(Math.hypot(result.x[0] - 0.3, result.x[1] + 0.4)).toBeLessThan(0.15);
  });

  it('nelderMead() accepts an async objective and treats NaN as the worst value', async () => {
    const f = async ([x]: number[]) => (x > 0.8 ? NaN : (x - 0.5) ** 2);
    const result = await nelderMead(f, [0.9], { lower: [0], upper: [1], maxEvaluations: 200 });
    expect(result.x[0]).toBeCloseTo(0.5, 3);
  });

  it('nelderMead() rejects bounds that do not match x0 or are empty', async () => {
    await expect(nelderMead(() => 0, [1], { lower: [0, 0], upper: [1, 1], maxEvaluations: 5 })).rejects.toThrow(/same, non-zero length/);
    await expect(nelderMead(() => 0, [1], { lower: [1], upper: [1], maxEvaluations: 5 })).rejects.toThrow(/below its upper/);
  });
});

describe('projectUnit(y)', () => {
  it('projectUnit() clamps to [0,1] and returns the squared distance moved', () => {
    expect(projectUnit([-0.5, 0.25, 1.5])).toEqual({ inside: [0, 0.25, 1], distance2: 0.5 });
  });
});
