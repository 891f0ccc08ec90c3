/**
 * The paths a `set_param` event may set, and their parsing for the engine:
 * `params.<key>`, `population.<key>`, `population.types.<type>.<key>`, `labs.<id>.<key>`,
 * `clouds.<id>.<key>`, where <key> is a numeric field that still matters after the start.
 */
import { CLOUD_DEFAULTS, LAB_DEFAULTS, PARAM_DEFAULTS, POPULATION_DEFAULTS } from './defaults.js';
import { BUILDER_TYPES, type BuilderType, type BuilderTypeSpec, type CloudSpec, type LabSpec, type Params, type PopulationSpec } from './types.js';

/** Numeric keys of `T`. */
type NumericKey<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T];

export type SetParamTarget =
  | { scope: 'params'; key: keyof Params }
  | { scope: 'population'; key: NumericKey<PopulationSpec> }
  | { scope: 'type'; type: BuilderType; key: keyof BuilderTypeSpec }
  | { scope: 'lab'; id: string; key: Exclude<NumericKey<LabSpec>, 'computeDemand'> }
  | { scope: 'cloud'; id: string; key: Exclude<NumericKey<CloudSpec>, 'narrativeShare' | 'initialBuilderShare'> };

/**
 * Fields read only when the world is built (or, for a lab's computeDemand, when it enters, from
 * the scenario): setting them later would change nothing, so a `set_param` on them is an error.
 * (Use `announce` to move narrative share.)
 */
const START_ONLY = new Set(['agents', 'fraction', 'initialAdopted', 'routingInitial', 'narrativeShare', 'initialBuilderShare', 'computeDemand']);

function numericKeys(defaults: object): string[] {
  return Object.entries(defaults)
    .filter(([key, value]) => typeof value === 'number' && !START_ONLY.has(key))
    .map(([key]) => key);
}

/** Keys a `set_param` may set, per scope. */
export const SET_PARAM_KEYS = {
  params: numericKeys(PARAM_DEFAULTS),
  population: numericKeys(POPULATION_DEFAULTS),
  type: numericKeys(POPULATION_DEFAULTS.types.developer),
  lab: numericKeys(LAB_DEFAULTS),
  cloud: numericKeys(CLOUD_DEFAULTS),
} as const;

/** `labs.openai.autonomy` -> `{ scope: 'lab', id: 'openai', key: 'autonomy' }`; undefined if not a settable path. */
export function parseSetParamPath(path: string): SetParamTarget | undefined {
  const parts = path.split('.');
  const [head, second, third, fourth] = parts;
  if (parts.length === 2 && head === 'params' && SET_PARAM_KEYS.params.includes(second)) {
    return { scope: 'params', key: second as keyof Params };
  }
  if (parts.length === 2 && head === 'population' && SET_PARAM_KEYS.population.includes(second)) {
    return { scope: 'population', key: second as NumericKey<PopulationSpec> };
  }
  if (parts.length === 4 && head === 'population' && second === 'types' && BUILDER_TYPES.includes(third as BuilderType)
    && SET_PARAM_KEYS.type.includes(fourth)) {
    return { scope: 'type', type: third as BuilderType, key: fourth as keyof BuilderTypeSpec };
  }
  if (parts.length === 3 && head === 'labs' && SET_PARAM_KEYS.lab.includes(third)) {
    return { scope: 'lab', id: second, key: third as Exclude<NumericKey<LabSpec>, 'computeDemand'> };
  }
  if (parts.length === 3 && head === 'clouds' && SET_PARAM_KEYS.cloud.includes(third)) {
    return { scope: 'cloud', id: second, key: third as Exclude<NumericKey<CloudSpec>, 'narrativeShare' | 'initialBuilderShare'> };
  }
  return undefined;
}

/** The path of the target's field in a scenario object, for its schema: `['labs', 0, 'autonomy']`. */
export function setParamSchemaPath(target: SetParamTarget): (string | number)[] {
  switch (target.scope) {
    case 'params': return ['params', target.key];
    case 'population': return ['population', target.key];
    case 'type': return ['population', 'types', target.type, target.key];
    case 'lab': return ['labs', 0, target.key];
    case 'cloud': return ['clouds', 0, target.key];
  }
}
