/**
 * A small resolved scenario built in code (3 clouds, 3 labs, 2,000 agents, 2016-01..2019-12), so
 * engine tests do not depend on the YAML loader. `overrides` patch it.
 */
import { CLOUD_DEFAULTS, LAB_DEFAULTS, PARAM_DEFAULTS, POPULATION_DEFAULTS } from '../../sim/scenario/defaults.js';
import type { CloudSpec, LabSpec, Scenario, ScenarioEvent } from '../../sim/scenario/types.js';

export function cloud(id: string, fields: Partial<CloudSpec> = {}): CloudSpec {
  return { ...CLOUD_DEFAULTS, id, name: id.toUpperCase(), ...fields };
}

export function lab(id: string, fields: Partial<LabSpec> = {}): LabSpec {
  return { ...LAB_DEFAULTS, id, name: id, ...fields };
}

export function smallScenario(overrides: Partial<Scenario> = {}, events: ScenarioEvent[] = []): Scenario {
  return {
    name: 'small', description: 'test scenario', references: [], start: '2016-01', end: '2019-12',
    seed: 7, runs: 1,
    clouds: [
      cloud('aws', { narrativeShare: 0.5, initialBuilderShare: 0.5, capacity: 20 }),
      cloud('azure', { narrativeShare: 0.3, initialBuilderShare: 0.3, capacity: 10 }),
      cloud('gcp', { narrativeShare: 0.2, initialBuilderShare: 0.2, capacity: 8 }),
    ],
    labs: [
      lab('openai', { capability: 1.2, computeDemand: 2 }),
      lab('deepmind', { capability: 1.5, computeDemand: 3, owner: 'gcp' }),
      lab('anthropic', { active: false, capability: 1, computeDemand: 1 }),
    ],
    population: { ...structuredClone(POPULATION_DEFAULTS), agents: 2000 },
    params: { ...PARAM_DEFAULTS },
    events,
    ...overrides,
  };
}
