/**
 * The monthly compute market (DESIGN §3.3): contracts expire, policy caps exclusivity, then each
 * lab (largest first) renegotiates a binding exclusivity that no longer pays, defects when a rival
 * beats its deal by more than the exit penalty, and shops for the compute it lacks: it signs with
 * the cloud of highest joint surplus, split by generalized Nash bargaining with its best other
 * offer as an outside option (Binmore–Shaked–Sutton).
 */
import { bargainingPower, impatience, nashSplitWithOutsideOptions } from './bargaining.js';
import {
  bindingContract, capacityLeft, computeFrom, contractedCompute, endContract, exitPenalty, investmentOwed, setExclusivity, signContract, supersedePair,
} from './contracts.js';
import { defect } from './defection.js';
import { eligibleClouds, isForbidden } from './eligibility.js';
import { logEvent } from './event-log.js';
import type { Rng } from './rng.js';
import { EXCLUSIVITY_LEVELS } from './scenario/types.js';
import { bestScope, NO_BASE, pairValue, type PairValue } from './valuation.js';
import type { Contract, Scope, World } from './world.js';
import { exp, ln, pow } from './math.js';

/** A lab that goes to market buys for the demand it expects this many months ahead. */
export const PROCUREMENT_MONTHS = 12;
/** Months between two renegotiations of the same contract. */
export const RENEGOTIATION_MONTHS = 12;

/**
 * Runs this month's market. Mutates contracts, labs' funding and narrative (public defections).
 * @example
 * runMarket(world, createRng(world.seed, 'market', world.t));
 */
export function runMarket(world: World, rng: Rng): void {
  expireContracts(world);
  enforcePolicy(world);
  // Largest traffic first; ties keep index order (the sort is stable and world.labs is in index order).
  const order = world.labs.filter((lab) => lab.active).sort((a, b) => b.trafficShare - a.trafficShare);
  for (const lab of order) {
    renegotiate(world, lab.index);
    considerDefection(world, lab.index);
    shop(world, lab.index, rng);
  }
}

/**
 * Bargaining power of lab `lab` against cloud `cloud`: r_cloud / (r_lab + r_cloud), with the lab's impatience raised by scarcity and lowered by its traffic.
 * @example
 * labPower(world, 1, 0); // in (0, 1): the lab's share of the surplus before outside options
 */
export function labPower(world: World, lab: number, cloud: number): number {
  const { params, clouds } = world;
  let delivered = 0;
  let capacity = 0;
  for (const k of clouds) if (k.active) { delivered += k.delivered; capacity += k.capacity; }
  const scarcity = capacity > 0 ? delivered / capacity : 1;
  const state = world.labs[lab];
  const rLab = impatience(state.patience) * exp(params.powerScarcity * scarcity - params.powerTraffic * state.trafficShare);
  return bargainingPower(rLab, impatience(clouds[cloud].patience));
}

function expireContracts(world: World): void {
  for (const c of world.contracts) {
    if (c.status !== 'active' || c.months <= 0 || world.t < c.start + c.months) continue;
    endContract(world, c, 'expired', 'expired');
    log(world, 'contract_end', c, c.compute, `contract ${c.id} expired`);
  }
}

function enforcePolicy(world: World): void {
  for (const c of world.contracts) {
    if (c.status !== 'active' || c.exclusivity <= world.maxExclusivity) continue;
    setExclusivity(world, c, world.maxExclusivity);
    log(world, 'relaxation', c, c.exclusivity, `policy caps exclusivity at ${EXCLUSIVITY_LEVELS[world.maxExclusivity]}`);
  }
}

/**
 * An exclusive contract whose pair would gain from a weaker scope is relaxed (exclusive -> ROFR ->
 * none): when the host falls short of the lab's demand, or when the lab's distribution given up
 * (today's revenue) outweighs the cloud's narrative stake (the builders still to choose).
 */
function renegotiate(world: World, lab: number): void {
  for (const c of world.contracts) {
    if (c.status !== 'active' || c.lab !== lab || c.exclusivity === 0) continue;
    if (world.t - c.renegotiated < RENEGOTIATION_MONTHS) continue;
    const served = computeFrom(world, c.cloud, lab);
    const need = Math.max(0, world.labs[lab].cloudDemand - contractedCompute(world, lab) + served);
    const available = served + capacityLeft(world, c.cloud);
    const current = pairValue(world, c.cloud, lab, need, available, c.exclusivity, NO_BASE).surplus;
    const relaxed = bestScope(world, c.cloud, lab, need, available, (c.exclusivity - 1) as Scope, NO_BASE);
    if (relaxed.surplus <= current + 1e-12) continue;
    const from = EXCLUSIVITY_LEVELS[c.exclusivity];
    setExclusivity(world, c, relaxed.scope);
    log(world, 'relaxation', c, relaxed.scope, `${from} -> ${EXCLUSIVITY_LEVELS[relaxed.scope]}: the pair gains from a weaker scope (unmet demand, or the lab's distribution outweighs the cloud's narrative stake)`);
  }
}

