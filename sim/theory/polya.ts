/**
 * Pólya urn and generalized urns (Hill–Lane–Sudderth 1980): each draw adds a red ball with
 * probability f(x), x the red share, through the engine's choice step (pickIndex: one uniform).
 * The Pólya urn is f(x) = x; its red share tends to Beta(a, b). Other f converge to the stable
 * fixed points of f(x) = x.
 */
import type { Rng } from '../rng.js';
import { pickIndex } from '../sampling.js';

/**
 * Red share after `draws` draws from an urn of `red` and `black` balls with red probability
 * `f(share)` (f = identity: the Pólya urn).
 * @example urnShare(1, 1, 2000, (x) => x, createRng(1, 'polya', 0)) // a Beta(1, 1) draw, roughly
 */
export function urnShare(red: number, black: number, draws: number, f: (x: number) => number, rng: Rng): number {
  const weights = new Float64Array(2);
  for (let n = 0; n < draws; n++) {
    const p = Math.min(1, Math.max(0, f(red / (red + black))));
    weights[0] = p;
    weights[1] = 1 - p;
    if (pickIndex(weights, 2, rng()) === 0) red++;
    else black++;
  }
  return red / (red + black);
}

/** Mean and variance of the Pólya urn's red share after n draws (VALIDATION §3). */
export function polyaMoments(a: number, b: number, n: number): { mean: number; variance: number; varianceLimit: number } {
  const s = a + b;
  return {
    mean: a / s,
    variance: (n * a * b) / (s * s * (s + 1) * (s + n)),
    varianceLimit: (a * b) / (s * s * (s + 1)),
  };
}
