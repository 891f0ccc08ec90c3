/**
 * Bass (1969) diffusion through the engine's population step: each non-adopter adopts in a step
 * of length dt with probability 1 − exp(−(p + q·A/N)·dt). Closed form F(t), and the recursion
 * the stepped model's mean follows (it differs from F by up to ≈ 0.11·dt; VALIDATION §4).
 */
import { exp } from '../math.js';
import { populationStep } from '../population.js';
import type { Rng } from '../rng.js';
import { barePopulation } from './bare-population.js';

export interface BassParams { p: number; q: number; agents: number; dt: number }

/**
 * Bass's cumulative adoption F(t) = (1 − e^(−(p+q)t)) / (1 + (q/p)e^(−(p+q)t)).
 * @example bassF(0.03, 0.38, 10) // 0.8128
 */
export function bassF(p: number, q: number, t: number): number {
  const e = exp(-(p + q) * t);
  return (1 - e) / (1 + (q / p) * e);
}

/**
 * Mean path of the stepped model: x(k+1) = x + (1 − x)(1 − e^(−(p + q·x)·dt)), at time t.
 * @example bassRecursion(0.03, 0.38, 0.01, 10) // within 0.0015 of bassF(0.03, 0.38, 10)
 */
export function bassRecursion(p: number, q: number, dt: number, t: number): number {
  let x = 0;
  const steps = Math.round(t / dt);
  for (let k = 0; k < steps; k++) x += (1 - x) * (1 - exp(-(p + q * x) * dt));
  return x;
}

/**
 * One run: adopted shares at each time of `times` (in the unit of 1/p), with `dt` per step.
 * @example simulateBass({ p: 0.03, q: 0.38, agents: 10000, dt: 0.01 }, [2, 4], rng)
 */
export function simulateBass(params: BassParams, times: readonly number[], rng: Rng): number[] {
  const { population, tables } = barePopulation(params.agents, 1, 0, [1], rng);
  const out: number[] = [];
  const last = Math.round(Math.max(...times) / params.dt);
  const checks = times.map((t) => Math.round(t / params.dt));
  for (let k = 1; k <= last; k++) {
    const share = population.adopted[0] / params.agents;
    tables.adopt[0] = 1 - exp(-(params.p + params.q * share) * params.dt);
    populationStep(population, tables, rng);
    for (let i = 0; i < checks.length; i++) if (checks[i] === k) out[i] = population.adopted[0] / params.agents;
  }
  return out;
}
