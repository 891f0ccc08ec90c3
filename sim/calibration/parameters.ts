/**
 * The free parameters of a calibration: scenario paths (`params.alpha`, `population.bN`), each with
 * bounds, read from a scenario as the starting point and written back as `--set` overrides. The
 * narrative weights wL, wD, wE must sum to 1, so fitting one or two of them rescales the others,
 * which keep their ratio; an infeasible pair (sum above 1) is reported, not clamped.
 */
import type { Scenario } from '../scenario/types.js';

export interface FreeParameter {
  /** Scenario path, as `--set` takes it: `params.alpha`, `population.types.developer.hazard`. */
  path: string;
  lower: number;
  upper: number;
}

/**
 * Default bounds of the parameters a calibration may free, and why each is a candidate: the
 * narrative and choice weights, hazards and adoption, never the bargaining core (sim/market.ts).
 */
export const BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  'params.alpha': [1, 3], // increasing-returns exponent on developer share (> 1)
  'params.lambda': [0.01, 0.3], // narrative adjustment speed per month
  'params.wL': [0.05, 0.8], // narrative weight of hosting frontier labs
  'params.wD': [0.05, 0.8], // narrative weight of developers
  'params.wE': [0.05, 0.8], // narrative weight of enterprises
  'population.bN': [0, 6], // narrative in the cloud choice
  'population.bA': [0, 3], // model availability in the cloud choice
  'population.bD': [0, 4], // developer share in the cloud choice
  'population.bP': [0, 3], // price in the choices
  'population.homeBias': [0, 5], // data gravity of the home cloud
  'population.preferenceSd': [0.2, 3], // idiosyncratic preferences
  'population.crossImitation': [0, 1], // developers' weight in others' imitation
  'population.unmetHazard': [0, 2], // reconsideration when not served
  'population.types.developer.hazard': [0.01, 0.2], // monthly reconsideration hazards
  'population.types.startup.hazard': [0.005, 0.15],
  'population.types.enterprise.hazard': [0.002, 0.08],
};

/** The parameters `stormoff calibrate` frees when `--params` is not given. */
export const DEFAULT_PARAMS: readonly string[] = [
  'params.lambda', 'params.wL', 'population.bN', 'population.homeBias',
];

const WEIGHTS = ['wL', 'wD', 'wE'] as const;

/** Value of `path` in a resolved scenario (undefined when the path names nothing numeric). */
export function valueAt(scenario: Scenario, path: string): number | undefined {
  let node: unknown = scenario;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' ? node : undefined;
}

/**
 * `--set` overrides putting `values` (one per parameter) into `scenario`; the narrative weights
 * not fitted share what is left of 1 in their current ratio. Null when the fitted weights sum
 * above 1 (an infeasible point).
 * @example parameterSets(baseline, [{ path: 'params.wL', lower: 0, upper: 1 }], [0.6]) // ['params.wL=0.6', 'params.wD=0.2333…', 'params.wE=0.1666…']
 */
export function parameterSets(scenario: Scenario, parameters: readonly FreeParameter[], values: readonly number[]): string[] | null {
  const sets = parameters.map((p, i) => `${p.path}=${values[i]}`);
  const fitted = new Map(parameters.map((p, i) => [p.path, values[i]] as const).filter(([path]) => WEIGHTS.some((w) => path === `params.${w}`)));
  if (fitted.size === 0) return sets;
  const rest = WEIGHTS.filter((w) => !fitted.has(`params.${w}`));
  const left = 1 - [...fitted.values()].reduce((a, b) => a + b, 0);
  if (left < 0 || (rest.length === 0 && Math.abs(left) > 1e-9)) return null;
  const restTotal = rest.reduce((a, w) => a + scenario.params[w], 0);
  for (const w of rest) sets.push(`params.${w}=${restTotal > 0 ? (left * scenario.params[w]) / restTotal : left / rest.length}`);
  return sets;
}

/**
 * Free parameters from `--params a,b` and `--bounds a=lo:hi,...`; errors are sentences for the CLI.
 * @example parseParameters('params.alpha,population.bN', 'population.bN=0:4', scenario)
 */
export function parseParameters(list: string | undefined, bounds: string | undefined, scenario: Scenario): { parameters: FreeParameter[]; errors: string[] } {
  const errors: string[] = [];
  const paths = list === undefined ? [...DEFAULT_PARAMS] : list.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (paths.length === 0) errors.push('--params expects a comma-separated list of scenario paths, e.g. params.alpha,population.bN');
  const given = new Map<string, [number, number]>();
  for (const item of bounds === undefined ? [] : bounds.split(',').map((b) => b.trim()).filter((b) => b !== '')) {
    const match = /^([\w.]+)=(-?[\d.eE+-]+):(-?[\d.eE+-]+)$/.exec(item);
    const [lo, hi] = match ? [Number(match[2]), Number(match[3])] : [NaN, NaN];
    if (!match || !Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi)) errors.push(`--bounds expects path=lower:upper with lower < upper, got '${item.slice(0, 80)}'`);
    else if (!paths.includes(match[1])) errors.push(`--bounds names '${match[1]}', which is not in --params (${paths.join(', ')})`);
    else given.set(match[1], [lo, hi]);
  }
  const parameters: FreeParameter[] = [];
  for (const path of paths) {
    if (parameters.some((p) => p.path === path)) {
      errors.push(`--params names '${path}' twice`);
      continue;
    }
    const value = valueAt(scenario, path);
    if (value === undefined || path.startsWith('clouds.') || path.startsWith('labs.')) {
      errors.push(`--params: '${path.slice(0, 80)}' is not a numeric params.* or population.* field of the scenario (known bounds: ${Object.keys(BOUNDS).join(', ')})`);
      continue;
    }
    const range = given.get(path) ?? BOUNDS[path];
    if (!range) {
      errors.push(`--params: '${path}' has no default bounds; give them with --bounds ${path}=lower:upper`);
      continue;
    }
    parameters.push({ path, lower: range[0], upper: range[1] });
  }
  if (parameters.filter((p) => WEIGHTS.some((w) => p.path === `params.${w}`)).length === 3) {
    errors.push('--params: free at most two of params.wL, params.wD, params.wE (they sum to 1)');
  }
  return { parameters, errors };
}
