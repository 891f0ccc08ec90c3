/**
 * Builders see availability (nested logit): a lab's weight is multiplied by the exp of bIV times
 * its inclusive value, the log-sum of the cloud choice given that lab, so a lab whose models are
 * on few clouds (or only on small ones) is worth less to a builder. Once per month, per lab.
 */
import { exp, ln } from './math.js';

/**
 * Inclusive value of each lab: ln Σ_k cloudWeight[lab * clouds + k] (−Infinity when no cloud can
 * be chosen).
 * @example inclusiveValues(Float64Array.of(1, 1, 2, 0), 2) // [ln 2, ln 2]
 */
export function inclusiveValues(cloudWeight: Float64Array, clouds: number): Float64Array {
  const labs = cloudWeight.length / clouds;
  const values = new Float64Array(labs);
  for (let j = 0; j < labs; j++) {
    let total = 0;
    for (let k = 0; k < clouds; k++) total += cloudWeight[j * clouds + k];
    values[j] = ln(total);
  }
  return values;
}

/**
 * Multiplies each lab's weight by exp(bIV × (IV_j − max IV)): the lab utility gains bIV times its
 * inclusive value (the shift by the largest one cancels in the logit and keeps weights ≤ their
 * own). A lab no cloud can serve gets weight 0. Mutates `labWeight`.
 * @example applyInclusiveValue(labWeight, cloudWeight, world.clouds.length, 1)
 */
export function applyInclusiveValue(labWeight: Float64Array, cloudWeight: Float64Array, clouds: number, bIV: number): void {
  const values = inclusiveValues(cloudWeight, clouds);
  let best = -Infinity;
  for (let j = 0; j < values.length; j++) if (labWeight[j] > 0 && values[j] > best) best = values[j];
  if (!Number.isFinite(best) || bIV === 0) return;
  for (let j = 0; j < values.length; j++) {
    labWeight[j] = Number.isFinite(values[j]) ? labWeight[j] * exp(bIV * (values[j] - best)) : 0;
  }
}
