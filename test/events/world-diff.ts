/**
 * Helpers for the event tests: a world stepped to a month, a deep snapshot of its plain state
 * (entities keyed by id, contracts by id), and the list of paths an event changed.
 */
import { applyEvent } from '../../sim/events/index.js';
import type { EventRecord } from '../../sim/recording.js';
import type { DealEvent } from '../../sim/events/deal.js';
import type { Scenario, ScenarioEvent } from '../../sim/scenario/types.js';
import { step } from '../../sim/step.js';
import { initWorld } from '../../sim/init.js';
import type { World } from '../../sim/world.js';
import { smallScenario } from '../support/small-scenario.js';

/** A world that has stepped months 0..months-1 and stands at the start of month `months`. */
export function worldAt(scenario: Scenario, months: number): World {
  const world = initWorld(scenario, scenario.seed, 0);
  for (world.t = 0; world.t < months; world.t++) step(world);
  world.t = months;
  return world;
}

/** Deep copy of the state an event may touch, plus the population's choices (no event should). */
export function snapshot(world: World): Record<string, unknown> {
  return structuredClone({
    clouds: Object.fromEntries(world.clouds.map((cloud) => [cloud.id, cloud])),
    labs: Object.fromEntries(world.labs.map((lab) => [lab.id, lab])),
    contracts: Object.fromEntries(world.contracts.map((contract) => [contract.id, contract])),
    params: world.params,
    populationSpec: world.populationSpec,
    forbidden: Object.fromEntries(world.forbidden),
    maxExclusivity: world.maxExclusivity,
    supplyFactor: world.supplyFactor,
    aiMarket: world.aiMarket,
    population: { cloud: Array.from(world.population.cloud), lab: Array.from(world.population.lab) },
  });
}

/** Dotted paths whose value differs (a key present on one side only is one path). Sorted. */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  if (!isRecord(before) || !isRecord(after)) return Object.is(before, after) ? [] : [prefix];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const paths: string[] = [];
  for (const key of keys) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!(key in before) || !(key in after)) paths.push(path);
    else paths.push(...changedPaths(before[key], after[key], path));
  }
  return paths.sort();
}

export interface Applied {
  before: Record<string, unknown>;
  /** Paths the event changed, sorted. */
  changed: string[];
  /** Log records the event appended. */
  logged: EventRecord[];
}

/** Applies `event` at the world's current month and reports what changed. */
export function applyAndDiff(world: World, event: ScenarioEvent): Applied {
  const before = snapshot(world);
  const logLength = world.log.length;
  applyEvent(world, event);
  return { before, changed: changedPaths(before, snapshot(world)), logged: world.log.slice(logLength) };
}

/** A `deal` event with defaults for the terms a test does not care about. */
export function dealEvent(fields: Partial<DealEvent> & { cloud: string; lab: string }): DealEvent {
  return {
    kind: 'deal', date: '2016-01', compute: 1, months: 36, price: null, investment: 0,
    exclusivity: 'none', exitPenalty: null, public: true, ...fields,
  };
}

/**
 * The small scenario with openai forced onto `cloud` in 2016-01 for 10 kGPU a month (several times
 * what it needs in its first year), so the market leaves it alone for months.
 */
export function openaiOn(cloud: string, deal: Partial<DealEvent> = {}, overrides: Partial<Scenario> = {}): Scenario {
  return smallScenario(overrides, [dealEvent({ cloud, lab: 'openai', compute: 10, months: 48, exitPenalty: 0.5, ...deal })]);
}
