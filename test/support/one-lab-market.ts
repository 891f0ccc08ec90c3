/**
 * A one-lab market for the market and defection tests: openai alone (so no other lab uses
 * capacity first), three clouds with ample capacity and pinned values, no bargaining noise.
 */
import { expect } from 'vitest';
import { endContract } from '../../sim/contracts.js';
import { applyScheduledEvents } from '../../sim/events/index.js';
import { updateLabs } from '../../sim/labs.js';
import type { CloudSpec, LabSpec, Scenario, ScenarioEvent } from '../../sim/scenario/types.js';
import { step } from '../../sim/step.js';
import { initWorld } from '../../sim/init.js';
import type { World } from '../../sim/world.js';
import { cloud, lab, smallScenario } from './small-scenario.js';

export const OPENAI = 0;
export const AWS = 0;
export const AZURE = 1;
export const GCP = 2;

/** One lab, three clouds with ample capacity, pinned values; `clouds` patches them in order. */
export function scenario(clouds: Partial<CloudSpec>[] = [], labFields: Partial<LabSpec> = {}, events: ScenarioEvent[] = []): Scenario {
  const base = smallScenario();
  const specs = [
    cloud('aws', { narrativeShare: 0.5, initialBuilderShare: 0.5, capacity: 40, narrativeValue: 20, denialWeight: 0.5, enterpriseReach: 0.5 }),
    cloud('azure', { narrativeShare: 0.3, initialBuilderShare: 0.3, capacity: 40, narrativeValue: 10, denialWeight: 0, enterpriseReach: 0.5 }),
    cloud('gcp', { narrativeShare: 0.2, initialBuilderShare: 0.2, capacity: 40, narrativeValue: 5, denialWeight: 0, enterpriseReach: 0.5 }),
  ].map((spec, k) => ({ ...spec, ...clouds[k] }));
  return smallScenario({
    clouds: specs,
    labs: [lab('openai', { capability: 1.2, computeDemand: 2, patience: 0.7, autonomy: 0.3, ...labFields })],
    params: { ...base.params, bargainingNoise: 0, unmetCost: 3 },
  }, events);
}

/** Month `t` of `s` up to its market: months 0..t-1 stepped, openai's contracts ended, events and labs updated. */
export function atMarket(s: Scenario, t = 6): World {
  const w = initWorld(s, s.seed, 0);
  for (w.t = 0; w.t < t; w.t++) step(w);
  w.t = t;
  for (const c of w.contracts) if (c.status === 'active' && c.lab === OPENAI) endContract(w, c, 'terminated', 'test: the lab goes shopping');
  applyScheduledEvents(w);
  updateLabs(w);
  expect(w.aiMarket).toBeGreaterThan(0);
  return w;
}
