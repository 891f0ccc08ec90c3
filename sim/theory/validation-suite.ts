/**
 * The published results the engine's building blocks must reproduce (VALIDATION.md), as theory
 * runs with fixed seeds: what `stormoff theory --table`, `npm run validate:theory`,
 * docs/validation.md and test/theory/classics.test.ts all run.
 */
import type { ParamValues } from './models.js';

export interface ValidationCase {
  /** The published result, as a reader would name it. */
  result: string;
  model: string;
  params: ParamValues;
  /** Monte Carlo runs (default: the model's). */
  runs?: number;
}

/** Seed of every validation run (fixed, so CI is reproducible). */
export const VALIDATION_SEED = 20260101;

export const VALIDATION_CASES: readonly ValidationCase[] = [
  { result: 'Rubinstein (1982), infinite horizon', model: 'rubinstein', params: { delta1: 0.95, delta2: 0.9 } },
  { result: 'Rubinstein, finite horizon T = 11', model: 'rubinstein', params: { delta1: 0.95, delta2: 0.9, horizon: 11 } },
  { result: 'Rubinstein, finite horizon T = 50', model: 'rubinstein', params: { delta1: 0.9, delta2: 0.9, horizon: 50 } },
  { result: 'Binmore–Shaked–Sutton outside option, not binding', model: 'rubinstein', params: { delta1: 0.9, delta2: 0.9, outside2: 0.3 } },
  { result: 'Binmore–Shaked–Sutton outside option, binding', model: 'rubinstein', params: { delta1: 0.9, delta2: 0.9, outside2: 0.6 } },
  { result: 'Nash (1950) generalized, α = .7', model: 'nash', params: { surplus: 100, d1: 20, d2: 10, alpha: 0.7 } },
  { result: 'Nash, outside option is a constraint (w₂ = .3 does not bind)', model: 'nash', params: { surplus: 1, d1: 0, d2: 0, alpha: 0.5, w2: 0.3 } },
  { result: 'Nash, binding outside option (w₂ = .7)', model: 'nash', params: { surplus: 1, d1: 0, d2: 0, alpha: 0.5, w2: 0.7 } },
  { result: 'Arthur (1989) lock-in, symmetric', model: 'arthur', params: { s: 0.3 } },
  { result: 'Arthur (1989) lock-in, asymmetric', model: 'arthur', params: { s: 0.45 } },
  { result: 'Pólya urn → Beta(1, 1)', model: 'polya', params: { a: 1, b: 1 } },
  { result: 'Pólya urn → Beta(2, 1)', model: 'polya', params: { a: 2, b: 1 } },
  { result: 'Generalized urn locks in (f = x²/(x²+(1−x)²))', model: 'urn', params: { f: 'power:2' } },
  { result: 'Generalized urn converges to ½ with CLT spread (f = x^¼/…)', model: 'urn', params: { f: 'power:0.25' } },
  { result: 'Bass (1969) diffusion, p = .03, q = .38', model: 'bass', params: {} },
  { result: 'Brock–Durlauf, one equilibrium (k = .5, u = .3)', model: 'logit', params: { k: 0.5, u: 0.3, m0: 0 } },
  { result: 'Brock–Durlauf, two stable equilibria, basin of +m* (k = 1.5, u = 0)', model: 'logit', params: { k: 1.5, u: 0, m0: 0.5 } },
  { result: 'Brock–Durlauf, h ≠ 0, basin of the minority root (k = 1.5, u = .1)', model: 'logit', params: { k: 1.5, u: 0.1, m0: -0.5 } },
];
