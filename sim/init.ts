/**
 * Month 0 of a run: the world built from a scenario and a seed (entities from their specs, the
 * population drawn, events scheduled by month).
 */
import { builderSpend } from './clouds.js';
import { createChoiceTables } from './choice.js';
import { monthIndex, monthRange } from './dates.js';
import { createPopulation } from './population.js';
import { createRng } from './rng.js';
import type { CloudSpec, LabSpec, Scenario, ScenarioEvent } from './scenario/types.js';
import type { CloudState, LabState, World } from './world.js';

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
  const cloudShares = clouds.map((cloud) => (cloud.active ? cloud.spec.initialBuilderShare : 0));
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
    spec, id: spec.id, index, active: spec.active, capacity: spec.capacity, unitCost: spec.unitCost, markup: spec.markup,
    narrativeValue: spec.narrativeValue, denialWeight: spec.denialWeight, capexGrowthMax: spec.capexGrowthMax,
    enterpriseReach: spec.enterpriseReach, patience: spec.patience, balanceSheet: spec.balanceSheet,
    narrative: spec.active ? spec.narrativeShare : 0,
    price: spec.unitCost * spec.markup,
    utilization: 0, delivered: 0, labRevenue: 0, builderRevenue: 0,
    devShare: 0, startupShare: 0, enterpriseShare: 0, spendShare: 0, unmet: 0, stormoff: 0,
    internalTransfer: 0, cash: 0, capexSpend: 0, investmentPaid: 0,
  };
}

function initLab(spec: LabSpec, index: number, scenario: Scenario): LabState {
  const ownerIndex = spec.owner === null ? -1 : scenario.clouds.findIndex((cloud) => cloud.id === spec.owner);
  return {
    spec, id: spec.id, index, ownerIndex, active: spec.active, capability: spec.capability, computeDemand: spec.computeDemand, price: spec.price,
    autonomy: spec.autonomy, voice: spec.voice, acrimony: spec.acrimony, patience: spec.patience, verticalization: spec.verticalization,
    consumerAppeal: spec.consumerAppeal, selfBuild: spec.selfBuild,
    // An owned lab's funding is its owner's (consolidated): the owner's AI cash (0) plus its balance-sheet limit.
    funding: ownerIndex >= 0 ? scenario.clouds[ownerIndex].balanceSheet : spec.funding,
    trafficShare: 0,
    trainingDemand: spec.computeDemand * scenario.params.trainingShare,
    cloudDemand: 0, computeHeld: 0, computeSpend: 0, revenue: 0, investmentReceived: 0, builderShare: 0, consumerShare: 0, unmetDemand: 0,
    primaryCloud: -1, exclusivity: 0,
  };
}
