/**
 * `forbid`: a pairing may not deal (until a month, or for good): e.g. "Microsoft passes".
 * Contracts already signed run on.
 */
import { monthIndex } from '../dates.js';
import type { ForbidEvent } from '../scenario/types.js';
import type { World } from '../world.js';
import { cloudIndex, labIndex, recordEvent } from './record.js';

export function applyForbid(world: World, event: ForbidEvent): void {
  const until = event.until === null ? Infinity : monthIndex(world.scenario.start, event.until);
  world.forbidden.set(`${cloudIndex(world, event.cloud)}:${labIndex(world, event.lab)}`, until);
  recordEvent(world, event, event.cloud, event.lab, null, `${event.cloud} and ${event.lab} may not deal${event.until ? ` until ${event.until}` : ''}`);
}
