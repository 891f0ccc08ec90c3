/**
 * The event registry: one module per kind of DESIGN §5, each carrying its defaults, check and
 * behaviour (see `kind.ts`). Everything else asks this list about a kind; to add a kind, add its
 * module file, its line in `EVENT_KINDS` and its `event_<kind>` entry in `scenarios/schema.json`.
 */
import type { ScenarioEvent } from '../scenario/types.js';
import type { World } from '../world.js';
import { announce } from './announce.js';
import { capacityShock } from './capacity-shock.js';
import { deal } from './deal.js';
import { defect } from './defect.js';
import { enter } from './enter.js';
import { exit } from './exit.js';
import { forbid } from './forbid.js';
import { invest } from './invest.js';
import type { EventKind } from './kind.js';
import { policy } from './policy.js';
import { priceChange } from './price-change.js';
import { relaxExclusivity } from './relax-exclusivity.js';
import { setParam } from './set-param.js';

/**
 * Every event kind by its name, in the schema's order. `ScenarioEvent` is the union of their
 * event types; a test keeps the names equal to the schema's.
 * @example EVENT_KINDS.deal.scripted // true
 */
export const EVENT_KINDS = {
  deal,
  defect,
  relax_exclusivity: relaxExclusivity,
  invest,
  capacity_shock: capacityShock,
  price_change: priceChange,
  announce,
  set_param: setParam,
  enter,
  exit,
  forbid,
  policy,
};

/** The kinds as a list, for code that asks each of them. */
export const EVENT_KIND_LIST: readonly EventKind<ScenarioEvent>[] = Object.values(EVENT_KINDS);

/**
 * The module of a kind, to ask it about any event (undefined for a name that is no scenario
 * event kind, e.g. a log's `market_deal`).
 * @example eventKind('deal').summary // "Force a contract between a cloud and a lab with these terms."
 */
export function eventKind(kind: ScenarioEvent['kind']): EventKind<ScenarioEvent>;
export function eventKind(kind: string): EventKind<ScenarioEvent> | undefined;
export function eventKind(kind: string): EventKind<ScenarioEvent> | undefined {
  return Object.hasOwn(EVENT_KINDS, kind) ? EVENT_KINDS[kind as ScenarioEvent['kind']] : undefined;
}

/**
 * Applies one scenario event to the world.
 * @example
 * applyEvent(world, { kind: 'capacity_shock', date: '2023-06', cloud: 'azure', factor: 0.8 });
 */
export function applyEvent(world: World, event: ScenarioEvent): void {
  eventKind(event.kind).apply(world, event);
}

/** Applies this month's scheduled events, in order. */
export function applyScheduledEvents(world: World): void {
  for (const event of world.schedule[world.t]) applyEvent(world, event);
}
