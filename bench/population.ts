/**
 * The population step timed on a mature population with the engine's tables: the cost of one
 * reconsidering agent's decision, agent-months per second, the idiomatic peer on the same agents,
 * scaling with agents and months, and young-generation GCs during a long stretch of months.
 */
import { PerformanceObserver, constants, performance } from 'node:perf_hooks';
import { populationStep } from '../sim/population.js';
import { createRng } from '../sim/rng.js';
import { startRun } from '../sim/run.js';
import { peerAgents, peerStep, peerTables } from './peer.js';
import { baseline, logLogSlope, maturePopulation, time } from './setup.js';

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

/** GCs counted over a stretch of months: young-generation, other, and the months (0-based) in which young ones started. */
export interface Collections {
  minor: number;
  major: number;
  minorMonths: number[];
}

/**
 * Runs `months` calls of `month(m)` and counts the GCs that start during them, by the month they
 * start in (GC entries arrive asynchronously, stamped with their start time).
 */
export async function countCollections(months: number, month: (m: number) => void): Promise<Collections> {
  const entries: { kind: number; startTime: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) entries.push({ kind: (entry as unknown as { detail?: { kind?: number } }).detail?.kind ?? -1, startTime: entry.startTime });
  });
  observer.observe({ entryTypes: ['gc'] });
  const starts = new Float64Array(months + 1);
  for (let m = 0; m < months; m++) {
    starts[m] = performance.now();
    month(m);
  }
  starts[months] = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const inside = entries.filter((e) => e.startTime >= starts[0] && e.startTime < starts[months]);
  const monthOf = (time: number) => { let m = 0; while (m + 1 < months && starts[m + 1] <= time) m++; return m; };
  const minor = inside.filter((e) => e.kind === constants.NODE_PERFORMANCE_GC_MINOR);
  return { minor: minor.length, major: inside.length - minor.length, minorMonths: minor.map((e) => monthOf(e.startTime)) };
}

/**
 * Young- and old-generation GCs while `months` population steps run on `agents` agents (streams
 * made beforehand), after `warmup` months on the same population (the step compiled for it).
 */
export async function collections(agents = 1_000_000, months = 100, warmup = 5): Promise<Collections> {
  const { population, tables } = maturePopulation(agents);
  const rngs = Array.from({ length: months }, (_, m) => createRng(3, 'gc', m));
  for (let m = 0; m < warmup; m++) populationStep(population, tables, createRng(3, 'warm', m));
  return countCollections(months, (m) => populationStep(population, tables, rngs[m]));
}

/**
 * The same count for whole months of a run (every phase and the recorder): the baseline with
 * `agents` agents, `months` months after `warmup` months of the same run.
 */
export async function runCollections(agents = 1_000_000, months = 100, warmup = 5): Promise<Collections> {
  const scenario = baseline();
  scenario.population = { ...scenario.population, agents };
  const run = startRun(scenario, { run: 0 });
  run.advance(warmup);
  return countCollections(Math.min(months, run.months - warmup), () => run.advance(1));
}
