/**
 * The hand-built world the formula-pinning tests share: the small scenario at month 5, with
 * nothing signed (capacities 20 / 10 / 8 kGPU), its entity indices, and market contract terms.
 */
import type { ContractTerms } from '../../sim/contracts.js';
import { initWorld } from '../../sim/init.js';
import type { World } from '../../sim/world.js';
import { smallScenario } from './small-scenario.js';

export const [AWS, AZURE, GCP] = [0, 1, 2];
export const [OPENAI, DEEPMIND, ANTHROPIC] = [0, 1, 2];

/** Month 5 of the small scenario (seed 7, run 0), nothing signed. */
export function monthFiveWorld(): World {
  const w = initWorld(smallScenario(), 7, 0);
  w.t = 5;
  return w;
}

/** A public market contract of AWS with OpenAI (10 months, 4 kGPU at 0.01), with `fields` over it. */
export function marketTerms(fields: Partial<ContractTerms> = {}): ContractTerms {
  return {
    cloud: AWS, lab: OPENAI, months: 10, compute: 4, price: 0.01, investment: 0, upfront: false, exclusivity: 0,
    exitPenalty: 0, public: true, origin: 'market', internal: false, labValue: 0, ...fields,
  };
}
