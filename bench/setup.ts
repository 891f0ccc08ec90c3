/**
 * What the benchmarks run on: the baseline's population spec (its agents, hazards, preferences)
 * in a six-cloud, six-lab world with every agent adopted (a mature market), this month's tables
 * computed by the engine, and a clock.
 */
import { fileURLToPath } from 'node:url';
import { createChoiceTables, updateChoiceTables } from '../sim/choice.js';
import type { ChoiceTables, Population } from '../sim/population.js';
import { loadScenarioFile } from '../sim/node/scenario-file.js';
import type { Scenario } from '../sim/scenario/types.js';
import { initWorld } from '../sim/init.js';

/** The bundled baseline scenario. */
export function baseline(): Scenario {
  return loadScenarioFile(fileURLToPath(new URL('../scenarios/baseline.yaml', import.meta.url)));
}

/** The baseline with `agents` builders, all adopted at the start, everyone reachable. */
function matureScenario(agents: number): Scenario {
  const scenario = baseline();
  const population = structuredClone(scenario.population);
  for (const type of Object.values(population.types)) type.initialAdopted = 1;
  const clouds = scenario.clouds.slice(0, 6).map((cloud) => ({ ...cloud, active: true, narrativeShare: 1 / 6, initialBuilderShare: 1 / 6 }));
  const labs = scenario.labs.slice(0, 6).map((lab) => ({ ...lab, active: true }));
  return { ...scenario, clouds, labs, events: [], population: { ...population, agents } };
}

/**
 * A mature population of `agents` and the engine's choice tables for it (the baseline's hazards),
 * or every reconsideration probability set to `hazard` when given.
 * @example const { population, tables } = maturePopulation(100_000);
 */
export function maturePopulation(agents: number, hazard?: number): { population: Population; tables: ChoiceTables } {
  const world = initWorld(matureScenario(agents), 1, 0);
  const tables = createChoiceTables(world.clouds.length, world.labs.length);
  updateChoiceTables(world, tables);
  if (hazard !== undefined) tables.reconsider.fill(hazard);
  return { population: world.population, tables };
}

/**
 * CPU seconds this process spends in `fn` (user + system): on a shared machine wall time also
 * counts other processes' turns, CPU time counts only ours.
 */
export function time(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** Wall-clock seconds `fn` takes (for parallel runs, where CPU time is not the point). */
export async function wallTime(fn: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Ordinary least-squares slope of log(y) on log(x): the scaling exponent. */
export function logLogSlope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  const sxy = lx.reduce((a, x, i) => a + (x - mx) * (ly[i] - my), 0);
  const sxx = lx.reduce((a, x) => a + (x - mx) ** 2, 0);
  return sxy / sxx;
}
