/** Defaults filled at the edge, events sorted, shares made to sum to exactly 1. */
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import { CLOUD_DEFAULTS, LAB_DEFAULTS, PARAM_DEFAULTS, POPULATION_DEFAULTS } from '../../sim/scenario/defaults.js';
import { parseScenario } from '../../sim/scenario/load.js';
import { SCENARIO_DEFAULTS, sortAndRescale } from '../../sim/scenario/normalise.js';
import type { Scenario, ScenarioEvent } from '../../sim/scenario/types.js';
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

  it('keeps builder shares as written when any active cloud has one', () => {
    const scenario = parse(`${HEAD}clouds:
  - { id: a, name: A, narrativeShare: 0.5, initialBuilderShare: 1 }
  - { id: c, name: C, narrativeShare: 0.5 }\n`);
    expect(scenario.clouds.map((cloud) => cloud.initialBuilderShare)).toEqual([1, 0]);
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

describe('sortAndRescale(scenario)', () => {
  /** The minimal fixture with narrative shares, type fractions and weights as given. */
  const scenario = (narrative: number[], fraction = 1, weights: [number, number, number] = [0.5, 0.3, 0.2]): Scenario => {
    const copy = structuredClone(minimal);
    copy.clouds.forEach((cloud, i) => { cloud.narrativeShare = narrative[i] ?? 0; cloud.active = i < narrative.length; });
    copy.population.types.developer.fraction *= fraction;
    [copy.params.wL, copy.params.wD, copy.params.wE] = weights;
    return copy;
  };

  it('sortAndRescale() leaves shares within 1e-12 of summing to 1 exactly as written', () => {
    const result = sortAndRescale(scenario([0.6, 0.4000000000001]));
    expect(result.clouds.map((cloud) => cloud.narrativeShare).slice(0, 2)).toEqual([0.6, 0.4000000000001]);
  });

  it('sortAndRescale() divides shares off by more than 1e-12 by their sum, leaving inactive clouds alone', () => {
    const input = scenario([0.3, 0.6000001]);
    input.clouds.push({ ...input.clouds[1], id: 'idle', active: false, narrativeShare: 0.5 });
    const result = sortAndRescale(input);
    expect(result.clouds[0].narrativeShare).toBeCloseTo(0.3 / 0.9000001, 15);
    expect(result.clouds[1].narrativeShare).toBeCloseTo(0.6000001 / 0.9000001, 15);
    expect(result.clouds[2].narrativeShare).toBe(0.5);
  });

  it('sortAndRescale() leaves all-zero shares at zero rather than dividing by their sum', () => {
    const result = sortAndRescale(scenario([0, 0]));
    expect(result.clouds.slice(0, 2).map((cloud) => cloud.narrativeShare)).toEqual([0, 0]);
  });

  it('sortAndRescale() rescales builder type fractions and wL + wD + wE to sum to 1', () => {
    const result = sortAndRescale(scenario([0.5, 0.5], 1.000001, [0.5, 0.3, 0.2000002]));
    const fractions = Object.values(result.population.types).reduce((sum, type) => sum + type.fraction, 0);
    expect(Math.abs(fractions - 1)).toBeLessThan(1e-12);
    expect(result.params.wL).toBeCloseTo(0.5 / 1.0000002, 15);
    expect(result.params.wE).toBeCloseTo(0.2000002 / 1.0000002, 15);
    expect(Math.abs(result.params.wL + result.params.wD + result.params.wE - 1)).toBeLessThan(1e-12);
  });

  it('sortAndRescale() sorts events by date, stable within a month, without reordering the input', () => {
    const input = structuredClone(minimal);
    const dates = ['2019-05', '2019-02', '2019-05', '2019-01'];
    input.events = dates.map((date, i) => ({ kind: 'announce', date, cloud: 'aws', delta: i }) as unknown as ScenarioEvent);
    const result = sortAndRescale(input);
    expect(result.events.map((event) => `${event.date}#${(event as unknown as { delta: number }).delta}`))
      .toEqual(['2019-01#3', '2019-02#1', '2019-05#0', '2019-05#2']);
    expect(input.events.map((event) => event.date)).toEqual(dates);
  });
});
