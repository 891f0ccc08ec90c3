/**
 * `price_change`: a cloud's markup or a lab's API price is multiplied by a factor.
 */
import type { PriceChangeEvent } from '../scenario/types.js';
import type { World } from '../world.js';
import { cloudIndex, labIndex, recordEvent } from './record.js';

export function applyPriceChange(world: World, event: PriceChangeEvent): void {
  if (event.cloud !== null) {
    const cloud = world.clouds[cloudIndex(world, event.cloud)];
    cloud.markup *= event.factor;
    cloud.price *= event.factor;
    recordEvent(world, event, event.cloud, '', event.factor, `markup x${event.factor}`);
  } else if (event.lab !== null) {
    world.labs[labIndex(world, event.lab)].price *= event.factor;
    recordEvent(world, event, '', event.lab, event.factor, `API price x${event.factor}`);
  }
}
