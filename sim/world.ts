/**
 * The state of one run: clouds, labs, contracts, the builder population and the market rules in
 * force. Plain, JSON-safe records (the population apart: typed arrays). Types only: state imports
 * no behaviour (`init.ts` builds it, `step()` mutates it, the recorder copies out what it keeps).
 */
import type { ChoiceTables, Population } from './population.js';
import type { EventRecord } from './recording.js';
import type { StormOff } from './stormoff.js';
import type { CloudSpec, LabSpec, Params, PopulationSpec, Scenario, ScenarioEvent } from './scenario/types.js';

/** Exclusivity as a number: 0 none, 1 rofr, 2 inference, 3 full (the order of EXCLUSIVITY_LEVELS). */
export type Scope = 0 | 1 | 2 | 3;

/** A cloud's behavioural parameters: copied from its spec at the start; `set_param` may change them. */
export type CloudParams = Pick<CloudSpec, 'narrativeValue' | 'denialWeight' | 'capexGrowthMax' | 'enterpriseReach' | 'patience' | 'balanceSheet'>;

/**
 * A cloud during a run: its immutable scenario `spec` (values at the start), its parameters (which
 * `set_param` may change), and its state now.
 */
export interface CloudState extends CloudParams {
  /** The scenario's specification of the cloud, as loaded; never changed. */
  readonly spec: Readonly<CloudSpec>;
  readonly id: string;
  readonly index: number;
  /** In the market now (an `enter` event activates a cloud declared inactive; `exit` ends it). */
  active: boolean;
  /** AI capacity now, kGPU. */
  capacity: number;
  /** Unit cost now, USD bn per kGPU-month (falls by costDecline a year). */
  unitCost: number;
  /** Price over unit cost now (`price_change` scales it). */
  markup: number;
  /** Narrative default share N_k (0 when inactive). */
  narrative: number;
  /** List price, USD bn per kGPU-month. */
  price: number;
  /** Delivered contract compute over capacity. */
  utilization: number;
  /** kGPU delivered under contracts this month. */
  delivered: number;
  /** USD bn this month: labs' payments for compute, and builders' AI spend that defaults to it. */
  labRevenue: number;
  builderRevenue: number;
  /** Builder shares among adopters (developers, startups, enterprises) and of adopters' spend. */
  devShare: number;
  startupShare: number;
  enterpriseShare: number;
  spendShare: number;
  /** Unmet demand ratio of the labs it serves as primary cloud, last month. */
  unmet: number;
  /** USD bn this month an owned lab paid for compute at cost: an internal transfer, not AI revenue. */
  internalTransfer: number;
  /**
   * AI cash position, USD bn: cashMargin of its AI revenue (and its owned labs' revenue) in, capex
   * and investment out; never spends below -balanceSheet (its borrowing limit) by its own choice.
   */
  cash: number;
  /** USD bn this month: capex paid and investment tranches paid to labs. */
  capexSpend: number;
  investmentPaid: number;
  /** Offset on its narrative target left by public exits (storm-offs); decays with stormoffHalfLife. */
  stormoff: number;
}

/** A lab's behavioural parameters: copied from its spec at the start; `set_param` may change them. */
export type LabParams = Pick<LabSpec, 'autonomy' | 'voice' | 'acrimony' | 'patience' | 'verticalization' | 'consumerAppeal' | 'selfBuild'>;

/**
 * A lab during a run: its immutable scenario `spec` (values at the start: `spec.computeDemand` is
 * its demand at the start or at entry), its parameters, and its state now (`computeDemand` is this
 * month's demand).
 */
export interface LabState extends LabParams {
  /** The scenario's specification of the lab, as loaded; never changed. */
  readonly spec: Readonly<LabSpec>;
  readonly id: string;
  readonly index: number;
  /** In the market now. */
  active: boolean;
  /** Capability index now. */
  capability: number;
  /** Compute demand this month, kGPU (training + inference). */
  computeDemand: number;
  /** Cash now, USD bn (an owned lab: its owner's AI cash plus balance-sheet limit). */
  funding: number;
  /** API price index now (`price_change` scales it). */
  price: number;
  /** Index of the owning cloud, or -1. */
  ownerIndex: number;
  trafficShare: number;
  /** Training part of demand, kGPU; inference is derived from traffic each month. */
  trainingDemand: number;
  /** Part of demand bought from clouds, kGPU: computeDemand * (1 - selfBuild). */
  cloudDemand: number;
  /** kGPU held this month: its own data centres' share plus what its contracts delivered. */
  computeHeld: number;
  /** USD bn paid for compute this month (to an owner: an internal transfer). */
  computeSpend: number;
  /** USD bn this month: its share of builders' AI spend, and investment received from clouds. */
  revenue: number;
  investmentReceived: number;
  builderShare: number;
  consumerShare: number;
  /** Share of demand not served this month. */
  unmetDemand: number;
  /** Cloud index of its largest contract, or -1. */
  primaryCloud: number;
  /** Strongest exclusivity among its active contracts. */
  exclusivity: Scope;
}

export interface Contract {
  id: number;
  cloud: number;
  lab: number;
  /** Month index of signing. */
  start: number;
  months: number;
  /** kGPU per month contracted; `delivered` is what capacity allowed this month. */
  compute: number;
  delivered: number;
  price: number;
  /** Cash the cloud committed to the lab, USD bn, and what it has paid so far (tranches stop when the contract ends). */
  investment: number;
  investmentPaid: number;
  exclusivity: Scope;
  exitPenalty: number;
  public: boolean;
  origin: 'event' | 'market';
  /** The lab is owned by the cloud: compute at cost, booked as an internal transfer. */
  internal: boolean;
  status: 'active' | 'expired' | 'defected' | 'terminated';
  /** Month index it ended, or -1. */
  end: number;
  endReason: string;
  /** The lab's value of the deal per month at signing, USD bn (what a rival must beat). */
  labValue: number;
  /** Month index of the last renegotiation (signing counts). */
  renegotiated: number;
}

export interface World {
  scenario: Scenario;
  seed: number;
  run: number;
  dates: string[];
  /** Current month index (the month being stepped). */
  t: number;
  clouds: CloudState[];
  labs: LabState[];
  contracts: Contract[];
  population: Population;
  /** Builders' choice tables, refilled every month. */
  choice: ChoiceTables;
  /** Mutable copies: `set_param` changes them from its month on. */
  params: Params;
  populationSpec: PopulationSpec;
  /** `${cloud}:${lab}` -> first month index the pair may deal again (Infinity: never). */
  forbidden: Map<string, number>;
  /** Strongest exclusivity the policy allows. */
  maxExclusivity: Scope;
  /** The AI market that narrative moves: builders' AI spend last month, USD bn per month. */
  aiMarket: number;
  /** Multiplier on the global GPU supply (capacity shocks with no cloud). */
  supplyFactor: number;
  /** Scenario events by month index. */
  schedule: ScenarioEvent[][];
  /** Everything that happened, in order. */
  log: EventRecord[];
  /** Public exits of this month, landed on their destination at the month's end (stormoff.ts). */
  stormoffs: StormOff[];
}
