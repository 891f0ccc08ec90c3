/** Semantic checks: what the schema cannot say. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseScenario } from '../../sim/scenario/load.js';
import { parseSetParamPath } from '../../sim/scenario/set-param.js';
import { memoryFiles, scenarioError } from './helpers.js';

const BASE = {
  name: 'x', start: '2018-01', end: '2019-12',
  clouds: [{ id: 'aws', name: 'AWS', narrativeShare: 0.5 }, { id: 'gcp', name: 'GCP', narrativeShare: 0.5 }],
  labs: [{ id: 'openai', name: 'OpenAI' }, { id: 'deepmind', name: 'DeepMind', owner: 'gcp' }],
};
const issuesOf = (changes: object) =>
  scenarioError(() => parseScenario(stringify({ ...BASE, ...changes }), 'x.yaml', memoryFiles({}))).format().split('\n');

describe('parseScenario(text) semantic checks', () => {
  it('names ids used twice, across clouds and labs', () => {
    expect(issuesOf({ labs: [...BASE.labs, { id: 'aws', name: 'Also AWS' }] }))
      .toEqual(['x.yaml: labs[2].id: expected an id not already used (by clouds[0]), found "aws"']);
  });

  it('names an owner that is not a cloud', () => {
    expect(issuesOf({ labs: [{ id: 'openai', name: 'OpenAI', owner: 'microsoft' }] }))
      .toEqual(['x.yaml: labs[0].owner: expected a cloud id ("aws", "gcp") or null, found "microsoft"']);
  });

  it('names an end before the start', () => {
    expect(issuesOf({ end: '2017-12' })).toEqual(['x.yaml: end: expected a month not before start (2018-01), found "2017-12"']);
  });

  it('names builder shares, type fractions and narrative weights that do not sum to 1', () => {
    expect(issuesOf({
      clouds: [{ id: 'aws', name: 'AWS', narrativeShare: 1, initialBuilderShare: 0.5 }],
      labs: [{ id: 'openai', name: 'OpenAI' }],
      population: { types: { developer: { fraction: 0.5 } } },
      params: { wL: 0.5 },
    })).toEqual([
      'x.yaml: clouds: expected initialBuilderShare of active clouds (or all 0 for equal shares) summing to 1, found 0.5 (aws 0.5)',
      'x.yaml: population.types: expected fraction of builder types summing to 1, found 0.8 (developer 0.5, startup 0.25, enterprise 0.05)',
      'x.yaml: params: expected wL + wD + wE summing to 1, found 1.1 (wL 0.5, wD 0.35, wE 0.25)',
    ]);
  });

  it('names enter for an active entity, exit of an unknown one, and price_change without exactly one target', () => {
    expect(issuesOf({ events: [
      { kind: 'enter', date: '2018-02', entity: 'openai' },
      { kind: 'exit', date: '2018-02', entity: 'ibm' },
      { kind: 'price_change', date: '2018-03', cloud: 'aws', lab: 'openai', factor: 2 },
      { kind: 'price_change', date: '2018-03', factor: 2 },
    ] })).toEqual([
      'x.yaml: events[0].entity: expected a lab or cloud declared with active: false, found "openai"',
      'x.yaml: events[1].entity: expected the id of a lab or cloud of the scenario, found "ibm"',
      'x.yaml: events[2].cloud: expected exactly one of cloud and lab, found {"cloud":"aws","lab":"openai"}',
      'x.yaml: events[3].cloud: expected exactly one of cloud and lab, found {"cloud":null,"lab":null}',
    ]);
  });

  it('names event ids used twice and a forbid that ends before it starts', () => {
    expect(issuesOf({ events: [
      { id: 'f', kind: 'forbid', date: '2018-05', cloud: 'aws', lab: 'openai', until: '2018-04' },
      { id: 'f', kind: 'policy', date: '2018-06', maxExclusivity: 'none' },
    ] })).toEqual([
      'x.yaml: events[0].until: expected a month not before the event\'s date (2018-05), found "2018-04"',
      'x.yaml: events[1].id: expected an event id not already used (by events[0]), found "f"',
    ]);
  });

  it('names set_param paths the engine does not know and values out of bounds', () => {
    const issues = issuesOf({ events: [
      { kind: 'set_param', date: '2018-02', path: 'params.lamda', value: 0.1 },
      { kind: 'set_param', date: '2018-02', path: 'labs.ibm.autonomy', value: 0.1 },
      { kind: 'set_param', date: '2018-02', path: 'population.agents', value: 10 },
      { kind: 'set_param', date: '2018-02', path: 'labs.openai.patience', value: 1.5 },
      { kind: 'set_param', date: '2018-02', path: 'population.types.startup.hazard', value: 0.2 },
      { kind: 'set_param', date: '2018-02', path: 'clouds.aws.denialWeight', value: 2 },
    ] });
    expect(issues).toHaveLength(4);
    expect(issues[0]).toMatch(/^x\.yaml: events\[0\]\.path: expected params\.<key>, .*, found "params\.lamda"$/);
    expect(issues[1]).toBe('x.yaml: events[1].path: expected labs.<id>.autonomy with a lab id of the scenario, found "labs.ibm.autonomy"');
    expect(issues[2]).toMatch(/^x\.yaml: events\[2\]\.path: expected .*, found "population\.agents"$/);
    expect(issues[3]).toBe('x.yaml: events[3].value: expected a number > 0 and < 1 (for labs.openai.patience), found 1.5');
  });
});

describe('parseScenario(text) rejects set_param paths that would have no effect', () => {
  it('names a lab\'s computeDemand (read when the lab starts or enters) and an owned lab\'s funding (its owner\'s)', () => {
    const issues = issuesOf({ events: [
      { kind: 'set_param', date: '2018-02', path: 'labs.openai.computeDemand', value: 500 },
      { kind: 'set_param', date: '2018-02', path: 'labs.deepmind.funding', value: 1000 },
      { kind: 'set_param', date: '2018-02', path: 'labs.openai.funding', value: 5 },
    ] });
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^x\.yaml: events\[0\]\.path: expected .*that matters after the start, found "labs\.openai\.computeDemand"$/);
    expect(issues[1]).toBe('x.yaml: events[1].path: expected labs.<id>.funding of a lab with no owner (an owned lab\'s funding is its owner\'s: it would have no effect), found "labs.deepmind.funding"');
  });
});

describe('parseSetParamPath(path)', () => {
  it('parses the five forms of the grammar', () => {
    expect(parseSetParamPath('params.lambda')).toEqual({ scope: 'params', key: 'lambda' });
    expect(parseSetParamPath('population.bN')).toEqual({ scope: 'population', key: 'bN' });
    expect(parseSetParamPath('population.types.developer.hazard')).toEqual({ scope: 'type', type: 'developer', key: 'hazard' });
    expect(parseSetParamPath('labs.openai.autonomy')).toEqual({ scope: 'lab', id: 'openai', key: 'autonomy' });
    expect(parseSetParamPath('clouds.aws.capacity')).toEqual({ scope: 'cloud', id: 'aws', key: 'capacity' });
  });

  it('rejects non-numeric, start-only and unknown keys', () => {
    for (const path of ['labs.openai.owner', 'clouds.aws.active', 'population.types.developer.fraction', 'params', 'population.types.robot.hazard', 'labs.openai.name']) {
      expect(parseSetParamPath(path)).toBeUndefined();
    }
  });
});

describe('parseScenario(text) semantic checks at their boundaries', () => {
  const parses = (changes: object) => parseScenario(stringify({ ...BASE, ...changes }), 'x.yaml', memoryFiles({}));

  it('accepts events on the first and last month and a run of one month; names a month outside', () => {
    expect(parses({ events: [
      { kind: 'policy', date: '2018-01', maxExclusivity: 'none' },
      { kind: 'policy', date: '2019-12', maxExclusivity: 'none' },
      { kind: 'forbid', date: '2018-05', cloud: 'aws', lab: 'openai', until: '2018-05' },
    ] }).events).toHaveLength(3);
    expect(parses({ end: '2018-01' }).end).toBe('2018-01');
    expect(issuesOf({ events: [
      { kind: 'policy', date: '2017-12', maxExclusivity: 'none' },
      { kind: 'policy', date: '2020-01', maxExclusivity: 'none' },
    ] })).toEqual([
      'x.yaml: events[0].date: expected a month within the run (2018-01 to 2019-12), found "2017-12"',
      'x.yaml: events[1].date: expected a month within the run (2018-01 to 2019-12), found "2020-01"',
    ]);
  });

  it('accepts shares within 1e-6 of summing to 1 and names a sum 2e-6 off', () => {
    const clouds = (second: number) => [{ id: 'aws', name: 'AWS', narrativeShare: 0.5 }, { id: 'gcp', name: 'GCP', narrativeShare: second }];
    expect(parses({ clouds: clouds(0.5000009) }).clouds).toHaveLength(2);
    expect(issuesOf({ clouds: clouds(0.500002) }))
      .toEqual(['x.yaml: clouds: expected narrativeShare of active clouds summing to 1, found 1.000002 (aws 0.5, gcp 0.500002)']);
  });

  it('names unknown cloud and lab ids in events and in set_param paths, and a scenario with no active lab', () => {
    expect(issuesOf({ events: [
      { kind: 'forbid', date: '2018-02', cloud: 'ibm', lab: 'meta' },
      { kind: 'set_param', date: '2018-02', path: 'clouds.ibm.denialWeight', value: 1 },
    ] })).toEqual([
      'x.yaml: events[0].cloud: expected a cloud id ("aws", "gcp"), found "ibm"',
      'x.yaml: events[0].lab: expected a lab id ("openai", "deepmind"), found "meta"',
      'x.yaml: events[1].path: expected clouds.<id>.denialWeight with a cloud id of the scenario, found "clouds.ibm.denialWeight"',
    ]);
    expect(issuesOf({ labs: [{ id: 'openai', name: 'OpenAI', active: false }] }))
      .toEqual(['x.yaml: labs: expected at least one lab with active: true, found "none"']);
  });
});
