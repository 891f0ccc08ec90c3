/**
 * The resolved scenario: what the engine sees after loading, `extends` merging, defaulting and
 * validation. Every field is present; the engine never checks for `undefined`.
 * Units: money in USD billions (bn), compute in kGPU (thousands of H100-equivalent GPUs), time in
 * months, dates as "YYYY-MM". Defaults live in `defaults.ts`; the JSON Schema in
 * `scenarios/schema.json` mirrors these types.
 */
import type { EVENT_KINDS } from '../events/index.js';
import type { EventOf } from '../events/kind.js';

/** Exclusivity scope of a contract, from weakest to strongest. */
export type Exclusivity = 'none' | 'rofr' | 'inference' | 'full';
export const EXCLUSIVITY_LEVELS: readonly Exclusivity[] = ['none', 'rofr', 'inference', 'full'];

/** Builder types of the population, in index order. */
export type BuilderType = 'developer' | 'startup' | 'enterprise';
export const BUILDER_TYPES: readonly BuilderType[] = ['developer', 'startup', 'enterprise'];

export interface CloudSpec {
  /** Stable id used in outputs and events, e.g. `aws`. */
  id: string;
  /** Display name, e.g. "Amazon Web Services". */
  name: string;
  /** Present at the start; otherwise it appears through an `enter` event. Default true. */
  active: boolean;
  /** AI capacity at the start, kGPU. */
  capacity: number;
  /** Unit cost at the start, USD bn per kGPU-month of H100-equivalent compute (0.004 = $5.5 per GPU-hour in 2016); falls by params.costDecline a year. */
  unitCost: number;
  /** Price over unit cost at low utilisation (e.g. 1.5). */
  markup: number;
  /** Narrative default share at the start; sums to 1 over active clouds. */
  narrativeShare: number;
  /**
   * Value to the cloud, per month, of one whole unit of narrative share, as a multiple of builders'
   * monthly AI spend (the market narrative moves): forward-looking, so > 1.
   */
  narrativeValue: number;
  /** Dimensionless weight on a rival's narrative gain (fear of a rival getting a lab). */
  denialWeight: number;
  /** Maximum capacity growth per year, as a fraction (1.0 = may double in a year). */
  capexGrowthMax: number;
  /** Enterprise distribution reach, 0..1: how much a lab's sales gain from this cloud. */
  enterpriseReach: number;
  /** Patience of the cloud in bargaining: monthly discount factor in (0,1). */
  patience: number;
  /**
   * Borrowing / balance-sheet limit, USD bn: how far below zero the cloud's AI cash may go by its
   * own choice (capex, investment in labs). Its AI cash grows with cashMargin of its AI revenue.
   */
  balanceSheet: number;
  /** Share of builders whose home cloud it is (existing workloads), and of adopters' default cloud at the start; sums to 1 over active clouds. */
  initialBuilderShare: number;
}

export interface LabSpec {
  id: string;
  name: string;
  active: boolean;
  /** Capability index at the start (arbitrary unit, > 0). */
  capability: number;
  /** Compute demand at the start, kGPU (training + inference). */
  computeDemand: number;
  /** Cash available, USD bn. */
  funding: number;
  /**
   * Cost the lab feels from exclusivity, as a fraction of its monthly compute bill per unit of
   * exclusivity scope (full = 1): a bigger lab loses more by being tied to one cloud. 0..1+.
   */
  autonomy: number;
  /** How far its public statements move narrative share (0..1). */
  voice: number;
  /** How loudly it leaves (0..1); a defection is public when acrimony >= 0.5 unless an event says. */
  acrimony: number;
  /** Monthly discount factor in (0,1): the lab's patience in bargaining. */
  patience: number;
  /** API price index (1 = market average at the start). */
  price: number;
  /** 0..1: how far it competes in builders' own products (IDEs, agents, vertical apps). */
  verticalization: number;
  /** Cloud id that owns the lab (Google Cloud owns DeepMind), or null. */
  owner: string | null;
  /** Weight of the lab in consumer demand (its own products), relative; default 1. */
  consumerAppeal: number;
  /** Share of its compute demand it serves from its own data centres (Meta, xAI's Colossus), 0..1. */
  selfBuild: number;
}

export interface BuilderTypeSpec {
  /** Share of the M agents of this type (sums to 1 over types). */
  fraction: number;
  /** AI spend each agent of this type represents, relative (developer 1). */
  spend: number;
  /** Monthly probability of reconsidering lab and cloud. */
  hazard: number;
  /** Share that has adopted AI at the start. */
  initialAdopted: number;
  /** Bass innovation coefficient p, per year. */
  bassP: number;
  /** Bass imitation coefficient q, per year. */
  bassQ: number;
  /** Switching cost for changing default cloud, utility units. */
  cloudSwitchCost: number;
  /** Switching cost for changing primary lab, utility units. */
  labSwitchCost: number;
}

