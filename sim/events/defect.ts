/**
 * `defect`: a lab leaves a cloud (its strongest active contract there), publicly or not.
 */
import { defect } from '../defection.js';
import type { DefectEvent } from '../scenario/types.js';
import type { World } from '../world.js';
import { cloudIndex, labIndex, recordEvent } from './record.js';

export function applyDefect(world: World, event: DefectEvent): void {
  const k = cloudIndex(world, event.cloud);
  const j = labIndex(world, event.lab);
  const contracts = world.contracts
    .filter((c) => c.status === 'active' && c.cloud === k && c.lab === j)
    .sort((a, b) => b.exclusivity - a.exclusivity || b.compute - a.compute);
  if (contracts.length === 0) {
    recordEvent(world, event, event.cloud, event.lab, null, 'no active contract to leave');
    return;
  }
  defect(world, contracts[0], event.public, 'scenario', event.note ?? 'scheduled defection');
}
