/**
 * `invest`: cash from a cloud to a lab, paid now (history says when): out of the cloud's AI cash,
 * into the lab's funding, and booked on the pair's active contract if there is one.
 */
import { contractBetween, payInvestment, transferCash } from '../contracts.js';
import type { InvestEvent } from '../scenario/types.js';
import type { World } from '../world.js';
import { cloudIndex, labIndex, recordEvent } from './record.js';

export function applyInvest(world: World, event: InvestEvent): void {
  const k = cloudIndex(world, event.cloud);
  const j = labIndex(world, event.lab);
  const contract = contractBetween(world, k, j);
  if (contract) {
    contract.investment += event.amount;
    payInvestment(world, contract, event.amount);
  } else {
    transferCash(world, k, j, event.amount);
  }
  recordEvent(world, event, event.cloud, event.lab, event.amount, `${event.amount} bn invested`);
}