export interface PopulationSpec {
  /** Number of agents M. */
  agents: number;
  types: Record<BuilderType, BuilderTypeSpec>;
  /** Standard deviation of idiosyncratic preferences per cloud and per lab. */
  preferenceSd: number;
  /** Utility bonus for the builder's home cloud (its existing workloads: data gravity). */
  homeBias: number;
  /** Weight of developers' adoption in others' imitation term (0 = own type only). */
  crossImitation: number;
  /** Extra monthly reconsideration hazard per unit of unmet demand ratio. */
  unmetHazard: number;
  /** Share of adopters that route across labs at the start. */
  routingInitial: number;
  /** Bass p and q (per year) of routing adoption among adopters. */
  routingP: number;
  routingQ: number;
  /** Switching costs are divided by this for agents that route (>= 1). */
  routingDiscount: number;
  /** Utility weights (see docs/MODEL.md). */
  bK: number;
  bP: number;
  bV: number;
  bN: number;
  bA: number;
  bD: number;
  /**
   * Weight of the inclusive value (log-sum of the cloud choice given the lab) in the lab utility:
   * nested logit, in [0, 1]; 0 = labs chosen blind to where their models are available.
   */
  bIV: number;
}

export interface Params {
  /** Narrative adjustment speed per month (0..1). */
  lambda: number;
  /** Weights of lab hosting, developer share, enterprise share in the narrative target (sum 1). */
  wL: number;
  wD: number;
  wE: number;
  /** Increasing-returns exponent on developer share (> 1). */
  alpha: number;
  /** Growth of training demand per year (fraction: 1.0 = doubles). */
  trainingGrowth: number;
  /** Share of a lab's starting demand that is training. */
  trainingShare: number;
  /** Inference compute of all labs at full adoption at the start of the run, kGPU (grows with inferenceGrowth; split by traffic share). */
  inferencePerBuilder: number;
  /** Growth per year of inference use per adopter (fraction). */
  inferenceGrowth: number;
  /** Capability growth: K += g * computeHeld^theta per month. */
  capabilityGrowth: number;
  capabilityTheta: number;
  /** Weight of consumer demand in traffic shares (the rest is builders). */
  consumerWeight: number;
  /** Exponent of capability in consumer shares (softmax over log capability). */
  consumerSharpness: number;
  /** Value to a lab of 1 kGPU-month of compute, as a multiple of cloud unit cost. */
  computeValue: number;
  /**
   * Value to a lab of being sold through a cloud, as a multiple of its revenue from that cloud's
   * builders (traffic share × AI spend × the cloud's spend share) times the cloud's enterprise reach.
   */
  distributionValue: number;
  /** Cost to the lab per kGPU-month of demand it cannot serve, as a multiple of unit cost. */
  unmetCost: number;
  /** Typical contract length, months. */
  contractMonths: number;
  /** Exit penalty of an exclusive contract, in months of its payments. */
  exitPenaltyMonths: number;
  /** A lab enters the market when its unmet demand ratio exceeds this. */
  marketThreshold: number;
  /** Scale of the Gumbel noise on joint surpluses, USD bn per month (0 = deterministic). */
  bargainingNoise: number;
  /** Bargaining power modulation: effect of traffic share and of capacity scarcity. */
  powerTraffic: number;
  powerScarcity: number;
  /** Global supply of new GPUs, kGPU per month at the start, and its growth per year. */
  gpuSupply: number;
  gpuSupplyGrowth: number;
  /** Decline of unit cost per year (fraction). */
  costDecline: number;
  /**
   * Price = cost * (markup + scarcityPremium * s), s the share of contracted compute the cloud
   * cannot serve this month (0 while capacity suffices: only real scarcity raises prices).
   */
  scarcityPremium: number;
  /** Capacity headroom clouds plan for above contracted + forecast demand. */
  headroom: number;
  /** Builders' AI spend at full adoption at the start of the run, USD bn per month (grows with inferenceGrowth). */
  builderSpend: number;
  /** Floor of model availability in the cloud utility's log term (0..1). */
  availabilityFloor: number;
  /** Share of a cloud's AI revenue left after operating costs, for capex and investment in labs (0..1). */
  cashMargin: number;
  /** Up-front cost of 1 kGPU of new capacity, in months of the cloud's unit cost. */
  capexMonths: number;
  /** A lab spends its cash over this many months: its monthly budget is revenue + investment received + funding / runwayMonths. */
  runwayMonths: number;
  /** Share of a public exit's narrative damage that lands on the cloud the lab moves to (0..1). */
  stormoffLanding: number;
  /** Half-life of a public exit's narrative damage, months (its own clock, not lambda's). */
  stormoffHalfLife: number;
  /**
   * Share of the adopted builders' AI spend a cloud's narrative still contests (0..1): a narrative
   * steers the builders still to choose, all those not yet adopted and the adopters who reconsider,
   * so a cloud prices a lab's narrative and denial value on `(M* − M) + contestedShare × M`.
   */
  contestedShare: number;
}

/** Fields every event has; each kind's own fields are typed in its module of `sim/events/`. */
export interface EventBase {
  /** Optional id, so a scenario that extends this one can remove the event. */
  id?: string;
  /** "YYYY-MM", within [start, end]. */
  date: string;
  /** Free text shown in outputs. */
  note?: string;
  /** Source URL for a historical event. */
  source?: string;
}

/** An event of any kind: the union of the event types of the kinds registered in `sim/events/index.ts`. */
export type ScenarioEvent = EventOf<(typeof EVENT_KINDS)[keyof typeof EVENT_KINDS]>;

export interface Scenario {
  name: string;
  description: string;
  references: string[];
  start: string;
  end: string;
  seed: number;
  runs: number;
  clouds: CloudSpec[];
  labs: LabSpec[];
  population: PopulationSpec;
  params: Params;
  /** Sorted by date, stable within a date (file order). */
  events: ScenarioEvent[];
}
