/**
 * Sweep designs over parameter ranges: full grid, simple random and Latin hypercube samples.
 * Points are in parameter units, each value rounded to 6 significant digits (what the CSVs and
 * the re-run commands carry, so a point runs with exactly the value written). Pure, seeded.
 */
import type { Rng } from './rng.js';

/** A parameter range from `--param path=lo:hi[:steps]`. */
export interface ParamRange {
  path: string;
  lo: number;
  hi: number;
  /** Grid steps (values) for this parameter; undefined uses the design's default. */
  steps?: number;
  /** Whole numbers only (e.g. population.agents): values are rounded to integers. */
  integer?: boolean;
}

export type DesignMethod = 'grid' | 'random' | 'lhs';

/**
 * Parse `path=lo:hi[:steps]`; returns an error message instead when malformed.
 * @example parseParamRange('params.lambda=0.05:0.3:6') // { path: 'params.lambda', lo: 0.05, hi: 0.3, steps: 6 }
 */
export function parseParamRange(text: string): ParamRange | string {
  const match = /^([A-Za-z_][\w.[\]-]*)=([^:]+):([^:]+)(?::(\d+))?$/.exec(text.trim());
  if (!match) return `expected path=lo:hi[:steps], e.g. params.lambda=0.05:0.3:6, got '${text}'`;
  const [lo, hi] = [Number(match[2]), Number(match[3])];
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return `lo and hi must be numbers in '${text}'`;
  if (!(hi >= lo)) return `hi must be >= lo in '${text}'`;
  const steps = match[4] === undefined ? undefined : Number(match[4]);
  if (steps !== undefined && steps < 1) return `steps must be >= 1 in '${text}'`;
  return { path: match[1], lo, hi, steps };
}

/** `value` to 6 significant digits, as written everywhere. */
export function roundValue(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(6));
}

/** `unit` in [0, 1] mapped onto the range. */
export function scale(range: ParamRange, unit: number): number {
  const value = range.lo + unit * (range.hi - range.lo);
  return range.integer ? Math.round(value) : roundValue(value);
}

/** Grid values of one range: `steps` evenly spaced values from lo to hi (lo alone for 1 step). */
export function gridValues(range: ParamRange, steps: number): number[] {
  if (steps === 1) return [roundValue(range.lo)];
  return Array.from({ length: steps }, (_, i) => scale(range, i / (steps - 1)));
}

/**
 * Every combination of the ranges' grid values, the last parameter varying fastest.
 * @example gridDesign([{ path: 'a', lo: 0, hi: 1, steps: 2 }, { path: 'b', lo: 0, hi: 1, steps: 2 }], 5) // [[0,0],[0,1],[1,0],[1,1]]
 */
export function gridDesign(ranges: readonly ParamRange[], defaultSteps: number): number[][] {
  let points: number[][] = [[]];
  for (const range of ranges) {
    const values = gridValues(range, range.steps ?? defaultSteps);
    points = points.flatMap((point) => values.map((value) => [...point, value]));
  }
  return points;
}

/** `samples` points drawn uniformly and independently in the ranges. */
export function randomDesign(ranges: readonly ParamRange[], samples: number, rng: Rng): number[][] {
  return Array.from({ length: samples }, () => ranges.map((range) => scale(range, rng())));
}

/** A random permutation of 0..n-1 (Fisher–Yates). */
export function permutation(n: number, rng: Rng): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/**
 * A Latin hypercube sample: each parameter's range is cut into `samples` equal strata and each
 * stratum holds exactly one point (at a uniform position inside it).
 */
export function lhsDesign(ranges: readonly ParamRange[], samples: number, rng: Rng): number[][] {
  const columns = ranges.map((range) => permutation(samples, rng).map((stratum) => scale(range, (stratum + rng()) / samples)));
  return Array.from({ length: samples }, (_, i) => columns.map((column) => column[i]));
}
