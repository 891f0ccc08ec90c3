/**
 * The reference peer: the population step written the way most JavaScript agent-based code is
 * (an array of agent objects, utilities in log space, Math.exp per option, every agent tested
 * every month with its own draws). Same model as sim/population-step.ts; test/population-peer.test.ts
 * checks the two give the same distribution of choices, and `npm run bench` times both.
 */
import type { ChoiceTables, Population } from '../sim/population.js';
import { NONE } from '../sim/population.js';
import type { Rng } from '../sim/rng.js';

export interface PeerAgent {
  type: number;
  /** -1 before adoption. */
  lab: number;
  cloud: number;
  routes: boolean;
  home: number;
  /** Idiosyncratic utility of each lab and cloud. */
  labPreference: number[];
  cloudPreference: number[];
}

/** The month's common utilities and probabilities, in the peer's own (log-utility) form. */
export interface PeerTables {
  labUtility: number[];
  cloudUtility: number[][];
  labSwitchCost: number[][];
  cloudSwitchCost: number[];
  homeBias: number;
  reconsider: number[][][];
  adopt: number[];
  startRouting: number;
}

/** The same agents as `population`, as objects (preferences decoded to utilities). */
export function peerAgents(population: Population): PeerAgent[] {
  const { labs, clouds, prefWeight } = population;
  return Array.from({ length: population.size }, (_, i) => ({
    type: population.type[i],
    lab: population.lab[i] === NONE ? -1 : population.lab[i],
    cloud: population.cloud[i] === NONE ? -1 : population.cloud[i],
    routes: population.routes[i] === 1,
    home: population.home[i],
    labPreference: Array.from(population.prefLab.subarray(i * labs, (i + 1) * labs), (code) => Math.log(prefWeight[code])),
    cloudPreference: Array.from(population.prefCloud.subarray(i * clouds, (i + 1) * clouds), (code) => Math.log(prefWeight[code])),
  }));
}

/** `tables` (exp-weights) as log-utilities. */
export function peerTables(tables: ChoiceTables, population: Population): PeerTables {
  const { labs, clouds } = population;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    labUtility: range(labs).map((j) => Math.log(tables.labWeight[j])),
    cloudUtility: range(labs).map((j) => range(clouds).map((k) => Math.log(tables.cloudWeight[j * clouds + k]))),
    labSwitchCost: range(3).map((t) => [Math.log(tables.labStay[t * 2]), Math.log(tables.labStay[t * 2 + 1])]),
    cloudSwitchCost: range(3).map((t) => Math.log(tables.cloudStay[t])),
    homeBias: Math.log(population.homeWeight),
    reconsider: range(3).map((t) => range(labs).map((j) => range(clouds).map((k) => tables.reconsider[(t * labs + j) * clouds + k]))),
    adopt: Array.from(tables.adopt),
    startRouting: tables.startRouting,
  };
}

/** One month: every agent tested; returns the number of choices made. */
export function peerStep(agents: PeerAgent[], tables: PeerTables, rng: Rng): number {
  let decisions = 0;
  for (const agent of agents) {
    if (agent.lab === -1) {
      if (rng() < tables.adopt[agent.type]) decisions += decide(agent, tables, rng);
      continue;
    }
    if (!agent.routes && rng() < tables.startRouting) agent.routes = true;
    if (rng() < tables.reconsider[agent.type][agent.lab][agent.cloud]) decisions += decide(agent, tables, rng);
  }
  return decisions;
}

function decide(agent: PeerAgent, tables: PeerTables, rng: Rng): number {
  const labSwitch = tables.labSwitchCost[agent.type][agent.routes ? 1 : 0];
  const labWeights = tables.labUtility.map((u, j) => Math.exp(u + agent.labPreference[j] + (j === agent.lab ? labSwitch : 0)));
  const lab = pick(labWeights, rng);
  if (lab < 0) return 0;
  const cloudWeights = tables.cloudUtility[lab].map((u, k) => Math.exp(u + agent.cloudPreference[k] +
    (k === agent.home ? tables.homeBias : 0) + (k === agent.cloud ? tables.cloudSwitchCost[agent.type] : 0)));
  const cloud = pick(cloudWeights, rng);
  if (cloud < 0) return 0;
  agent.lab = lab;
  agent.cloud = cloud;
  return 1;
}

function pick(weights: number[], rng: Rng): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return -1;
  let target = rng() * total;
  let last = -1;
  for (let j = 0; j < weights.length; j++) {
    if (weights[j] <= 0) continue;
    last = j;
    target -= weights[j];
    if (target < 0) return j;
  }
  return last;
}
