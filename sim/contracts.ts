/**
 * The contract book: the one owner of cloud–lab contracts. Signing, superseding, ending and
 * relaxing them; what is active by lab and by cloud, contracted compute and capacity left; the
 * exit-penalty rule; investment committed at signing and paid in monthly tranches.
 */
import type { Contract, Scope, World } from './world.js';

export type ContractTerms = Omit<Contract, 'id' | 'start' | 'status' | 'end' | 'endReason' | 'delivered' | 'renegotiated' | 'investmentPaid'> & {
  /** Pay the whole investment at signing (history says when cash moved) instead of in tranches. */
  upfront: boolean;
};

/** Scope from which a contract binds the lab (inference or full): only those can be broken, so only those carry an exit penalty. */
export const BINDING_SCOPE: Scope = 2;

/**
 * The exit-penalty rule, the only one: a binding scope carries `stated` (a scenario's figure) or
 * `exitPenaltyMonths` of the contract's payments; a weaker scope carries none.
 * @example exitPenalty(world, 3, 10, 0.004, null) // params.exitPenaltyMonths * 0.04 bn
 */
export function exitPenalty(world: World, scope: Scope, compute: number, price: number, stated: number | null): number {
  if (scope < BINDING_SCOPE) return 0;
  return stated ?? world.params.exitPenaltyMonths * price * compute;
}

/** Signs a contract starting this month and returns it. Mutates `world.contracts`; an upfront investment is paid now. */
export function signContract(world: World, terms: ContractTerms): Contract {
  const { upfront, ...rest } = terms;
  const contract: Contract = {
    ...rest, id: world.contracts.length + 1, start: world.t, status: 'active', end: -1,
    endReason: '', delivered: 0, renegotiated: world.t, investmentPaid: 0,
  };
  world.contracts.push(contract);
  if (upfront) payInvestment(world, contract, contract.investment);
  summariseLab(world, terms.lab);
  return contract;
}

/** Moves `amount` of cash from the contract's cloud to its lab, booked on the contract. */
export function payInvestment(world: World, contract: Contract, amount: number): void {
  contract.investmentPaid += amount;
  transferCash(world, contract.cloud, contract.lab, amount);
}

/** Moves `amount` of investment cash from `cloudIndex` to `labIndex` this month. */
export function transferCash(world: World, cloudIndex: number, labIndex: number, amount: number): void {
  const cloud = world.clouds[cloudIndex];
  const lab = world.labs[labIndex];
  cloud.cash -= amount;
  cloud.investmentPaid += amount;
  lab.funding += amount;
  lab.investmentReceived += amount;
}

/**
 * This month's tranche of every active contract's investment: the commitment over the contract's
 * months, until it is paid or the contract ends (superseded, broken, expired: the rest is never paid).
 */
export function payTranches(world: World): void {
  for (const c of world.contracts) {
    if (c.status !== 'active' || c.months <= 0) continue;
    const due = Math.min(c.investment / c.months, c.investment - c.investmentPaid);
    if (due > 1e-15) payInvestment(world, c, due);
  }
}

/** Ends `contract` this month with `status` and a reason; its unpaid investment lapses. */
export function endContract(world: World, contract: Contract, status: Contract['status'], reason: string): void {
  contract.status = status;
  contract.end = world.t;
  contract.endReason = reason;
  contract.delivered = 0;
  summariseLab(world, contract.lab);
}

/** Sets a contract's exclusivity (a renegotiation); the exit penalty follows the rule. */
export function setExclusivity(world: World, contract: Contract, scope: Scope): void {
  contract.exclusivity = scope;
  contract.renegotiated = world.t;
  if (scope < BINDING_SCOPE) contract.exitPenalty = 0;
  summariseLab(world, contract.lab);
}

/** Ends every active contract between `cloud` and `lab` as superseded (a new deal restates the pair) and returns them. */
export function supersedePair(world: World, cloud: number, lab: number, reason: string): Contract[] {
  const previous = world.contracts.filter((c) => c.status === 'active' && c.cloud === cloud && c.lab === lab);
  for (const c of previous) endContract(world, c, 'terminated', reason);
  return previous;
}

/** The lab's active contract with `cloud`, or undefined. */
export function contractBetween(world: World, cloud: number, lab: number): Contract | undefined {
  return world.contracts.find((c) => c.status === 'active' && c.cloud === cloud && c.lab === lab);
}

/** The lab's active contract of the strongest binding scope (inference or full), or undefined. */
export function bindingContract(world: World, lab: number): Contract | undefined {
  let binding: Contract | undefined;
  for (const c of world.contracts) {
    if (c.status === 'active' && c.lab === lab && c.exclusivity >= BINDING_SCOPE && (!binding || c.exclusivity > binding.exclusivity)) binding = c;
  }
  return binding;
}

/** kGPU per month under active contract at each cloud (nominal, before capacity limits). */
export function nominalCompute(world: World): Float64Array {
  const nominal = new Float64Array(world.clouds.length);
  for (const c of world.contracts) if (c.status === 'active') nominal[c.cloud] += c.compute;
  return nominal;
}

/** Capacity of `cloud` not yet under contract, kGPU. */
export function capacityLeft(world: World, cloud: number): number {
  let contracted = 0;
  for (const c of world.contracts) if (c.status === 'active' && c.cloud === cloud) contracted += c.compute;
  return Math.max(0, world.clouds[cloud].capacity - contracted);
}

/** Investment `cloud` has committed and not yet paid, USD bn. */
export function investmentOwed(world: World, cloud: number): number {
  let owed = 0;
  for (const c of world.contracts) if (c.status === 'active' && c.cloud === cloud) owed += c.investment - c.investmentPaid;
  return owed;
}

/**
 * kGPU per month a lab can count on from its active contracts: each contract's compute times the
 * share its cloud can serve now (capacity over contracted compute, at most 1). A deal signed
 * "up to" more than a cloud has ramps up as the cloud builds.
 */
export function contractedCompute(world: World, lab: number): number {
  const nominal = nominalCompute(world);
  let total = 0;
  for (const c of world.contracts) {
    if (c.status !== 'active' || c.lab !== lab) continue;
    const capacity = world.clouds[c.cloud].capacity;
    total += nominal[c.cloud] > capacity ? (c.compute * capacity) / nominal[c.cloud] : c.compute;
  }
  return total;
}

/** kGPU per month `cloud` can count on delivering to `lab` (its contract's servable part), 0 if none. */
export function computeFrom(world: World, cloud: number, lab: number): number {
  const contract = contractBetween(world, cloud, lab);
  if (!contract) return 0;
  const nominal = nominalCompute(world)[cloud];
  const capacity = world.clouds[cloud].capacity;
  return nominal > capacity ? (contract.compute * capacity) / nominal : contract.compute;
}

/** Recomputes a lab's primary cloud (largest contract, a binding one first) and strongest exclusivity. */
export function summariseLab(world: World, labIndex: number): void {
  const lab = world.labs[labIndex];
  let primary = lab.ownerIndex;
  let largest = -1;
  let scope: Scope = 0;
  for (const c of world.contracts) {
    if (c.status !== 'active' || c.lab !== labIndex) continue;
    if (c.exclusivity > scope) scope = c.exclusivity;
    const weight = c.compute + (c.exclusivity >= BINDING_SCOPE ? 1e9 : 0);
    if (weight > largest) {
      largest = weight;
      primary = c.cloud;
    }
  }
  lab.primaryCloud = primary;
  lab.exclusivity = scope;
}
