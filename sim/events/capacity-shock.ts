/**
 * `capacity_shock`: a cloud's capacity, or the global GPU supply, is multiplied by a factor.
 */
import type { CapacityShockEvent } from '../scenario/types.js';
import type { World } from '../world.js';
import { cloudIndex, recordEvent } from './record.js';

export function applyCapacityShock(world: World, event: CapacityShockEvent): void {
  if (event.cloud === null) {
    world.supplyFactor *= event.factor;
    recordEvent(world, event, '', '', event.factor, `global GPU supply x${event.factor}`);
    return;
  }
  world.clouds[cloudIndex(world, event.cloud)].capacity *= event.factor;
  recordEvent(world, event, event.cloud, '', event.factor, `capacity x${event.factor}`);
}