/**
 * A lab bound exclusively for at least RENEGOTIATION_MONTHS leaves when a rival's surplus beats
 * the best its incumbent could offer (at any scope) by more than the exit penalty over the months
 * left. The broken pair may not deal again for RENEGOTIATION_MONTHS.
 */
function considerDefection(world: World, lab: number): void {
  const binding = bindingContract(world, lab);
  if (!binding) return;
  const remaining = binding.start + binding.months - world.t;
  const state = world.labs[lab];
  if (remaining <= 0 || state.ownerIndex >= 0 || world.t - binding.start < RENEGOTIATION_MONTHS) return;
  const need = Math.max(0, state.cloudDemand - (contractedCompute(world, lab) - binding.compute));
  const incumbent = bestScope(world, binding.cloud, lab, need, binding.compute + capacityLeft(world, binding.cloud), world.maxExclusivity, NO_BASE).surplus;
  let rival = -Infinity;
  for (const cloud of world.clouds) {
    if (!cloud.active || cloud.index === binding.cloud || isForbidden(world, cloud.index, lab)) continue;
    const available = capacityLeft(world, cloud.index);
    if (available <= 0) continue;
    rival = Math.max(rival, bestScope(world, cloud.index, lab, need, available, world.maxExclusivity).surplus);
  }
  if ((rival - incumbent) * remaining <= binding.exitPenalty) return;
  defect(world, binding, state.acrimony >= 0.5, 'endogenous', 'a rival offer beats the deal by more than the exit penalty');
  world.forbidden.set(`${binding.cloud}:${lab}`, world.t + RENEGOTIATION_MONTHS);
}

/**
 * The lab buys the compute it lacks from the cloud of highest (noisy) joint surplus. A cloud that
 * cannot supply at least marketThreshold of its demand is not worth a contract (once it holds any).
 */
function shop(world: World, lab: number, rng: Rng): void {
  const state = world.labs[lab];
  const demand = state.cloudDemand;
  const contracted = contractedCompute(world, lab);
  if (demand <= 0 || (contracted > 0 && demand - contracted <= world.params.marketThreshold * demand)) return;
  const need = demand * pow(1 + world.params.trainingGrowth, PROCUREMENT_MONTHS / 12) - contracted;
  if (state.ownerIndex >= 0) {
    signInternal(world, lab, need);
    return;
  }
  const offers: { value: PairValue; score: number }[] = [];
  const smallest = contracted > 0 ? world.params.marketThreshold * demand : 0;
  for (const candidate of eligibleClouds(world, lab)) {
    if (candidate.available < smallest) continue;
    const value = bestScope(world, candidate.cloud, lab, need, candidate.available, candidate.maxScope);
    offers.push({ value, score: value.surplus + world.params.bargainingNoise * gumbel(rng) });
  }
  if (offers.length === 0) return;
  offers.sort((a, b) => b.score - a.score); // ties keep cloud order: a stable sort of offers pushed in cloud order
  const rofr = world.contracts.find((c) => c.status === 'active' && c.lab === lab && c.exclusivity === 1);
  const winner = offers.find((offer) => rofr && offer.value.cloud === rofr.cloud && offer.value.surplus > 0) ?? offers[0];
  if (winner.value.surplus <= 0) return;
  const others = offers.filter((o) => o !== winner).map((o) => o.value.surplus);
  const outside = Math.min(winner.value.surplus, Math.max(0, defectionOption(world, lab, winner.value.cloud, need), ...others));
  const alpha = labPower(world, lab, winner.value.cloud);
  // Never null: the lab's outside option is at most the surplus, the inside options are 0 < surplus.
  const split = nashSplitWithOutsideOptions({ surplus: winner.value.surplus, inside: [0, 0], outside: [outside, 0], alpha })!;
  sign(world, winner.value, split.u1);
}

/**
 * The outside option of a lab bound by an inference/full exclusivity to `holder` when it buys more
 * from it: leave, pay the exit penalty, and take the best rival's deal (C3: the threat of defection
 * disciplines the deal even when exclusivity keeps rivals from bidding). Per month: the best rival
 * surplus less the penalty spread over the contract's months left; 0 if not bound to `holder`.
 */
