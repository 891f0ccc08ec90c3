/**
 * `announce`: a narrative shock: `delta` of narrative share added to (or taken from) a cloud,
 * then shares renormalised over active clouds.
 */
import { normalize } from '../narrative.js';
import type { AnnounceEvent } from '../scenario/types.js';
import type { World } from '../world.js';
import { cloudIndex, recordEvent } from './record.js';

export function applyAnnounce(world: World, event: AnnounceEvent): void {
  const k = cloudIndex(world, event.cloud);
  const shares = world.clouds.map((cloud) => (cloud.active ? cloud.narrative + (cloud.index === k ? event.delta : 0) : 0));
  const next = normalize(shares);
  world.clouds.forEach((cloud, i) => (cloud.narrative = next[i]));
  recordEvent(world, event, event.cloud, '', event.delta, `narrative shock ${event.delta}`);
}
