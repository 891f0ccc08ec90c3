/**
 * `deal`: a contract with given terms, as history or a what-if says. It supersedes the pair's
 * active contracts (its compute is the relationship's new total). Compute is "up to": beyond the cloud's free capacity the contract is
 * served pro rata with the cloud's others until capex catches up. Compute 0 is a distribution
 * deal (the lab's models listed on the cloud).
 */
import { BINDING_SCOPE, capacityLeft, contractBetween, exitPenalty, setExclusivity, signContract, supersedePair } from '../contracts.js';
import { isForbidden } from '../eligibility.js';
import { EXCLUSIVITY_LEVELS, type EventBase, type Exclusivity } from '../scenario/types.js';
import { NO_BASE, pairValue } from '../valuation.js';
import type { Scope, World } from '../world.js';
import { noIssues, type EventKind } from './kind.js';
import { cloudIndex, labIndex, recordEvent } from './record.js';

export interface DealEvent extends EventBase {
  kind: 'deal';
  cloud: string;
  lab: string;
  /** kGPU per month; 0 for a distribution-only deal (models listed on the cloud). */
  compute: number;
  /** Default: the scenario's `params.contractMonths`. */
  months: number;
  /** USD bn per kGPU-month; null (default) = the cloud's list price. */
  price: number | null;
  /** Cash from cloud to lab at signing, USD bn. Default 0. */
  investment: number;
  /** Default `none`. */
  exclusivity: Exclusivity;
  /** USD bn; null (default) = exitPenaltyMonths of payments. */
  exitPenalty: number | null;
  /** Public endorsement: the lab is a demonstrative workload of the cloud. Default true. */
  public: boolean;
}

export const deal: EventKind<DealEvent> = {
  kind: 'deal',
  summary: 'Force a contract between a cloud and a lab with these terms.',
  defaults: (params) => ({ price: null, investment: 0, exclusivity: 'none', exitPenalty: null, public: true, months: params.contractMonths }),
  check: noIssues,
  apply: applyDeal,
  scripted: true,
  value: { unit: 'kGPU', description: 'Compute per month signed (0 when covered, empty when ignored)' },
  marker: { label: (cloud, lab) => `${lab}–${cloud} deal`, priority: 2 },
};

function applyDeal(world: World, event: DealEvent): void {
  const k = cloudIndex(world, event.cloud);
  const j = labIndex(world, event.lab);
  const cloud = world.clouds[k];
  const lab = world.labs[j];
  if (!cloud.active || !lab.active || isForbidden(world, k, j)) {
    recordEvent(world, event, event.cloud, event.lab, null, `ignored: ${!cloud.active || !lab.active ? 'an inactive party' : 'the pairing is forbidden'}`);
    return;
  }
  const existing = contractBetween(world, k, j);
  if (existing && event.compute === 0 && existing.compute > 0) {
    recordEvent(world, event, event.cloud, event.lab, 0, `distribution covered by contract ${existing.id}`);
    return;
  }
  const previous = supersedePair(world, k, j, 'superseded by a scheduled deal');
  const free = capacityLeft(world, k);
  const compute = event.compute;
  const internal = lab.ownerIndex === k;
  const price = event.price ?? (internal ? cloud.unitCost : cloud.price);
  const scope = Math.min(EXCLUSIVITY_LEVELS.indexOf(event.exclusivity), world.maxExclusivity) as Scope;
  const value = pairValue(world, k, j, compute, Math.min(compute, free), scope, NO_BASE);
  const contract = signContract(world, {
    cloud: k, lab: j, months: event.months, compute, price, investment: event.investment, upfront: true, exclusivity: scope,
    exitPenalty: exitPenalty(world, scope, compute, cloud.price, event.exitPenalty),
    public: event.public, origin: 'event', internal, labValue: value.labValue - price * compute,
  });
  if (scope >= BINDING_SCOPE) releaseOthers(world, contract.cloud, j);
  const capped = compute > free ? ` (${Math.round(free * 1000) / 1000} free now: ramps up as ${event.cloud} builds)` : '';
  recordEvent(world, event, event.cloud, event.lab, compute,
    `contract ${contract.id}: ${EXCLUSIVITY_LEVELS[scope]}, ${compute} kGPU/month${capped} for ${event.months} months, investment ${event.investment} bn` +
      (previous.length > 0 ? `; supersedes ${previous.map((c) => c.id).join(', ')}` : ''));
}

/** A binding deal with `cloud` ends the lab's exclusivity with every other cloud (their contracts run on, non-exclusive). */
function releaseOthers(world: World, cloud: number, lab: number): void {
  for (const c of world.contracts) {
    if (c.status === 'active' && c.lab === lab && c.cloud !== cloud && c.exclusivity > 0) setExclusivity(world, c, 0);
  }
}
