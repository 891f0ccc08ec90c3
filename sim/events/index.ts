/**
 * The event registry: one handler per kind of DESIGN §5, applied in file order at the start of
 * their month.
 */
import type { ScenarioEvent } from '../scenario/types.js';
import type { World } from '../world.js';
import { applyAnnounce } from './announce.js';
import { applyCapacityShock } from './capacity-shock.js';
import { applyDeal } from './deal.js';
import { applyDefect } from './defect.js';
import { applyEnter, applyExit } from './enter-exit.js';
import { applyForbid } from './forbid.js';
import { applyInvest } from './invest.js';
import { applyPolicy } from './policy.js';
import { applyPriceChange } from './price-change.js';
import { applyRelaxExclusivity } from './relax-exclusivity.js';
import { applySetParam } from './set-param.js';

type Handlers = { [K in ScenarioEvent['kind']]: (world: World, event: Extract<ScenarioEvent, { kind: K }>) => void };

export const EVENT_HANDLERS: Handlers = {
  deal: applyDeal,
  defect: applyDefect,
  relax_exclusivity: applyRelaxExclusivity,
  invest: applyInvest,
  capacity_shock: applyCapacityShock,
  price_change: applyPriceChange,
  announce: applyAnnounce,
  set_param: applySetParam,
  enter: applyEnter,
  exit: applyExit,
  forbid: applyForbid,
  policy: applyPolicy,
};

/**
 * Applies one scenario event to the world.
 * @example
 * applyEvent(world, { kind: 'capacity_shock', date: '2023-06', cloud: 'azure', factor: 0.8 });
 */
export function applyEvent(world: World, event: ScenarioEvent): void {
  (EVENT_HANDLERS[event.kind] as (world: World, event: ScenarioEvent) => void)(world, event);
}

/** Applies this month's scheduled events, in order. */
export function applyScheduledEvents(world: World): void {
  for (const event of world.schedule[world.t]) applyEvent(world, event);
}
