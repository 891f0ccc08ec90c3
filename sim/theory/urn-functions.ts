/**
 * The urn functions f a student can pick (`power:A`, `linear:C0,C1`, `sine:A`), their fixed points
 * f(x) = x on [0, 1], which are stable (f′ < 1), and the CLT spread at a stable interior point.
 */
import { cos } from '../math.js';

export interface UrnFunction {
  label: string;
  f: (x: number) => number;
}

/**
 * Parse `power:A` (x^A/(x^A+(1−x)^A)), `linear:C0,C1` (C0 + C1·x, clamped to [0, 1]) or `sine:A`
 * (x + A·sin(2πx)/(2π), |A| ≤ 1). Throws RangeError naming the accepted forms.
 * @example parseUrnFunction('power:2').f(0.25) // 0.1
 */
export function parseUrnFunction(text: string): UrnFunction {
  const [kind, args = ''] = text.split(':');
  const numbers = args.split(',').map(Number);
  const ok = numbers.every(Number.isFinite);
  if (kind === 'power' && numbers.length === 1 && ok && numbers[0] > 0) {
    const a = numbers[0];
    return { label: text, f: (x) => x ** a / (x ** a + (1 - x) ** a) }; // 0 at x = 0 and 1 at x = 1 for any A > 0
  }
  if (kind === 'linear' && numbers.length === 2 && ok) {
    const [c0, c1] = numbers;
    return { label: text, f: (x) => Math.min(1, Math.max(0, c0 + c1 * x)) };
  }
  if (kind === 'sine' && numbers.length === 1 && ok && Math.abs(numbers[0]) <= 1) {
    const a = numbers[0];
    return { label: text, f: (x) => x + (a * cos(2 * Math.PI * x - Math.PI / 2)) / (2 * Math.PI) }; // sin through the deterministic cos
  }
  throw new RangeError(`expected power:A (A > 0), linear:C0,C1 or sine:A (|A| <= 1), got '${text}'`);
}

export interface FixedPoint {
  x: number;
  /** f′(x), by central difference (one-sided at 0 and 1). */
  slope: number;
  stable: boolean;
}

/**
 * Fixed points of f on [0, 1]: sign changes of f(x) − x on a fine grid, refined by bisection,
 * plus the end points where f(x) = x; stable when f′(x) < 1.
 * @example fixedPoints(parseUrnFunction('power:2').f).map((p) => p.x) // [0, 0.5, 1]
 */
export function fixedPoints(f: (x: number) => number, grid = 20_000): FixedPoint[] {
  const g = (x: number) => f(x) - x;
  const roots: number[] = [];
  if (Math.abs(g(0)) < 1e-12) roots.push(0);
  for (let i = 0; i < grid; i++) {
    let lo = i / grid;
    let hi = (i + 1) / grid;
    const glo = g(lo);
    const ghi = g(hi);
    if (i > 0 && Math.abs(glo) < 1e-12) { roots.push(lo); continue; }
    if (glo * ghi >= 0) continue;
    for (let k = 0; k < 60; k++) {
      const mid = (lo + hi) / 2;
      if (g(lo) * g(mid) <= 0) hi = mid;
      else lo = mid;
    }
    roots.push((lo + hi) / 2);
  }
  if (Math.abs(g(1)) < 1e-12 && roots.at(-1) !== 1) roots.push(1);
  return roots.map((x) => {
    const h = 1e-6;
    const slope = x <= h ? (f(x + h) - f(x)) / h : x >= 1 - h ? (f(x) - f(x - h)) / h : (f(x + h) - f(x - h)) / (2 * h);
    return { x, slope, stable: slope < 1 };
  });
}

/**
 * Standard deviation of x_n at a stable interior fixed point by the urn CLT:
 * √(x(1−x)/((2λ−1)·n)), λ = 1 − f′(x), when λ > ½; NaN otherwise.
 * @example urnCltSd({ x: 0.5, slope: 0.25, stable: true }, 1e4) // 0.00707
 */
export function urnCltSd(point: FixedPoint, draws: number): number {
  const lambda = 1 - point.slope;
  if (!(lambda > 0.5) || point.x <= 0 || point.x >= 1) return NaN;
  return Math.sqrt((point.x * (1 - point.x)) / ((2 * lambda - 1) * draws));
}
