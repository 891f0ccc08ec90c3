/**
 * `npm run bench`: speed figures measured in one process, so their ratios are meaningful on a
 * noisy machine: the seeded generator's raw draw rate, one reconsidering agent's decision (ns and
 * draws), population agent-months per second at 10^5 and 10^6 agents, memory of 10^6 agents, and
 * one baseline run's wall time.
 */
import { fileURLToPath } from 'node:url';
import { createChoiceTables, updateChoiceTables } from '../sim/choice.js';
import { createPopulation, populationStep, type ChoiceTables } from '../sim/population.js';
import { createRng, type Rng } from '../sim/rng.js';
import { runScenario } from '../sim/run.js';
import { CLOUD_DEFAULTS, LAB_DEFAULTS, PARAM_DEFAULTS, POPULATION_DEFAULTS } from '../sim/scenario/defaults.js';
import type { Scenario } from '../sim/scenario/types.js';
import { initWorld } from '../sim/world.js';
import { monthIndex } from '../sim/dates.js';
import { loadScenarioFile } from '../sim/node/scenario-file.js';

function monthsOf(scenario: Scenario): number {
  return monthIndex(scenario.start, scenario.end) + 1;
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function counting(rng: Rng): { rng: Rng; count: () => number } {
  let draws = 0;
  return { rng: () => (draws++, rng()), count: () => draws };
}

/** A six-cloud, six-lab scenario sized like the baseline, with `agents` builders, all of them adopters (a mature market). */
function benchScenario(agents: number): Scenario {
  const ids = ['aws', 'azure', 'gcp', 'oracle', 'coreweave', 'other'];
  const population = structuredClone(POPULATION_DEFAULTS);
  for (const type of Object.values(population.types)) type.initialAdopted = 1;
  return {
    name: 'bench', description: '', references: [], start: '2016-01', end: '2016-12', seed: 1, runs: 1,
    clouds: ids.map((id) => ({ ...CLOUD_DEFAULTS, id, name: id, narrativeShare: 1 / 6, initialBuilderShare: 1 / 6 })),
    labs: ['openai', 'anthropic', 'deepmind', 'xai', 'meta', 'mistral'].map((id) => ({ ...LAB_DEFAULTS, id, name: id })),
    population: { ...population, agents },
    params: { ...PARAM_DEFAULTS }, events: [],
  };
}

function tablesFor(agents: number, reconsider: number): { world: ReturnType<typeof initWorld>; tables: ChoiceTables } {
  const world = initWorld(benchScenario(agents), 1, 0);
  const tables = createChoiceTables(world.clouds.length, world.labs.length);
  updateChoiceTables(world, tables);
  if (reconsider >= 0) tables.reconsider.fill(reconsider);
  return { world, tables };
}

function drawRate(): number {
  const rng = createRng(1, 'bench');
  const n = 2e7;
  let sink = 0;
  const seconds = time(() => { for (let i = 0; i < n; i++) sink += rng(); });
  if (sink < 0) console.log(sink);
  return n / seconds;
}

function decisionCost(): { ns: number; draws: number } {
  const { world, tables } = tablesFor(100_000, 1);
  world.population.lab.fill(0);
  world.population.cloud.fill(0);
  world.population.routes.fill(1);
  const { rng, count } = counting(createRng(1, 'decide'));
  const seconds = time(() => { for (let m = 0; m < 10; m++) populationStep(world.population, tables, rng); });
  const decisions = 10 * world.population.size;
  return { ns: (seconds / decisions) * 1e9, draws: count() / decisions };
}

function agentMonthsPerSecond(agents: number, months: number): number {
  const { world, tables } = tablesFor(agents, -1);
  const rng = createRng(1, 'months');
  populationStep(world.population, tables, rng);
  const seconds = time(() => { for (let m = 0; m < months; m++) populationStep(world.population, tables, rng); });
  return (agents * months) / seconds;
}

/** Bytes of 10^6 agents: the typed arrays themselves, and the growth of the process's resident memory. */
function memoryOfMillion(): { arrays: number; resident: number } {
  const before = process.memoryUsage().rss;
  const population = createPopulation(benchScenario(1_000_000).population, 6, 6, createRng(1, 'mem'), [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]);
  const resident = process.memoryUsage().rss - before;
  const arrays = Object.values(population)
    .filter((value): value is Uint8Array | Float32Array | Float64Array => ArrayBuffer.isView(value))
    .reduce((total, array) => total + array.byteLength, 0);
  return { arrays: arrays / 2 ** 20, resident: resident / 2 ** 20 };
}

const fmt = (x: number, digits = 3) => Number(x.toPrecision(digits)).toLocaleString('en-US');
const memory = memoryOfMillion();
console.log(`memory of 10^6 agents:            ${fmt(memory.arrays)} MB in typed arrays, resident memory grew ${fmt(memory.resident)} MB`);
const draws = drawRate();
console.log(`seeded generator (alea):          ${fmt(draws)} draws/s`);
const decision = decisionCost();
console.log(`one reconsidering agent:          ${fmt(decision.ns)} ns, ${fmt(decision.draws)} draws  (= ${fmt((decision.ns * draws) / 1e9)} draw-times)`);
for (const agents of [100_000, 1_000_000]) {
  const rate = agentMonthsPerSecond(agents, agents > 100_000 ? 5 : 40);
  console.log(`population, ${fmt(agents)} agents:   ${fmt(rate)} agent-months/s  (${fmt(rate / draws)} per raw draw rate)`);
}
const baselinePath = fileURLToPath(new URL('../scenarios/baseline.yaml', import.meta.url));
const baseline = loadScenarioFile(baselinePath);
const seconds = time(() => runScenario(baseline, { run: 0 }));
const agentMonths = baseline.population.agents * (monthsOf(baseline));
console.log(`baseline run (${fmt(baseline.population.agents)} agents, ${baseline.start}..${baseline.end}): ${fmt(seconds)} s wall, ` +
  `${fmt(agentMonths / seconds)} agent-months/s with the whole model (${fmt(agentMonths / seconds / draws)} per raw draw rate)`);
