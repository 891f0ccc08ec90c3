/**
 * The state of one run: clouds, labs, contracts, the builder population and the market rules in
 * force. Plain, JSON-safe records (the population apart: typed arrays). `step()` mutates it in
 * place; the recorder copies out what it keeps.
 */
import { builderSpend } from './clouds.js';
import { createRng } from './rng.js';
import { monthIndex, monthRange } from './dates.js';
import { createChoiceTables } from './choice.js';
import { createPopulation, type ChoiceTables, type Population } from './population.js';
import type { EventRecord } from './recording.js';
import type { StormOff } from './stormoff.js';
import type { CloudSpec, LabSpec, Params, PopulationSpec, Scenario, ScenarioEvent } from './scenario/types.js';

/** Exclusivity as a number: 0 none, 1 rofr, 2 inference, 3 full (the order of EXCLUSIVITY_LEVELS). */
export type Scope = 0 | 1 | 2 | 3;

export interface CloudState extends CloudSpec {
  index: number;
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
  /** Offset on its narrative target left by public exits (storm-offs); decays with stormoffHalfLife. */
  stormoff: number;
}

export interface LabState extends LabSpec {
  index: number;
  /** Index of the owning cloud, or -1. */
  ownerIndex: number;
  trafficShare: number;
  /** Training part of demand, kGPU; inference is derived from traffic each month. */
  trainingDemand: number;
  /** Part of demand bought from clouds, kGPU: computeDemand * (1 - selfBuild). */
  cloudDemand: number;
  /** kGPU held this month: its own data centres' share plus what its contracts delivered. */
  computeHeld: number;
  /** USD bn paid for compute this month. */
  computeSpend: number;
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
  investment: number;
  exclusivity: Scope;
  exitPenalty: number;
  public: boolean;
  origin: 'event' | 'market';
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

/**
 * Builds month 0's world for run `run` with seed `seed`: entities from the scenario, the population drawn.
 * @example
 * const world = initWorld(scenario, runSeed(scenario.seed, 0), 0);
 */
export function initWorld(scenario: Scenario, seed: number, run: number): World {
  const dates = monthRange(scenario.start, scenario.end);
  const clouds = scenario.clouds.map((spec, index) => initCloud(spec, index));
  const labs = scenario.labs.map((spec, index) => initLab(spec, index, scenario));
  const schedule: ScenarioEvent[][] = dates.map(() => []);
  for (const event of scenario.events) schedule[monthIndex(scenario.start, event.date)].push(event);
  const populationSpec = structuredClone(scenario.population);
  const cloudShares = clouds.map((cloud) => (cloud.active ? cloud.initialBuilderShare : 0));
  const labShares = labs.map((lab) => (lab.active ? lab.consumerAppeal * lab.capability : 0));
  const world: World = {
    scenario, seed, run, dates, t: 0, clouds, labs, contracts: [],
    population: createPopulation(populationSpec, clouds.length, labs.length, createRng(seed, 'init'), cloudShares, labShares),
    choice: createChoiceTables(clouds.length, labs.length),
    params: { ...scenario.params }, populationSpec,
    forbidden: new Map(), maxExclusivity: 3, aiMarket: 0, supplyFactor: 1, schedule, log: [], stormoffs: [],
  };
  world.aiMarket = builderSpend(world);
  return world;
}

function initCloud(spec: CloudSpec, index: number): CloudState {
  return {
    ...spec, index,
    narrative: spec.active ? spec.narrativeShare : 0,
    price: spec.unitCost * spec.markup,
    utilization: 0, delivered: 0, labRevenue: 0, builderRevenue: 0,
    devShare: 0, startupShare: 0, enterpriseShare: 0, spendShare: 0, unmet: 0, stormoff: 0,
  };
}

function initLab(spec: LabSpec, index: number, scenario: Scenario): LabState {
  return {
    ...spec, index,
    ownerIndex: spec.owner === null ? -1 : scenario.clouds.findIndex((cloud) => cloud.id === spec.owner),
    trafficShare: 0,
    trainingDemand: spec.computeDemand * scenario.params.trainingShare,
    cloudDemand: 0, computeHeld: 0, computeSpend: 0, builderShare: 0, consumerShare: 0, unmetDemand: 0,
    primaryCloud: -1, exclusivity: 0,
  };
}
