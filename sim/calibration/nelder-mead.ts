/**
 * Nelder–Mead simplex minimisation (Nelder & Mead 1965, with the standard coefficients of Lagarias
 * et al. 1998: reflection 1, expansion 2, contraction 1/2, shrink 1/2) inside a box. Bounds are
 * handled by working in the unit cube: a point outside it is evaluated at its projection onto the
 * box plus a quadratic penalty on the distance, so the simplex keeps its shape and the minimiser
 * never asks the objective for a value out of bounds. Derivative-free, deterministic, and
 * synchronous in its bookkeeping; the objective may be async (simulations in worker threads).
 */

export interface NelderMeadOptions {
  /** Lower and upper bound of each coordinate (lower < upper). */
  lower: readonly number[];
  upper: readonly number[];
  /** Budget: objective evaluations (the start counts as one). */
  maxEvaluations: number;
  /** Initial simplex edge as a share of each coordinate's range (default 0.15). */
  step?: number;
  /** Stop when the simplex's values differ by less than this and its points by less than `xTolerance` (unit-cube units). */
  fTolerance?: number;
  xTolerance?: number;
  /** Called after each evaluation: the point (in bounds), its value, and the best so far. */
  onEvaluation?: (evaluation: Evaluation) => void;
}

export interface Evaluation {
  /** 0-based count of objective calls. */
  index: number;
  x: number[];
  value: number;
  best: { x: number[]; value: number };
}

export interface NelderMeadResult {
  x: number[];
  value: number;
  evaluations: number;
  /** Why it stopped. */
  stop: 'converged' | 'budget';
}

/** Penalty per squared unit-cube distance outside the box. */
const PENALTY = 1e3;

/** The projection of `y` onto [0,1]^n and its squared distance to it. */
export function projectUnit(y: readonly number[]): { inside: number[]; distance2: number } {
  let distance2 = 0;
  const inside = y.map((v) => {
    const c = Math.min(1, Math.max(0, v));
    distance2 += (v - c) * (v - c);
    return c;
  });
  return { inside, distance2 };
}

/**
 * The minimum of `f` over the box from `x0` (clamped into the box).
 * @example await nelderMead(([x, y]) => (x - 1) ** 2 + (y - 2) ** 2, [0, 0], { lower: [-5, -5], upper: [5, 5], maxEvaluations: 200 })
 */
export async function nelderMead(
  f: (x: number[]) => number | Promise<number>,
  x0: readonly number[],
  options: NelderMeadOptions,
): Promise<NelderMeadResult> {
  const { lower, upper } = options;
  const n = x0.length;
  if (n === 0 || lower.length !== n || upper.length !== n) throw new RangeError('nelderMead: x0, lower and upper need the same, non-zero length');
  if (lower.some((lo, i) => !(lo < upper[i]))) throw new RangeError('nelderMead: every lower bound must be below its upper bound');
  const step = options.step ?? 0.15;
  const fTolerance = options.fTolerance ?? 1e-8;
  const xTolerance = options.xTolerance ?? 1e-6;
  const toX = (y: readonly number[]) => y.map((v, i) => lower[i] + v * (upper[i] - lower[i]));
  let evaluations = 0;
  let best = { x: [] as number[], value: Infinity };

  const evaluate = async (y: number[]): Promise<number> => {
    const { inside, distance2 } = projectUnit(y);
    const x = toX(inside);
    const raw = await f(x);
    const value = (Number.isNaN(raw) ? Infinity : raw) + PENALTY * distance2;
    if (value < best.value) best = { x, value };
    options.onEvaluation?.({ index: evaluations, x, value, best: { x: [...best.x], value: best.value } });
    evaluations++;
    return value;
  };
  const budgetLeft = () => evaluations < options.maxEvaluations;

  // Initial simplex: the start and one step along each axis (away from the nearer bound).
  const start = projectUnit(x0.map((v, i) => (v - lower[i]) / (upper[i] - lower[i]))).inside;
  const points: number[][] = [start];
  for (let i = 0; i < n; i++) {
    const p = [...start];
    p[i] = p[i] + step <= 1 ? p[i] + step : p[i] - step;
    points.push(p);
  }
  const values: number[] = [];
  for (const p of points) {
    if (!budgetLeft()) break;
    values.push(await evaluate(p));
  }
  // A budget smaller than the simplex skips the loop below and stops on 'budget'.

  while (budgetLeft()) {
    const order = points.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const sorted = order.map((i) => points[i]);
    const sortedValues = order.map((i) => values[i]);
    points.splice(0, points.length, ...sorted);
    values.splice(0, values.length, ...sortedValues);
    if (converged(points, values, fTolerance, xTolerance)) return { x: best.x, value: best.value, evaluations, stop: 'converged' };

    const centroid = Array.from({ length: n }, (_, j) => points.slice(0, n).reduce((s, p) => s + p[j], 0) / n);
    const along = (t: number) => centroid.map((c, j) => c + t * (points[n][j] - c));
    const reflected = along(-1);
    const fr = await evaluate(reflected);
    if (fr < values[0]) {
      if (!budgetLeft()) break;
      const expanded = along(-2);
      const fe = await evaluate(expanded);
      [points[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]) {
      [points[n], values[n]] = [reflected, fr];
    } else {
      if (!budgetLeft()) break;
      const outside = fr < values[n];
      const contracted = along(outside ? -0.5 : 0.5);
      const fc = await evaluate(contracted);
      if (fc < (outside ? fr : values[n])) {
        [points[n], values[n]] = [contracted, fc];
      } else {
        for (let i = 1; i <= n && budgetLeft(); i++) {
          points[i] = points[i].map((v, j) => points[0][j] + 0.5 * (v - points[0][j]));
          values[i] = await evaluate(points[i]);
        }
      }
    }
  }
  return { x: best.x, value: best.value, evaluations, stop: 'budget' };
}

/** The simplex has collapsed: values within fTolerance and points within xTolerance of the best (itself at 0). */
function converged(points: number[][], values: number[], fTolerance: number, xTolerance: number): boolean {
  const spread = values[values.length - 1] - values[0];
  const size = Math.max(...points.map((p) => Math.max(...p.map((v, j) => Math.abs(v - points[0][j])))));
  return spread <= fTolerance && size <= xTolerance;
}
