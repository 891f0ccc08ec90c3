/**
 * The population step timed on a mature population with the engine's tables: the cost of one
 * reconsidering agent's decision, agent-months per second, the idiomatic peer on the same agents,
 * scaling with agents and months, and young-generation GCs during a long stretch of months.
 */
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { populationStep } from '../sim/population.js';
import { createRng } from '../sim/rng.js';
import { peerAgents, peerStep, peerTables } from './peer.js';
import { logLogSlope, maturePopulation, time } from './setup.js';

export interface Throughput {
  agents: number;
  months: number;
  clouds: number;
  /** Mean monthly probability that an agent reconsiders (decisions per agent-month). */
  hazard: number;
  agentMonthsPerSecond: number;
}

/**
 * Agent-months per second of populationStep on `agents` agents over `months` months (after one
 * warm-up month), with the baseline's hazards or every hazard set to `hazard`.
 */
export function throughput(agents: number, months: number, hazard?: number): Throughput {
  const { population, tables } = maturePopulation(agents, hazard);
  populationStep(population, tables, createRng(1, 'warm'));
  let decisions = 0;
  const seconds = time(() => { for (let m = 0; m < months; m++) decisions += populationStep(population, tables, createRng(1, 'months', m)); });
  return { agents, months, clouds: population.clouds, hazard: decisions / (agents * months), agentMonthsPerSecond: (agents * months) / seconds };
}

/** The same measurement for the peer (bench/peer.ts) on the same agents and tables. */
export function peerThroughput(agents: number, months: number, hazard?: number): Throughput {
  const { population, tables } = maturePopulation(agents, hazard);
  const agentsAsObjects = peerAgents(population);
  const peer = peerTables(tables, population);
  peerStep(agentsAsObjects, peer, createRng(1, 'warm'));
  let decisions = 0;
  const seconds = time(() => { for (let m = 0; m < months; m++) decisions += peerStep(agentsAsObjects, peer, createRng(1, 'months', m)); });
  return { agents, months, clouds: population.clouds, hazard: decisions / (agents * months), agentMonthsPerSecond: (agents * months) / seconds };
}

/** Nanoseconds per reconsidering agent (everyone reconsiders: one draw decides it acts, and the lab and cloud choices use its remainder). */
export function decisionNanoseconds(agents = 100_000, months = 10): number {
  const { population, tables } = maturePopulation(agents, 1);
  tables.startRouting = 0;
  populationStep(population, tables, createRng(1, 'warm'));
  let decisions = 0;
  const seconds = time(() => { for (let m = 0; m < months; m++) decisions += populationStep(population, tables, createRng(2, 'decide', m)); });
  return (seconds / decisions) * 1e9;
}

/** Seconds per month against agents and against months, and the fitted exponents. */
export function scaling(quick = false): { agents: number[]; secondsByAgents: number[]; agentExponent: number; months: number[]; secondsByMonths: number[]; monthExponent: number } {
  const agents = [10_000, 30_000, 100_000, 300_000, 1_000_000];
  const secondsByAgents = agents.map((n) => n / throughput(n, Math.max(10, (quick ? 2e6 : 2e7) / n)).agentMonthsPerSecond);
  const months = quick ? [5, 10, 20, 40] : [25, 50, 100, 200, 400];
  const secondsByMonths = months.map((m) => (100_000 * m) / throughput(100_000, m).agentMonthsPerSecond);
  return { agents, secondsByAgents, agentExponent: logLogSlope(agents, secondsByAgents), months, secondsByMonths, monthExponent: logLogSlope(months, secondsByMonths) };
}

/** Young- and old-generation GCs while `months` population steps run on `agents` agents (streams made beforehand). */
export async function collections(agents = 1_000_000, months = 100): Promise<{ minor: number; major: number }> {
  const { population, tables } = maturePopulation(agents);
  const rngs = Array.from({ length: months }, (_, m) => createRng(3, 'gc', m));
  for (let m = 0; m < 5; m++) populationStep(population, tables, createRng(3, 'warm', m));
  const counts = { minor: 0, major: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) counts.minor += 1;
      else counts.major += 1;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  for (let m = 0; m < months; m++) populationStep(population, tables, rngs[m]);
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return counts;
}
