/**
 * `invest`: cash from a cloud to a lab, paid now (history says when): out of the cloud's AI cash,
 * into the lab's funding, and booked on the pair's active contract if there is one.
 */
import { contractBetween, payInvestment, transferCash } from '../contracts.js';
import type { EventBase } from '../scenario/types.js';
import type { World } from '../world.js';
import { noDefaults, noIssues, type EventKind } from './kind.js';
import { cloudIndex, labIndex, recordEvent } from './record.js';

export interface InvestEvent extends EventBase {
  kind: 'invest';
  cloud: string;
  lab: string;
  /** USD bn. */
  amount: number;
}

export const invest: EventKind<InvestEvent> = {
  kind: 'invest',
  summary: 'A cloud invests cash in a lab.',
  defaults: noDefaults,
  check: noIssues,
  apply: applyInvest,
  scripted: true,
  value: { unit: 'USD bn', description: 'Amount invested' },
  marker: { label: (cloud, lab) => `${cloud} invests in ${lab}`, priority: 0 },
};

function applyInvest(world: World, event: InvestEvent): void {
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
