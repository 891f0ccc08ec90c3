/**
 * Arthur (1989) competing technologies with increasing returns: R- and S-agents arrive one at a
 * time and adopt A or B, each payoff rising with that technology's adopters. Each arrival's
 * choice is the engine's choice step (sampling.ts pickIndex: one uniform, inverse CDF) over
 * logit weights; Arthur's deterministic agents are the limit β = ∞. Closed form: gambler's ruin.
 */
import { exp } from '../math.js';
import type { Rng } from '../rng.js';
import { pickIndex } from '../sampling.js';

export interface ArthurParams {
  aR: number; bR: number; r: number;
  aS: number; bS: number; s: number;
  /** Adopters per run. */
  adopters: number;
  /** Logit precision of each choice; Infinity (default) is Arthur's deterministic choice. */
  beta?: number;
}

export interface ArthurRun {
  /** 'A' or 'B' once one technology takes every later adopter; null if not locked by the end. */
  locked: 'A' | 'B' | null;
  /** Adopters before lock-in (the first n with |n_A − n_B| at the barrier). */
  tau: number;
  /** Adopters after tau who chose the other technology (0 under deterministic choice). */
  strays: number;
}

/**
 * Barriers −L and U of d = n_A − n_B, P(lock-in to A) = L/(L+U) and E[τ] = L·U.
 * @example arthurClosedForm({ aR: 1, bR: 0, r: 0.3, aS: 0, bS: 1, s: 0.45, adopters: 2000 }) // L 4, U 3
 */
export function arthurClosedForm(p: ArthurParams): { L: number; U: number; pLockA: number; meanTau: number } {
  if (!(p.aR > p.bR && p.bS > p.aS && p.r > 0 && p.s > 0)) {
    throw new RangeError('Arthur needs aR > bR, bS > aS and r, s > 0');
  }
  const L = Math.floor((p.aR - p.bR) / p.r) + 1;
  const U = Math.floor((p.bS - p.aS) / p.s) + 1;
  return { L, U, pLockA: L / (L + U), meanTau: L * U };
}

/**
 * One run of `p.adopters` arrivals. Allocation per run: two small weight arrays.
 * @example simulateArthur(params, createRng(1, 'arthur', 0)).locked // 'A' or 'B'
 */
export function simulateArthur(p: ArthurParams, rng: Rng): ArthurRun {
  const beta = p.beta ?? Infinity;
  const { L, U } = arthurClosedForm(p);
  const half = new Float64Array([0.5, 0.5]);
  const weights = new Float64Array(2);
  let nA = 0;
  let nB = 0;
  let locked: 'A' | 'B' | null = null;
  let tau = p.adopters;
  let strays = 0;
  for (let n = 0; n < p.adopters; n++) {
    const isR = pickIndex(half, 2, rng()) === 0;
    const uA = isR ? p.aR + p.r * nA : p.aS + p.s * nA;
    const uB = isR ? p.bR + p.r * nB : p.bS + p.s * nB;
    logitWeights(uA, uB, beta, weights);
    const choseA = pickIndex(weights, 2, rng() * (weights[0] + weights[1])) === 0;
    if (choseA) nA++;
    else nB++;
    if (locked === null) {
      const d = nA - nB;
      if (d >= U || d <= -L) {
        locked = d >= U ? 'A' : 'B';
        tau = n + 1;
      }
    } else if ((locked === 'A') !== choseA) strays++;
  }
  return { locked, tau, strays };
}

/** Logit weights of two options, scaled so the better has weight 1 (stable at β = ∞). */
function logitWeights(uA: number, uB: number, beta: number, out: Float64Array): void {
  const best = Math.max(uA, uB);
  out[0] = uA === best ? 1 : exp(beta * (uA - best));
  out[1] = uB === best ? 1 : exp(beta * (uB - best));
}
