/**
 * One month of the builders: adoption from "none", starting to route, reconsideration with a
 * hazard raised by unmet demand, then a logit choice of primary lab and default cloud. Who acts is
 * drawn by geometric skipping over the agents with one bound on everyone's probability, then
 * thinned, so the cost follows the number of decisions, not agents. No allocation, no Math.exp.
 */
import type { ChoiceTables, Population } from './population.js';
import { NONE, summarizeCells } from './population.js';
import type { Rng } from './rng.js';
import { geometricGap, pickIndex } from './sampling.js';
import { log1p } from './math.js';

/**
 * One month of the population, mutating it; returns the number of choices made (adoptions and
 * reconsiderations). Draws: one per gap between candidates (agents picked with probability q, the
 * largest probability that any agent acts this month), one per candidate to decide what it does,
 * one per lab choice and one per cloud choice.
 * @example
 * updateChoiceTables(world, world.choice);
 * populationStep(world.population, world.choice, createRng(world.seed, 'population', world.t));
 */
export function populationStep(population: Population, tables: ChoiceTables, rng: Rng): number {
  const { size, type, lab, cloud, routes, labs, clouds } = population;
  const { adopt, reconsider, startRouting } = tables;
  const q = candidateBound(population, tables);
  const logFail = log1p(-q);
  let decisions = 0;
  for (let i = q < 1 ? geometricGap(rng(), logFail) : 0; i < size; i += 1 + (q < 1 ? geometricGap(rng(), logFail) : 0)) {
    const t = type[i];
    const currentLab = lab[i];
    const x = rng() * q;
    if (currentLab === NONE) {
      if (x < adopt[t]) decisions += choose(population, tables, i, t, rng);
      continue;
    }
    const h = reconsider[(t * labs + currentLab) * clouds + cloud[i]];
    const r = routes[i] === 0 ? startRouting : 0;
    if (x < r) {
      routes[i] = 1;
      population.routers += 1;
      if (x < r * h) decisions += choose(population, tables, i, t, rng);
    } else if (x - r < (1 - r) * h) {
      decisions += choose(population, tables, i, t, rng);
    }
  }
  summarizeCells(population);
  return decisions;
}

/**
 * The largest probability that any agent acts this month: adopting for the types with
 * non-adopters, starting to route or reconsidering for the (type, lab, cloud) cells with adopters.
 */
function candidateBound(population: Population, tables: ChoiceTables): number {
  const { cellCounts, adopted, typeSize } = population;
  let q = 0;
  for (let t = 0; t < typeSize.length; t++) if (adopted[t] < typeSize[t]) q = Math.max(q, tables.adopt[t]);
  const r = tables.startRouting;
  for (let cell = 0; cell < cellCounts.length; cell++) {
    if (cellCounts[cell] > 0) q = Math.max(q, r + (1 - r) * tables.reconsider[cell]);
  }
  return Math.min(1, q);
}

/**
 * Agent i picks a primary lab, then a default cloud given that lab, one uniform draw each (inverse
 * CDF over the exp-weights); returns 1, or 0 when nothing can be chosen.
 */
function choose(population: Population, tables: ChoiceTables, i: number, t: number, rng: Rng): number {
  const { labs, clouds, scratch, prefWeight, prefLab, prefCloud, cellCounts } = population;
  const { labWeight, cloudWeight } = tables;
  const currentLab = population.lab[i];
  const currentCloud = population.cloud[i];
  const labStay = tables.labStay[t * 2 + population.routes[i]];
  let total = 0;
  const labBase = i * labs;
  for (let j = 0; j < labs; j++) {
    const weight = labWeight[j] * prefWeight[prefLab[labBase + j]] * (j === currentLab ? labStay : 1);
    scratch[j] = weight;
    total += weight;
  }
  if (total <= 0) return 0;
  const newLab = pickIndex(scratch, labs, rng() * total);
  const home = population.home[i];
  const homeWeight = population.homeWeight;
  const cloudStay = tables.cloudStay[t];
  const row = newLab * clouds;
  const cloudBase = i * clouds;
  total = 0;
  for (let k = 0; k < clouds; k++) {
    const weight = cloudWeight[row + k] * prefWeight[prefCloud[cloudBase + k]] *
      (k === home ? homeWeight : 1) * (k === currentCloud ? cloudStay : 1);
    scratch[k] = weight;
    total += weight;
  }
  if (total <= 0) return 0;
  const newCloud = pickIndex(scratch, clouds, rng() * total);
  if (currentLab !== NONE) cellCounts[(t * labs + currentLab) * clouds + currentCloud] -= 1;
  cellCounts[(t * labs + newLab) * clouds + newCloud] += 1;
  population.lab[i] = newLab;
  population.cloud[i] = newCloud;
  return 1;
}
