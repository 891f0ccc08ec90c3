/**
 * Tests of sim/scenario/set-param.ts and the `set_param` check (sim/events/set-param.ts): which
 * keys each scope may set (numeric, and still read after the start), the path grammar's exact
 * shapes, the schema field each target's value is checked against, and the messages at each
 * value's bound (at the bound accepted, just beyond it named with the field's bounds).
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { applyEvent } from '../../sim/events/index.js';
import { parseScenario } from '../../sim/scenario/load.js';
import { SET_PARAM_KEYS, parseSetParamPath, setParamSchemaPath } from '../../sim/scenario/set-param.js';
import { smallScenario } from '../support/small-scenario.js';
import { worldAt } from '../events/world-diff.js';
import { memoryFiles, scenarioError } from './helpers.js';

const BASE = {
  name: 'x', start: '2018-01', end: '2019-12',
  clouds: [{ id: 'aws', name: 'AWS', narrativeShare: 1 }],
  labs: [{ id: 'openai', name: 'OpenAI' }],
};
const withEvent = (path: string, value: number) => stringify({ ...BASE, events: [{ kind: 'set_param', date: '2018-02', path, value }] });
const accepts = (path: string, value: number) => parseScenario(withEvent(path, value), 'x.yaml', memoryFiles({})).events[0];
const issues = (path: string, value: number) => scenarioError(() => parseScenario(withEvent(path, value), 'x.yaml', memoryFiles({}))).format().split('\n');

describe('SET_PARAM_KEYS', () => {
  it('a lab may set every numeric field but computeDemand (read only when it starts or enters)', () => {
    expect(SET_PARAM_KEYS.lab).toEqual(['capability', 'funding', 'autonomy', 'voice', 'acrimony', 'patience', 'price', 'verticalization', 'consumerAppeal', 'selfBuild']);
  });

  it('a cloud may set every numeric field but its starting narrative and builder shares', () => {
    expect(SET_PARAM_KEYS.cloud).toEqual(['capacity', 'unitCost', 'markup', 'narrativeValue', 'denialWeight', 'capexGrowthMax', 'enterpriseReach', 'patience', 'balanceSheet']);
  });

  it('a builder type may set every field but its fraction and initial adoption; the population all but agents and routingInitial', () => {
    expect(SET_PARAM_KEYS.type).toEqual(['spend', 'hazard', 'bassP', 'bassQ', 'cloudSwitchCost', 'labSwitchCost']);
    expect(SET_PARAM_KEYS.population).toEqual(['preferenceSd', 'homeBias', 'crossImitation', 'unmetHazard', 'routingP', 'routingQ', 'routingDiscount',
      'bK', 'bP', 'bV', 'bN', 'bA', 'bD', 'bIV']);
    expect(SET_PARAM_KEYS.params).toContain('lambda');
    expect(SET_PARAM_KEYS.params).toHaveLength(35);
  });
});

describe('parseSetParamPath(path) grammar', () => {
  it('parseSetParamPath() takes each scope\'s keys only in its own scope', () => {
    expect(parseSetParamPath('clouds.aws.markup')).toEqual({ scope: 'cloud', id: 'aws', key: 'markup' });
    expect(parseSetParamPath('labs.openai.markup')).toBeUndefined();
    expect(parseSetParamPath('clouds.aws.autonomy')).toBeUndefined();
    expect(parseSetParamPath('population.lambda')).toBeUndefined();
    expect(parseSetParamPath('params.bN')).toBeUndefined();
    expect(parseSetParamPath('population.types.developer.bN')).toBeUndefined();
    expect(parseSetParamPath('labs.openai.patience')).toEqual({ scope: 'lab', id: 'openai', key: 'patience' });
    expect(parseSetParamPath('clouds.aws.patience')).toEqual({ scope: 'cloud', id: 'aws', key: 'patience' });
  });

  it('parseSetParamPath() wants exactly 2, 2, 4, 3 and 3 segments', () => {
    for (const path of ['params.lambda.x', 'population.bN.x', 'population.types.developer.hazard.x', 'labs.openai.autonomy.x',
      'clouds.aws.markup.x', 'labs.autonomy', 'clouds.markup', 'lambda', 'population.types.hazard', 'x.params.lambda', 'x.labs.openai.autonomy']) {
      expect(parseSetParamPath(path), path).toBeUndefined();
    }
  });

  it('parseSetParamPath() wants the exact heads params, population, population.types, labs and clouds', () => {
    for (const path of ['param.lambda', 'populations.bN', 'population.type.developer.hazard', 'populations.types.developer.hazard',
      'lab.openai.autonomy', 'cloud.aws.markup', 'clouds.aws.autonomy']) {
      expect(parseSetParamPath(path), path).toBeUndefined();
    }
    expect(parseSetParamPath('population.types.startup.bassQ')).toEqual({ scope: 'type', type: 'startup', key: 'bassQ' });
  });

  it('parseSetParamPath() refuses every field read only at the start', () => {
    for (const path of ['population.agents', 'population.routingInitial', 'population.types.enterprise.fraction', 'population.types.enterprise.initialAdopted',
      'clouds.aws.narrativeShare', 'clouds.aws.initialBuilderShare', 'labs.openai.computeDemand']) {
      expect(parseSetParamPath(path), path).toBeUndefined();
    }
  });

  it('setParamSchemaPath(target) is the field\'s path in a scenario object (the first entity for labs and clouds)', () => {
    expect(setParamSchemaPath({ scope: 'params', key: 'lambda' })).toEqual(['params', 'lambda']);
    expect(setParamSchemaPath({ scope: 'population', key: 'bN' })).toEqual(['population', 'bN']);
    expect(setParamSchemaPath({ scope: 'type', type: 'startup', key: 'hazard' })).toEqual(['population', 'types', 'startup', 'hazard']);
    expect(setParamSchemaPath({ scope: 'lab', id: 'openai', key: 'voice' })).toEqual(['labs', 0, 'voice']);
    expect(setParamSchemaPath({ scope: 'cloud', id: 'aws', key: 'markup' })).toEqual(['clouds', 0, 'markup']);
  });
});

describe('parseScenario(text) checks a set_param value against its field\'s schema', () => {
  it('params: a value at the bounds passes, one beyond names the bounds and the path', () => {
    expect(accepts('params.lambda', 1)).toMatchObject({ path: 'params.lambda', value: 1 });
    expect(accepts('params.lambda', 0)).toMatchObject({ value: 0 });
    expect(issues('params.lambda', 1.01)).toEqual(['x.yaml: events[0].value: expected a number between 0 and 1 (for params.lambda), found 1.01']);
    expect(issues('params.contractMonths', 2.5)).toEqual(['x.yaml: events[0].value: expected an integer >= 1 (for params.contractMonths), found 2.5']);
    expect(issues('params.trainingGrowth', -1)).toEqual(['x.yaml: events[0].value: expected a number > -1 and <= 10 (for params.trainingGrowth), found -1']);
    expect(accepts('params.trainingGrowth', 10)).toMatchObject({ value: 10 });
  });

  it('population and builder types: their own fields\' bounds', () => {
    expect(accepts('population.routingDiscount', 1)).toMatchObject({ value: 1 });
    expect(issues('population.routingDiscount', 0.99)).toEqual(['x.yaml: events[0].value: expected a number >= 1 (for population.routingDiscount), found 0.99']);
    expect(accepts('population.types.developer.hazard', 1)).toMatchObject({ value: 1 });
    expect(issues('population.types.developer.hazard', 1.5)).toEqual(['x.yaml: events[0].value: expected a number between 0 and 1 (for population.types.developer.hazard), found 1.5']);
  });

  it('labs and clouds: their own fields\' bounds', () => {
    expect(accepts('labs.openai.capability', 1e6)).toMatchObject({ value: 1e6 });
    expect(issues('labs.openai.capability', 0)).toEqual(['x.yaml: events[0].value: expected a number > 0 and <= 1000000 (for labs.openai.capability), found 0']);
    expect(accepts('clouds.aws.markup', 0.01)).toMatchObject({ value: 0.01 });
    expect(issues('clouds.aws.markup', 0)).toEqual(['x.yaml: events[0].value: expected a number > 0 (for clouds.aws.markup), found 0']);
    expect(issues('clouds.aws.patience', 1)).toEqual(['x.yaml: events[0].value: expected a number > 0 and < 1 (for clouds.aws.patience), found 1']);
  });

  it('a path error is named before any value check', () => {
    expect(issues('clouds.gcp.markup', 0)).toEqual(['x.yaml: events[0].path: expected clouds.<id>.markup with a cloud id of the scenario, found "clouds.gcp.markup"']);
    expect(issues('params.lamda', 5)).toEqual(['x.yaml: events[0].path: expected params.<key>, population.<key>, population.types.<type>.<key>, '
      + 'labs.<id>.<key> or clouds.<id>.<key> with a numeric key that matters after the start, found "params.lamda"']);
  });
});

describe('applyEvent(world, set_param) on a path the loader would refuse', () => {
  it('throws, naming the path', () => {
    const w = worldAt(smallScenario(), 1);
    expect(() => applyEvent(w, { kind: 'set_param', date: '2016-02', path: 'population.agents', value: 5 }))
      .toThrow('set_param: "population.agents" is not a settable path (the loader should have caught it)');
  });
});