function defectionOption(world: World, lab: number, holder: number, need: number): number {
  const binding = bindingContract(world, lab);
  if (!binding || binding.cloud !== holder) return 0;
  const remaining = Math.max(1, binding.start + binding.months - world.t);
  let rival = 0;
  for (const cloud of world.clouds) {
    if (!cloud.active || cloud.index === holder || isForbidden(world, cloud.index, lab)) continue;
    const available = capacityLeft(world, cloud.index);
    if (available <= 0) continue;
    rival = Math.max(rival, bestScope(world, cloud.index, lab, need, available, world.maxExclusivity).surplus);
  }
  return Math.max(0, rival - binding.exitPenalty / remaining);
}

/**
 * Turns the lab's share of the surplus into contract terms: the lab's monthly payment becomes a
 * price between 0 and list (below cost when the cloud subsidises compute, as Azure's 2016 "$60M of
 * compute for $10M"); a payment below zero becomes investment committed over the contract, paid in
 * monthly tranches and capped by what the cloud can spend (its AI cash plus its balance-sheet
 * limit, less what it already owes). A pair has one active contract at a time: a new deal expands
 * the pair's contract into a new one (compute added, price averaged, the scope chosen anew by
 * bestScope, the clock restarted; the old contract's unpaid tranches lapse).
 */
function sign(world: World, value: PairValue, labShare: number): void {
  const cloud = world.clouds[value.cloud];
  const months = world.params.contractMonths;
  const payment = value.labValue - labShare;
  const perUnit = value.supply > 0 ? payment / value.supply : cloud.price;
  const price = Math.min(cloud.price, Math.max(0, perUnit));
  const investment = Math.min(Math.max(0, -payment) * months, investable(world, value.cloud));
  const previous = supersedePair(world, value.cloud, value.lab, 'expanded by a new market deal');
  const compute = previous.reduce((total, c) => total + c.compute, value.supply);
  const paid = previous.reduce((total, c) => total + c.price * c.compute, price * value.supply);
  const scope = Math.min(world.maxExclusivity, value.scope) as Scope;
  const averagePrice = compute > 0 ? paid / compute : price;
  const contract = signContract(world, {
    cloud: value.cloud, lab: value.lab, months, compute, price: averagePrice, investment, upfront: false,
    exclusivity: scope, exitPenalty: exitPenalty(world, scope, compute, cloud.price, null),
    public: true, origin: 'market', internal: false, labValue: previous.reduce((total, c) => total + c.labValue, labShare),
  });
  log(world, 'market_deal', contract, value.supply,
    `${EXCLUSIVITY_LEVELS[scope]} deal: +${round(value.supply)} kGPU/month for ${months} months at ${Number(price.toPrecision(4))} USD bn per kGPU-month, investment ${round(investment)} bn over the contract${expanded(previous, compute)}`);
}

/** An owned lab takes what it needs from its owner's free capacity at cost: an internal transfer, no exclusivity, no investment. */
function signInternal(world: World, lab: number, need: number): void {
  const owner = world.labs[lab].ownerIndex;
  const supply = Math.min(need, capacityLeft(world, owner));
  if (supply <= 1e-9) return;
  const previous = supersedePair(world, owner, lab, 'expanded by an internal allocation');
  const compute = previous.reduce((total, c) => total + c.compute, supply);
  const contract = signContract(world, {
    cloud: owner, lab, months: world.params.contractMonths, compute, price: world.clouds[owner].unitCost, investment: 0, upfront: false,
    exclusivity: 0, exitPenalty: 0, public: true, origin: 'market', internal: true, labValue: 0,
  });
  log(world, 'market_deal', contract, supply, `internal allocation: +${round(supply)} kGPU/month at cost${expanded(previous, compute)}`);
}

/** What `cloud` may still commit to labs, USD bn: its AI cash plus its balance-sheet limit, less investment already owed. */
export function investable(world: World, cloud: number): number {
  const state = world.clouds[cloud];
  return Math.max(0, state.cash + state.balanceSheet - investmentOwed(world, cloud));
}

function expanded(previous: Contract[], compute: number): string {
  if (previous.length === 0) return '';
  return ` (expands contract${previous.length > 1 ? 's' : ''} ${previous.map((c) => c.id).join(', ')} to ${round(compute)} kGPU/month)`;
}

function log(world: World, kind: string, c: Contract, value: number, detail: string): void {
  logEvent(world, { kind, origin: 'endogenous', cloud: world.clouds[c.cloud].id, lab: world.labs[c.lab].id, value, detail });
}

function gumbel(rng: Rng): number {
  return -ln(-ln(Math.min(1 - 1e-16, Math.max(1e-300, rng()))));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
