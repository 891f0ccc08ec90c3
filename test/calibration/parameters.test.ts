/**
 * Tests of sim/calibration/parameters.ts: free parameters from --params/--bounds with clear errors,
 * and the `--set` overrides of a point, narrative weights rescaled to keep their sum at 1.
 */
import { describe, expect, it } from 'vitest';
import { BOUNDS, DEFAULT_PARAMS, parameterSets, parseParameters, valueAt } from '../../sim/calibration/parameters.js';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';

const baseline = loadScenarioFile(new URL('../../scenarios/baseline.yaml', import.meta.url).pathname, ['population.agents=100']);

describe('parameterSets(scenario, parameters, values)', () => {
  it('parameterSets() sets each path, and rescales the narrative weights not fitted in their ratio', () => {
    const sets = parameterSets(baseline, [{ path: 'params.wL', lower: 0, upper: 1 }, { path: 'population.bN', lower: 0, upper: 5 }], [0.6, 3])!;
    expect(sets.slice(0, 2)).toEqual(['params.wL=0.6', 'population.bN=3']);
    const wD = Number(sets[2].split('=')[1]);
    const wE = Number(sets[3].split('=')[1]);
    expect(sets[2]).toMatch(/^params\.wD=/);
    expect(0.6 + wD + wE).toBeCloseTo(1, 12);
    expect(wD / wE).toBeCloseTo(baseline.params.wD / baseline.params.wE, 12);
  });

  it('parameterSets() gives the last weight what two fitted ones leave, and null when they sum above 1', () => {
    const two = [{ path: 'params.wL', lower: 0, upper: 1 }, { path: 'params.wD', lower: 0, upper: 1 }];
    expect(parameterSets(baseline, two, [0.5, 0.3])).toEqual(['params.wL=0.5', 'params.wD=0.3', `params.wE=${1 - 0.8}`]);
    expect(parameterSets(baseline, two, [0.7, 0.4])).toBeNull();
  });

  it('parameterSets() of a point loads: the scenario holds the values', () => {
    const parameters = parseParameters(undefined, undefined, baseline).parameters;
    const values = parameters.map((p) => (p.lower + p.upper) / 3);
    const loaded = loadScenarioFile(new URL('../../scenarios/baseline.yaml', import.meta.url).pathname, ['population.agents=100', ...parameterSets(baseline, parameters, values)!]);
    parameters.forEach((p, i) => expect(valueAt(loaded, p.path)).toBeCloseTo(values[i], 12));
  });
});

describe('parseParameters(list, bounds, scenario)', () => {
  it('parseParameters() defaults to DEFAULT_PARAMS with their BOUNDS, each a params.* or population.* number', () => {
    const { parameters, errors } = parseParameters(undefined, undefined, baseline);
    expect(errors).toEqual([]);
    expect(parameters.map((p) => p.path)).toEqual(DEFAULT_PARAMS);
    for (const p of parameters) {
      expect([p.lower, p.upper]).toEqual(BOUNDS[p.path]);
      expect(valueAt(baseline, p.path)).toBeGreaterThanOrEqual(p.lower);
      expect(valueAt(baseline, p.path)).toBeLessThanOrEqual(p.upper);
    }
  });

  it('parseParameters() takes --bounds over the defaults', () => {
    const { parameters } = parseParameters('params.alpha,population.bD', 'population.bD=0.5:2', baseline);
    expect(parameters).toEqual([{ path: 'params.alpha', lower: 1, upper: 3 }, { path: 'population.bD', lower: 0.5, upper: 2 }]);
  });

  it('parseParameters() names every bad path, bound and duplicate', () => {
    const { errors } = parseParameters('params.nope,labs.openai.autonomy,params.alpha,params.alpha,params.costDecline', 'params.alpha=2:1,population.bN=0:1', baseline);
    expect(errors.join('\n')).toMatch(/'params\.nope' is not a numeric params\.\* or population\.\* field/);
    expect(errors.join('\n')).toMatch(/'labs\.openai\.autonomy' is not/);
    expect(errors.join('\n')).toMatch(/names 'params\.alpha' twice/);
    expect(errors.join('\n')).toMatch(/'params\.costDecline' has no default bounds; give them with --bounds/);
    expect(errors.join('\n')).toMatch(/--bounds expects path=lower:upper with lower < upper, got 'params\.alpha=2:1'/);
    expect(errors.join('\n')).toMatch(/--bounds names 'population\.bN', which is not in --params/);
    expect(parseParameters('params.wL,params.wD,params.wE', undefined, baseline).errors.join()).toMatch(/at most two of params\.wL/);
  });
});
