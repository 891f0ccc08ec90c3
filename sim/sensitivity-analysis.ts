/**
 * From the runs of a sensitivity experiment to its indices: the mean of each metric over a design
 * point's replicates, then Morris mu* and sigma or Saltelli-Sobol first-order and total indices (with
 * bootstrap CIs) per metric and parameter, as the rows of sensitivity.csv and tornado panels. Pure.
 */
import { formatLines, type Cell } from './csv.js';
import { morrisIndices, morrisTrajectories, type Trajectory } from './morris.js';
import { createRng } from './rng.js';
import { saltelliIndices, saltelliPoints } from './saltelli.js';
import type { TornadoPanel } from './tornado-svg.js';

/** How a sensitivity design was made (stored in meta.json, so merge can redo the analysis). */
export interface SensitivityDesign {
  method: 'morris' | 'sobol';
  /** Number of varied parameters. */
  k: number;
  /** Morris trajectories, or the Saltelli base sample size N. */
  samples: number;
  /** Morris grid levels. */
  levels: number;
  seed: number;
  /** Bootstrap resamples for the Sobol CIs. */
  bootstrap: number;
}

/** The unit-cube points of the design (and the Morris trajectories). */
export function designUnitPoints(design: SensitivityDesign): { unit: number[][]; trajectories: Trajectory[] } {
  if (design.method === 'sobol') return { unit: saltelliPoints(design.k, design.samples), trajectories: [] };
  const trajectories = morrisTrajectories(design.k, design.samples, design.levels, createRng(design.seed, 'design', 'morris'));
  return { unit: trajectories.flatMap((t) => t.points), trajectories };
}

export const SENSITIVITY_COLUMNS = [
  'method', 'metric', 'parameter', 'mu_star', 'mu', 'sigma', 'first', 'first_low', 'first_high', 'total', 'total_low', 'total_high', 'points',
];

/** A row of the wide table: column -> value. */
export type WideRow = Record<string, string | number | null>;

/**
 * Mean over replicates of each metric at each design point (NaN where no replicate has a value).
 * @example pointMeans(rows, ['defections'], 12).get('defections') // Float64Array(12)
 */
export function pointMeans(rows: Iterable<WideRow>, metrics: readonly string[], points: number): Map<string, Float64Array> {
  const sums = new Map(metrics.map((m) => [m, new Float64Array(points)]));
  const counts = new Map(metrics.map((m) => [m, new Float64Array(points)]));
  for (const row of rows) {
    const point = Number(row.point);
    for (const metric of metrics) {
      const value = row[metric];
      if (typeof value === 'number' && !Number.isNaN(value)) {
        sums.get(metric)![point] += value;
        counts.get(metric)![point] += 1;
      }
    }
  }
  return new Map(metrics.map((m) => [m, sums.get(m)!.map((sum, i) => sum / counts.get(m)![i])])); // 0 / 0 = NaN where no replicate has a value
}

export interface SensitivityResult {
  csv: string;
  panels: TornadoPanel[];
}

/**
 * sensitivity.csv text and tornado panels for every metric. A Sobol metric that is undefined at
 * some point (e.g. lock-in month when never locked in) gets empty cells rather than wrong indices.
 */
export function analyseSensitivity(design: SensitivityDesign, parameters: readonly string[], metrics: readonly string[], rows: Iterable<WideRow>): SensitivityResult {
  const { unit, trajectories } = designUnitPoints(design);
  const means = pointMeans(rows, metrics, unit.length);
  const lines: Cell[][] = [SENSITIVITY_COLUMNS];
  const panels: TornadoPanel[] = [];
  for (const metric of metrics) {
    const y = means.get(metric)!;
    if (design.method === 'morris') {
      const indices = morrisIndices(trajectories, y, design.k);
      indices.forEach((ix, i) => lines.push(['morris', metric, parameters[i], ix.muStar, ix.mu, ix.sigma, null, null, null, null, null, null, unit.length]));
      panels.push({ metric, bars: indices.map((ix, i) => ({ parameter: parameters[i], value: ix.muStar, inner: NaN, low: NaN, high: NaN })) });
      continue;
    }
    if (y.some(Number.isNaN)) {
      parameters.forEach((p) => lines.push(['sobol', metric, p, null, null, null, null, null, null, null, null, null, unit.length]));
      continue;
    }
    const indices = saltelliIndices(y, design.k, design.bootstrap, createRng(design.seed, 'bootstrap', metric));
    indices.forEach((ix, i) =>
      lines.push(['sobol', metric, parameters[i], null, null, null, ix.first, ix.firstLow, ix.firstHigh, ix.total, ix.totalLow, ix.totalHigh, unit.length]),
    );
    panels.push({ metric, bars: indices.map((ix, i) => ({ parameter: parameters[i], value: ix.total, inner: ix.first, low: ix.totalLow, high: ix.totalHigh })) });
  }
  return { csv: formatLines(lines), panels };
}
