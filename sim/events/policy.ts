/**
 * `policy`: a regulator caps exclusivity from this month on (`none` bans it). The market relaxes
 * contracts above the cap in its next pass.
 */
import { EXCLUSIVITY_LEVELS, type PolicyEvent } from '../scenario/types.js';
import type { Scope, World } from '../world.js';
import { recordEvent } from './record.js';

export function applyPolicy(world: World, event: PolicyEvent): void {
  world.maxExclusivity = EXCLUSIVITY_LEVELS.indexOf(event.maxExclusivity) as Scope;
  recordEvent(world, event, '', '', world.maxExclusivity, `exclusivity capped at ${event.maxExclusivity}`);
}
