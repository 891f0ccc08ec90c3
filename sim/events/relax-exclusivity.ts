/**
 * `relax_exclusivity`: the pair's contract drops to a weaker scope (never a stronger one).
 */
import { setExclusivity } from '../contracts.js';
import { EXCLUSIVITY_LEVELS, type RelaxExclusivityEvent } from '../scenario/types.js';
import type { Scope, World } from '../world.js';
import { cloudIndex, labIndex, recordEvent } from './record.js';

export function applyRelaxExclusivity(world: World, event: RelaxExclusivityEvent): void {
  const k = cloudIndex(world, event.cloud);
  const j = labIndex(world, event.lab);
  const to = EXCLUSIVITY_LEVELS.indexOf(event.to) as Scope;
  let relaxed = 0;
  for (const c of world.contracts) {
    if (c.status !== 'active' || c.cloud !== k || c.lab !== j || c.exclusivity <= to) continue;
    setExclusivity(world, c, to);
    relaxed += 1;
  }
  recordEvent(world, event, event.cloud, event.lab, to, relaxed > 0 ? `exclusivity relaxed to ${event.to}` : `nothing stronger than ${event.to} to relax`);
}
