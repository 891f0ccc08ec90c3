/**
 * `invest`: cash from a cloud to a lab (added to the lab's funding and to the pair's active contract).
 */
import { contractBetween } from '../contracts.js';
import type { InvestEvent } from '../scenario/types.js';
import type { World } from '../world.js';
import { cloudIndex, labIndex, recordEvent } from './record.js';

export function applyInvest(world: World, event: InvestEvent): void {
  const k = cloudIndex(world, event.cloud);
  const j = labIndex(world, event.lab);
  world.labs[j].funding += event.amount;
  const contract = contractBetween(world, k, j);
  if (contract) contract.investment += event.amount;
  recordEvent(world, event, event.cloud, event.lab, event.amount, `${event.amount} bn invested`);
}
