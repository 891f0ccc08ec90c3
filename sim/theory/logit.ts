/**
 * Brock–Durlauf (2001) binary logit choice with a social effect, through the engine's population
 * step: every builder re-picks one of two clouds (ω = +1 or −1) each period, synchronously, with
 * P(+1) = 1/(1 + e^(−2(u + k·m))), m the mean choice of the last period. Equilibria solve
 * m = tanh(u + k·m); a root is stable iff k(1 − m²) < 1; near one, m is AR(1) (VALIDATION §5).
 */
import { exp } from '../math.js';

/** tanh from the deterministic exp: 1 − 2/(e^(2y) + 1). */
const tanh = (y: number) => 1 - 2 / (exp(2 * y) + 1);
import { populationStep } from '../population.js';
import type { Rng } from '../rng.js';
import { barePopulation } from './bare-population.js';

export interface LogitParams { k: number; u: number; m0: number; agents: number; periods: number }

export interface LogitRoot { m: number; stable: boolean }

/**
 * Roots of m = tanh(u + k·m) on (−1, 1), by sign changes on a fine grid refined by bisection.
 * @example logitRoots(1.5, 0).map((r) => r.m) // [−0.85856, 0, 0.85856]
 */
export function logitRoots(k: number, u: number): LogitRoot[] {
  const g = (m: number) => tanh(u + k * m) - m;
  const roots: LogitRoot[] = [];
  const grid = 20_000;
  for (let i = 0; i < grid; i++) {
    let lo = -1 + (2 * i) / grid;
    let hi = -1 + (2 * (i + 1)) / grid;
    if (g(lo) === 0) { roots.push(root(lo, k)); continue; }
    if (g(lo) * g(hi) > 0) continue;
    if (g(hi) === 0) continue;
    for (let j = 0; j < 80; j++) {
      const mid = (lo + hi) / 2;
      if (g(lo) * g(mid) <= 0) hi = mid;
      else lo = mid;
    }
    roots.push(root((lo + hi) / 2, k));
  }
  return roots;
}

function root(m: number, k: number): LogitRoot {
  return { m, stable: k * (1 - m * m) < 1 };
}

/**
 * The stable root a run started at m0 ends near: the stable root in the same interval between
 * unstable roots as m0.
 * @example basinRoot(logitRoots(1.5, 0.1), 0.5).m // 0.89386
 */
export function basinRoot(roots: readonly LogitRoot[], m0: number): LogitRoot {
  const unstable = roots.filter((r) => !r.stable).map((r) => r.m);
  const lo = Math.max(-1, ...unstable.filter((m) => m < m0));
  const hi = Math.min(1, ...unstable.filter((m) => m > m0));
  const found = roots.find((r) => r.stable && r.m > lo && r.m < hi);
  if (!found) throw new RangeError(`m0 = ${m0} starts on an unstable root`);
  return found;
}

/**
 * Stationary sd of m across runs near a stable root: √((1 − m²)/(N(1 − ρ²))), ρ = k(1 − m²).
 * @example logitStationarySd(0.5, 0.19495, 1000) // 0.0355
 */
export function logitStationarySd(k: number, m: number, agents: number): number {
  const rho = k * (1 - m * m);
  return Math.sqrt((1 - m * m) / (agents * (1 - rho * rho)));
}

/**
 * One run: m after `periods` synchronous periods from a start near m0 (each builder on +1 with
 * probability (1 + m0)/2).
 * @example simulateLogit({ k: 1.5, u: 0, m0: 0.5, agents: 1000, periods: 50 }, rng) // near 0.85856
 */
export function simulateLogit(params: LogitParams, rng: Rng): number {
  const plus = (1 + params.m0) / 2;
  const { population, tables } = barePopulation(params.agents, 2, 1, [plus, 1 - plus], rng);
  tables.reconsider.fill(1);
  let m = meanChoice(population.cloudCounts, params.agents);
  for (let t = 0; t < params.periods; t++) {
    const v = params.u + params.k * m;
    tables.cloudWeight[0] = exp(v);
    tables.cloudWeight[1] = exp(-v);
    populationStep(population, tables, rng);
    m = meanChoice(population.cloudCounts, params.agents);
  }
  return m;
}

function meanChoice(cloudCounts: Float64Array, agents: number): number {
  return (cloudCounts[0] - cloudCounts[1]) / agents;
}
