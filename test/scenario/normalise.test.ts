/** Defaults filled at the edge, events sorted, shares made to sum to exactly 1. */
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import { CLOUD_DEFAULTS, LAB_DEFAULTS, PARAM_DEFAULTS, POPULATION_DEFAULTS } from '../../sim/scenario/defaults.js';
import { parseScenario } from '../../sim/scenario/load.js';
import { SCENARIO_DEFAULTS } from '../../sim/scenario/normalise.js';
import { FIXTURES, memoryFiles } from './helpers.js';

const minimal = loadScenarioFile(`${FIXTURES}minimal.yaml`);
const parse = (text: string) => parseScenario(text, 'x.yaml', memoryFiles({}));
const HEAD = 'name: x\nstart: 2018-01\nend: 2019-12\nlabs: [{ id: b, name: B }]\n';

describe('parseScenario(text) fills defaults', () => {
  it('fills every omitted cloud and lab field from defaults.ts', () => {
    expect(minimal.clouds[1]).toEqual({ ...CLOUD_DEFAULTS, id: 'azure', name: 'Microsoft Azure', narrativeShare: 0.4, initialBuilderShare: 0.5 });
    expect(minimal.labs[0]).toEqual({ ...LAB_DEFAULTS, id: 'openai', name: 'OpenAI', autonomy: 0.1 });
  });

  it('fills population.types.* field by field', () => {
    expect(minimal.population.agents).toBe(1000);
    expect(minimal.population.types.developer).toEqual({ ...POPULATION_DEFAULTS.types.developer, hazard: 0.1 });
    expect(minimal.population.types.enterprise).toEqual(POPULATION_DEFAULTS.types.enterprise);
    expect(minimal.params).toEqual({ ...PARAM_DEFAULTS, lambda: 0.1 });
  });

  it('fills the top-level fields a file may omit', () => {
    const scenario = parse(`${HEAD}clouds: [{ id: a, name: A, narrativeShare: 1 }]\n`);
    expect({ description: scenario.description, references: scenario.references, seed: scenario.seed, runs: scenario.runs })
      .toEqual(SCENARIO_DEFAULTS);
    expect(scenario.events).toEqual([]);
  });

  it('fills event fields per kind, deal months from params.contractMonths', () => {
    const scenario = parse(`${HEAD}clouds: [{ id: a, name: A, narrativeShare: 1 }]\nparams: { contractMonths: 24 }\nevents:
  - { kind: deal, date: 2018-02, cloud: a, lab: b, compute: 1 }
  - { kind: defect, date: 2018-03, cloud: a, lab: b }
  - { kind: forbid, date: 2018-04, cloud: a, lab: b }
  - { kind: capacity_shock, date: 2018-05, factor: 2 }
  - { kind: price_change, date: 2018-06, lab: b, factor: 2 }\n`);
    expect(scenario.events).toEqual([
      { kind: 'deal', date: '2018-02', cloud: 'a', lab: 'b', compute: 1, months: 24, price: null, investment: 0, exclusivity: 'none', exitPenalty: null, public: true },
      { kind: 'defect', date: '2018-03', cloud: 'a', lab: 'b', public: true },
      { kind: 'forbid', date: '2018-04', cloud: 'a', lab: 'b', until: null },
      { kind: 'capacity_shock', date: '2018-05', cloud: null, factor: 2 },
      { kind: 'price_change', date: '2018-06', cloud: null, lab: 'b', factor: 2 },
    ]);
  });

  it('gives active clouds equal builder shares when all are 0, ignoring inactive ones', () => {
    const scenario = parse(`${HEAD}clouds:
  - { id: a, name: A, narrativeShare: 0.5 }
  - { id: b, name: B, narrativeShare: 0.5 }
  - { id: c, name: C, active: false }\n`.replace('labs: [{ id: b, name: B }]', 'labs: [{ id: l, name: L }]'));
    expect(scenario.clouds.map((cloud) => cloud.initialBuilderShare)).toEqual([0.5, 0.5, 0]);
  });

  it('rescales shares within 1e-6 of 1 to sum to 1', () => {
    const scenario = parse(`${HEAD}clouds:
  - { id: a, name: A, narrativeShare: 0.3333333 }
  - { id: c, name: C, narrativeShare: 0.3333333 }
  - { id: d, name: D, narrativeShare: 0.3333333 }\n`);
    const total = scenario.clouds.reduce((sum, cloud) => sum + cloud.narrativeShare, 0);
    expect(Math.abs(total - 1)).toBeLessThan(1e-12);
  });
});

describe('parseScenario(text) sorts events', () => {
  it('sorts events by date, keeping file order within a month', () => {
    expect(minimal.events.map((event) => `${event.date} ${event.kind}`)).toEqual([
      '2019-03 enter', '2019-03 capacity_shock', '2019-07 deal',
    ]);
  });
});
