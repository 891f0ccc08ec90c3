/**
 * `capacity_shock`: a cloud's capacity, or the global GPU supply, is multiplied by a factor.
 */
import type { EventBase } from '../scenario/types.js';
import type { World } from '../world.js';
import { noIssues, plainLabel, type EventKind } from './kind.js';
import { cloudIndex, recordEvent } from './record.js';

export interface CapacityShockEvent extends EventBase {
  kind: 'capacity_shock';
  /** A cloud id, or null (default) for the global GPU supply. */
  cloud: string | null;
  /** Multiplier (0.5 halves capacity or supply). */
  factor: number;
}

export const capacityShock: EventKind<CapacityShockEvent> = {
  kind: 'capacity_shock',
  summary: 'Multiply a cloud\'s capacity, or the global GPU supply.',
  defaults: () => ({ cloud: null }),
  check: noIssues,
  apply: applyCapacityShock,
  scripted: false,
  value: { unit: 'factor', description: 'Multiplier of capacity or GPU supply' },
  marker: { label: plainLabel('capacity_shock'), priority: 0 },
};

function applyCapacityShock(world: World, event: CapacityShockEvent): void {
  if (event.cloud === null) {
    world.supplyFactor *= event.factor;
    recordEvent(world, event, '', '', event.factor, `global GPU supply x${event.factor}`);
    return;
  }
  world.clouds[cloudIndex(world, event.cloud)].capacity *= event.factor;
  recordEvent(world, event, event.cloud, '', event.factor, `capacity x${event.factor}`);
}
