/**
 * A layer: a partial scenario with only fields such as params and population (none of name,
 * start, end, clouds, labs, events), the shape of scenarios/calibration/fitted.yaml. It validates
 * as the base of an `extends`, whose file's own fields merge over it; on its own it is incomplete.
 */
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../sim/scenario/errors.js';
import { parseScenario } from '../../sim/scenario/load.js';

const LAYER = 'params:\n  alpha: 2.5\n  lambda: 0.07\npopulation:\n  bN: 3\n';
const WHOLE = 'extends: ./layer.yaml\nname: x\nstart: 2018-01\nend: 2018-12\nclouds: [{ id: a, name: A, narrativeShare: 1 }]\nlabs: [{ id: b, name: B }]\nparams: { lambda: 0.2 }\n';
const files = (layer: string) => (path: string) => (path === 'dir/layer.yaml' ? layer : undefined);
const issuesOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioError) return error.format().split('\n');
    throw error;
  }
  return [];
};

describe('parseScenario() with a layer as base', () => {
  it('parseScenario() of a scenario extending a layer takes the layer\'s values, its own over them', () => {
    const scenario = parseScenario(WHOLE, 'dir/x.yaml', files(LAYER));
    expect(scenario.params.alpha).toBe(2.5);
    expect(scenario.population.bN).toBe(3);
    expect(scenario.params.lambda).toBe(0.2);
  });

  it('parseScenario() checks a layer\'s values against the schema, naming the layer file', () => {
    expect(issuesOf(() => parseScenario(WHOLE, 'dir/x.yaml', files('params:\n  alpha: high\n')))).toEqual(['dir/layer.yaml: params.alpha: expected a number > 0, found "high"']);
  });

  it('parseScenario() of a layer on its own names the fields a whole scenario needs', () => {
    expect(issuesOf(() => parseScenario(LAYER, 'layer.yaml', files(LAYER)))).toEqual([
      'layer.yaml: name: expected a non-empty string, found nothing',
      'layer.yaml: start: expected a month "YYYY-MM", found nothing',
      'layer.yaml: end: expected a month "YYYY-MM", found nothing',
      'layer.yaml: clouds: expected a list of 1 to 250 items, found nothing',
      'layer.yaml: labs: expected a list of 1 to 250 items, found nothing',
    ]);
  });

  it('parseScenario() does not take a file with a name or events as a layer: it must then be whole', () => {
    expect(issuesOf(() => parseScenario(WHOLE, 'dir/x.yaml', files(`name: half\n${LAYER}`)))[0]).toBe('dir/layer.yaml: start: expected a month "YYYY-MM", found nothing');
  });
});
