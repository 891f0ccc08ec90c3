/**
 * analyseSensitivity() and pointMeans() (sim/sensitivity-analysis.ts) on functions with known
 * indices: y = 3 x_a gives Morris mu* = mu = 3 and sigma 0 for a, 0 for b; under Sobol, a
 * parameter y does not depend on has first-order and total index exactly 0; a metric undefined at
 * some design point gets empty cells and no tornado panel.
 */
import { describe, expect, it } from 'vitest';
import { morrisTrajectories } from '../../sim/morris.js';
import { createRng } from '../../sim/rng.js';
import { analyseSensitivity, designUnitPoints, pointMeans, SENSITIVITY_COLUMNS } from '../../sim/sensitivity-analysis.js';

describe('analyseSensitivity(design, parameters, metrics, rows)', () => {
  it('analyseSensitivity(morris) gives mu* = mu = the slope and sigma 0 for a linear metric, per parameter', () => {
    const design = { method: 'morris' as const, k: 2, samples: 4, levels: 4, seed: 1, bootstrap: 50 };
    const { unit } = designUnitPoints(design);
    expect(unit).toHaveLength(12);
    const result = analyseSensitivity(design, ['a', 'b'], ['m'], unit.map((u, point) => ({ point, m: 3 * u[0] })));
    expect(result.csv.split('\n').slice(0, 3)).toEqual([
      SENSITIVITY_COLUMNS.join(','),
      'morris,m,a,3,3,0,,,,,,,12',
      'morris,m,b,0,0,0,,,,,,,12',
    ]);
    expect(result.panels).toEqual([{ metric: 'm', bars: [
      { parameter: 'a', value: 3, inner: NaN, low: NaN, high: NaN },
      { parameter: 'b', value: 0, inner: NaN, low: NaN, high: NaN },
    ] }]);
  });

  it('analyseSensitivity(sobol) gives 0 first-order and total indices to a parameter the metric ignores, and empty cells to an undefined metric', () => {
    const design = { method: 'sobol' as const, k: 2, samples: 16, levels: 4, seed: 1, bootstrap: 50 };
    const { unit, trajectories } = designUnitPoints(design);
    expect(unit).toHaveLength(16 * (2 + 2));
    expect(trajectories).toEqual([]);
    const rows = unit.map((u, point) => ({ point, m: u[0], n: point === 0 ? NaN : u[1] }));
    const result = analyseSensitivity(design, ['a', 'b'], ['m', 'n'], rows);
    const lines = result.csv.split('\n');
    expect(lines[1]).toMatch(/^sobol,m,a,,,,[\d.]+,[\d.]+,[\d.]+,[\d.]+,[\d.]+,[\d.]+,64$/);
    expect(lines.slice(2, 5)).toEqual(['sobol,m,b,,,,0,0,0,0,0,0,64', 'sobol,n,a,,,,,,,,,,64', 'sobol,n,b,,,,,,,,,,64']);
    expect(result.panels.map((p) => p.metric)).toEqual(['m']);
    const [a, b] = result.panels[0].bars;
    expect(a.parameter).toBe('a');
    expect(a.value).toBeGreaterThan(0.5);
    expect(a.low).toBeLessThanOrEqual(a.value);
    expect(a.high).toBeGreaterThanOrEqual(a.value);
    expect(b).toEqual({ parameter: 'b', value: 0, inner: 0, low: 0, high: 0 });
  });
});

describe('designUnitPoints(design)', () => {
  it('designUnitPoints(morris) draws the trajectories on the stream (seed, \'design\', \'morris\'), so merge redoes the run\'s design', () => {
    const design = { method: 'morris' as const, k: 3, samples: 2, levels: 6, seed: 9, bootstrap: 10 };
    const trajectories = morrisTrajectories(3, 2, 6, createRng(9, 'design', 'morris'));
    expect(designUnitPoints(design)).toEqual({ unit: trajectories.flatMap((t) => t.points), trajectories });
  });
});

describe('pointMeans(rows, metrics, points)', () => {
  it('pointMeans() averages each metric over a point\'s replicates, skipping NaN and non-numbers; NaN where none has a value', () => {
    const means = pointMeans([
      { point: 0, m: 1 }, { point: 0, m: 3 }, { point: 0, m: NaN }, { point: 1, m: null }, { point: '2', m: 5 },
    ], ['m'], 3);
    expect([...means.get('m')!]).toEqual([2, NaN, 5]);
  });
});
