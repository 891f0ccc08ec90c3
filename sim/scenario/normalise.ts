/**
 * From a validated raw scenario to the resolved `Scenario`: every omitted field filled from
 * `defaults.ts` (deep for `population.types.*`), event fields defaulted by their kind's module (`sim/events/`); then, once
 * the semantic checks passed, events sorted by date and shares rescaled to sum to exactly 1.
 */
import { eventKind } from '../events/index.js';
import { CLOUD_DEFAULTS, LAB_DEFAULTS, PARAM_DEFAULTS, POPULATION_DEFAULTS } from './defaults.js';
import type { RawObject } from './merge.js';
import { BUILDER_TYPES, type CloudSpec, type LabSpec, type Params, type PopulationSpec, type Scenario, type ScenarioEvent } from './types.js';

/** Defaults of the top-level fields a file may omit (not in defaults.ts, which covers entities and parameters). */
export const SCENARIO_DEFAULTS = { description: '', references: [] as string[], seed: 1, runs: 1 };

/**
 * The resolved scenario of a schema-valid raw object, events still in file order. When every
 * active cloud has `initialBuilderShare` 0 (the default), they get equal shares.
 */
export function fillDefaults(raw: RawObject): Scenario {
  const params: Params = { ...PARAM_DEFAULTS, ...(raw.params as Partial<Params>) };
  const rawPopulation = (raw.population ?? {}) as Partial<PopulationSpec> & { types?: Partial<PopulationSpec['types']> };
  const types = Object.fromEntries(
    BUILDER_TYPES.map((type) => [type, { ...POPULATION_DEFAULTS.types[type], ...rawPopulation.types?.[type] }]),
  ) as PopulationSpec['types'];
  const clouds = (raw.clouds as CloudSpec[]).map((cloud) => ({ ...CLOUD_DEFAULTS, ...cloud }));
  const active = clouds.filter((cloud) => cloud.active);
  if (active.every((cloud) => cloud.initialBuilderShare === 0)) {
    for (const cloud of active) cloud.initialBuilderShare = 1 / active.length;
  }
  return {
    name: raw.name as string,
    description: (raw.description as string | undefined) ?? SCENARIO_DEFAULTS.description,
    references: [...((raw.references as string[] | undefined) ?? SCENARIO_DEFAULTS.references)],
    start: raw.start as string,
    end: raw.end as string,
    seed: (raw.seed as number | undefined) ?? SCENARIO_DEFAULTS.seed,
    runs: (raw.runs as number | undefined) ?? SCENARIO_DEFAULTS.runs,
    clouds,
    labs: (raw.labs as LabSpec[]).map((lab) => ({ ...LAB_DEFAULTS, ...lab })),
    population: { ...POPULATION_DEFAULTS, ...rawPopulation, types },
    params,
    events: ((raw.events ?? []) as RawObject[]).map((event) => eventWithDefaults(event, params)),
  };
}

function eventWithDefaults(event: RawObject, params: Params): ScenarioEvent {
  return { ...eventKind(event.kind as string)?.defaults(params), ...event } as ScenarioEvent;
}

/**
 * Sorts events by date (stable: file order within a month) and rescales what must sum to 1
 * (narrative and builder shares of active clouds, type fractions, wL + wD + wE) to sum to 1 to
 * float precision. The checks allowed 1e-6; values already within 1e-12 are left as written.
 * Rescales the entities of `scenario` in place (fresh from fillDefaults).
 */
export function sortAndRescale(scenario: Scenario): Scenario {
  const events = [...scenario.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const active = scenario.clouds.filter((cloud) => cloud.active);
  rescale(active, 'narrativeShare');
  rescale(active, 'initialBuilderShare');
  rescale(Object.values(scenario.population.types), 'fraction');
  const weights = rescaleValues([scenario.params.wL, scenario.params.wD, scenario.params.wE]);
  const params = { ...scenario.params, wL: weights[0], wD: weights[1], wE: weights[2] };
  return { ...scenario, params, events };
}

function rescale<K extends string>(items: Record<K, number>[], key: K): void {
  const values = rescaleValues(items.map((item) => item[key]));
  items.forEach((item, i) => (item[key] = values[i]));
}

function rescaleValues(values: number[]): number[] {
  const total = sum(values);
  if (total <= 0 || Math.abs(total - 1) <= 1e-12) return values;
  return values.map((value) => value / total);
}

/** Sum of `values`, for the checks. */
export function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
