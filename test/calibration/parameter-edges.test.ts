/**
 * sim/calibration/parameters.ts at its edges: every default range is a proper interval holding the
 * baseline's value (the start of a fit must be inside its box), the `--params`/`--bounds` parsing
 * of whitespace, negative and exponent bounds, anchors of the pattern and the exact messages, and
 * parameterSets() when the weights left over are zero, sum to exactly 1, or have no ratio to keep.
 */
import { describe, expect, it } from 'vitest';
import { BOUNDS, DEFAULT_PARAMS, parameterSets, parseParameters, valueAt } from '../../sim/calibration/parameters.js';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import type { Scenario } from '../../sim/scenario/types.js';

const baseline = loadScenarioFile(new URL('../../scenarios/baseline.yaml', import.meta.url).pathname, ['population.agents=100']);
const withWeights = (wL: number, wD: number, wE: number): Scenario => ({ ...baseline, params: { ...baseline.params, wL, wD, wE } });

describe('BOUNDS and DEFAULT_PARAMS', () => {
  it('BOUNDS gives each of its 16 paths a range lower < upper that holds the baseline value', () => {
    expect(Object.keys(BOUNDS)).toHaveLength(16);
    for (const [path, range] of Object.entries(BOUNDS)) {
      expect(range, path).toHaveLength(2);
      const [lower, upper] = range;
      expect(lower, path).toBeLessThan(upper);
      const value = valueAt(baseline, path);
      expect(value, path).toBeGreaterThanOrEqual(lower);
      expect(value, path).toBeLessThanOrEqual(upper);
    }
  });

  it('BOUNDS keeps the increasing-returns exponent above 1 and the narrative weights strictly inside (0, 1)', () => {
    expect(BOUNDS['params.alpha']).toEqual([1, 3]);
    for (const w of ['wL', 'wD', 'wE']) expect(BOUNDS[`params.${w}`]).toEqual([0.05, 0.8]);
  });

  it('DEFAULT_PARAMS are the four the screen found to move the shares most (docs/calibration.md)', () => {
    expect(DEFAULT_PARAMS).toEqual(['params.lambda', 'params.wL', 'population.bN', 'population.homeBias']);
  });
});

describe('valueAt(scenario, path)', () => {
  it('valueAt() reads nested numbers, and is undefined for a missing key, an object, a string or a path through null', () => {
    expect(valueAt(baseline, 'params.alpha')).toBe(baseline.params.alpha);
    expect(valueAt(baseline, 'population.types.developer.hazard')).toBe(baseline.population.types.developer.hazard);
    expect(valueAt(baseline, 'params.nope')).toBeUndefined();
    expect(valueAt(baseline, 'params')).toBeUndefined();
    expect(valueAt(baseline, 'name')).toBeUndefined();
    expect(valueAt(baseline, 'params.alpha.x')).toBeUndefined();
    expect(valueAt({ a: null } as unknown as Scenario, 'a.b')).toBeUndefined();
  });
});

