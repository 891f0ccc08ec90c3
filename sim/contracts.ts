/**
 * Contracts between a cloud and a lab: signing, ending, and the lab's summary of its contracts
 * (primary cloud, strongest exclusivity). Every change is logged as an event record.
 */
import type { Contract, Scope, World } from './world.js';

export type ContractTerms = Omit<Contract, 'id' | 'start' | 'status' | 'end' | 'endReason' | 'delivered' | 'renegotiated'>;

/** Signs a contract starting this month and returns it. Mutates `world.contracts`. */
export function signContract(world: World, terms: ContractTerms): Contract {
  const contract: Contract = {
    ...terms, id: world.contracts.length + 1, start: world.t, status: 'active', end: -1,
    endReason: '', delivered: 0, renegotiated: world.t,
  };
  world.contracts.push(contract);
  world.labs[terms.lab].funding += terms.investment;
  summariseLab(world, terms.lab);
  return contract;
}

/** Ends `contract` this month with `status` and a reason. */
export function endContract(world: World, contract: Contract, status: Contract['status'], reason: string): void {
  contract.status = status;
  contract.end = world.t;
  contract.endReason = reason;
  contract.delivered = 0;
  summariseLab(world, contract.lab);
}

/** Sets a contract's exclusivity (a renegotiation) and refreshes the lab's summary. */
export function setExclusivity(world: World, contract: Contract, scope: Scope): void {
  contract.exclusivity = scope;
  contract.renegotiated = world.t;
  if (scope < 2) contract.exitPenalty = 0;
  summariseLab(world, contract.lab);
}

/**
 * Ends every active contract between `cloud` and `lab` as superseded (a new deal restates the
 * pair's whole relationship) and returns them.
 */
export function supersedePair(world: World, cloud: number, lab: number, reason: string): Contract[] {
  const previous = world.contracts.filter((c) => c.status === 'active' && c.cloud === cloud && c.lab === lab);
  for (const c of previous) endContract(world, c, 'terminated', reason);
  return previous;
}

/** The lab's active contract with `cloud`, or undefined. */
export function contractBetween(world: World, cloud: number, lab: number): Contract | undefined {
  return world.contracts.find((c) => c.status === 'active' && c.cloud === cloud && c.lab === lab);
}

/**
 * kGPU per month a lab can count on from its active contracts: each contract's compute times the
 * share its cloud can serve now (capacity over contracted compute, at most 1). A deal signed
 * "up to" more than a cloud has ramps up as the cloud builds.
 */
export function contractedCompute(world: World, lab: number): number {
  const nominal = new Float64Array(world.clouds.length);
  for (const c of world.contracts) if (c.status === 'active') nominal[c.cloud] += c.compute;
  let total = 0;
  for (const c of world.contracts) {
    if (c.status !== 'active' || c.lab !== lab) continue;
    const capacity = world.clouds[c.cloud].capacity;
    total += nominal[c.cloud] > capacity ? (c.compute * capacity) / nominal[c.cloud] : c.compute;
  }
  return total;
}

/** Recomputes a lab's primary cloud (largest contract) and strongest exclusivity. */
export function summariseLab(world: World, labIndex: number): void {
  const lab = world.labs[labIndex];
  let primary = lab.ownerIndex;
  let largest = -1;
  let scope: Scope = 0;
  for (const c of world.contracts) {
    if (c.status !== 'active' || c.lab !== labIndex) continue;
    if (c.exclusivity > scope) scope = c.exclusivity;
    const weight = c.compute + (c.exclusivity >= 2 ? 1e9 : 0);
    if (weight > largest) {
      largest = weight;
      primary = c.cloud;
    }
  }
  lab.primaryCloud = primary;
  lab.exclusivity = scope;
}