describe('parseParameters(list, bounds, scenario) edges', () => {
  it('parseParameters() trims names and skips empty items of --params and --bounds', () => {
    const { parameters, errors } = parseParameters(' params.alpha , ,population.bN ', ' population.bN=0:4 , ', baseline);
    expect(errors).toEqual([]);
    expect(parameters).toEqual([{ path: 'params.alpha', lower: 1, upper: 3 }, { path: 'population.bN', lower: 0, upper: 4 }]);
  });

  it('parseParameters() of an empty --params says what it expects', () => {
    expect(parseParameters(' , ', undefined, baseline).errors).toEqual(['--params expects a comma-separated list of scenario paths, e.g. params.alpha,population.bN']);
  });

  it('parseParameters() reads negative, decimal and exponent bounds', () => {
    const { parameters, errors } = parseParameters('params.alpha,population.bN', 'params.alpha=-1.5:2e1,population.bN=1E-3:+4', baseline);
    expect(errors).toEqual([]);
    expect(parameters).toEqual([{ path: 'params.alpha', lower: -1.5, upper: 20 }, { path: 'population.bN', lower: 0.001, upper: 4 }]);
  });

  it('parseParameters() rejects a bound with text before or after it, an unreadable number, and lower = upper, quoting the item', () => {
    for (const item of ['params.alpha=1:1e999', 'params.alpha=-1e999:1', '#params.alpha=1:2', 'params.alpha=1:2x', 'params.alpha=1..2:3', 'params.alpha=1:e', 'params.alpha=2:2', 'params.alpha:1:2']) {
      expect(parseParameters('params.alpha', item, baseline).errors, item).toEqual([`--bounds expects path=lower:upper with lower < upper, got '${item}'`]);
    }
  });

  it('parseParameters() quotes at most 80 characters of a bad bound or path', () => {
    const long = `params.${'x'.repeat(100)}`;
    expect(parseParameters('params.alpha', `${long}=2:1`, baseline).errors).toEqual([`--bounds expects path=lower:upper with lower < upper, got '${`${long}=2:1`.slice(0, 80)}'`]);
    const [error] = parseParameters(long, undefined, baseline).errors;
    expect(error.startsWith(`--params: '${long.slice(0, 80)}' is not`)).toBe(true);
  });

  it('parseParameters() lists --params and the known bounds in its messages', () => {
    expect(parseParameters('params.alpha,params.lambda', 'population.bN=0:1', baseline).errors).toEqual([
      "--bounds names 'population.bN', which is not in --params (params.alpha, params.lambda)",
    ]);
    expect(parseParameters('params.nope', undefined, baseline).errors).toEqual([
      `--params: 'params.nope' is not a numeric params.* or population.* field of the scenario (known bounds: ${Object.keys(BOUNDS).join(', ')})`,
    ]);
    expect(parseParameters('params.costDecline', undefined, baseline).errors).toEqual([
      "--params: 'params.costDecline' has no default bounds; give them with --bounds params.costDecline=lower:upper",
    ]);
    expect(parseParameters('params.alpha,params.alpha', undefined, baseline)).toEqual({
      parameters: [{ path: 'params.alpha', lower: 1, upper: 3 }], errors: ["--params names 'params.alpha' twice"],
    });
  });

  it('parseParameters() refuses numeric cloud and lab fields even with bounds given', () => {
    const cloud = 'clouds.0.capacity';
    const lab = 'labs.0.autonomy';
    expect(valueAt(baseline, cloud)).toEqual(expect.any(Number));
    expect(valueAt(baseline, lab)).toEqual(expect.any(Number));
    const { parameters, errors } = parseParameters(`${cloud},${lab}`, `${cloud}=0:9,${lab}=0:9`, baseline);
    expect(parameters).toEqual([]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^--params: 'clouds\.0\.capacity' is not a numeric/);
    expect(errors[1]).toMatch(/^--params: 'labs\.0\.autonomy' is not a numeric/);
  });

  it('parseParameters() frees two narrative weights without complaint, and all three with the sum-to-1 message', () => {
    expect(parseParameters('params.wL,params.wD', undefined, baseline).errors).toEqual([]);
    expect(parseParameters('params.alpha,population.bN,params.lambda', undefined, baseline).errors).toEqual([]);
    expect(parseParameters('params.wL,params.wD,params.wE', undefined, baseline).errors).toEqual([
      '--params: free at most two of params.wL, params.wD, params.wE (they sum to 1)',
    ]);
  });
});

describe('parameterSets(scenario, parameters, values) edges', () => {
  const free = (...paths: string[]) => paths.map((path) => ({ path, lower: 0, upper: 1 }));

  it('parameterSets() without narrative weights is one `path=value` per parameter', () => {
    expect(parameterSets(baseline, free('params.alpha', 'population.bN'), [2, 0.5])).toEqual(['params.alpha=2', 'population.bN=0.5']);
  });

  it('parameterSets() splits what is left in the ratio of the other weights (wD : wE = 3 : 1)', () => {
    const sets = parameterSets(withWeights(0.2, 0.6, 0.2), free('params.wL'), [0.6])!;
    expect(sets.map((s) => s.split('=')[0])).toEqual(['params.wL', 'params.wD', 'params.wE']);
    expect(Number(sets[1].split('=')[1])).toBeCloseTo(0.3, 14);
    expect(Number(sets[2].split('=')[1])).toBeCloseTo(0.1, 14);
  });

  it('parameterSets() gives the others 0 when the fitted weights take exactly 1, and null a hair above', () => {
    expect(parameterSets(baseline, free('params.wL', 'params.wD'), [0.5, 0.5])).toEqual(['params.wL=0.5', 'params.wD=0.5', 'params.wE=0']);
    expect(parameterSets(baseline, free('params.wL', 'params.wD'), [0.5, 0.5 + 1e-12])).toBeNull();
  });

  it('parameterSets() splits evenly when the other weights are both 0', () => {
    expect(parameterSets(withWeights(1, 0, 0), free('params.wL'), [0.5])).toEqual(['params.wL=0.5', 'params.wD=0.25', 'params.wE=0.25']);
  });

  it('parameterSets() of all three weights needs them to sum to 1 within 1e-9', () => {
    const three = free('params.wL', 'params.wD', 'params.wE');
    expect(parameterSets(baseline, three, [0.5, 0.25, 0.25])).toEqual(['params.wL=0.5', 'params.wD=0.25', 'params.wE=0.25']);
    expect(parameterSets(baseline, three, [0.5, 0.25, 0.25 - 1e-10])).not.toBeNull();
    expect(parameterSets(baseline, three, [0.5, 0.25, 0.24])).toBeNull();
  });
});
