/**
 * One month of the builders: adoption from "none", starting to route, reconsideration with a
 * hazard raised by unmet demand, then a logit choice of primary lab and default cloud. Who acts is
 * drawn by geometric skipping over each segment of agents (adopters, non-adopters of each type)
 * with one probability bound per segment, then thinned, so the cost follows the number of
 * decisions, not agents. No allocation, no Math.exp.
 */
import type { ChoiceTables, Population } from './population.js';
import { NONE, summarizeCells } from './population.js';
import { swapAgents } from './population-order.js';
import type { Rng } from './rng.js';
import { geometricGap, pickIndex } from './sampling.js';
import { log1p } from './math.js';

/**
 * One month of the population, mutating it; returns the number of choices made (adoptions and
 * reconsiderations). For each type, two segments: its adopters, visited as candidates with
 * probability q (the largest probability that one of them starts routing or reconsiders) and
 * thinned with one uniform each; its non-adopters, visited with their adoption probability. Draws:
 * one per gap between candidates, one per adopter candidate, one per lab and one per cloud choice.
 * @example
 * updateChoiceTables(world, world.choice);
 * populationStep(world.population, world.choice, createRng(world.seed, 'population', world.t));
 */
export function populationStep(population: Population, tables: ChoiceTables, rng: Rng): number {
  const { typeStart, adoptedEnd } = population;
  let decisions = 0;
  for (let t = 0; t < typeStart.length - 1; t++) {
    const firstNonAdopter = adoptedEnd[t];
    decisions += adoptersStep(population, tables, rng, t, typeStart[t], firstNonAdopter);
    decisions += adoptionStep(population, tables, rng, t, firstNonAdopter, typeStart[t + 1]);
  }
  summarizeCells(population);
  return decisions;
}

/** Adopters of type t in [start, end): start routing and reconsider. */
function adoptersStep(population: Population, tables: ChoiceTables, rng: Rng, t: number, start: number, end: number): number {
  const { lab, cloud, routes, labs, clouds } = population;
  const { reconsider, startRouting } = tables;
  const q = adopterBound(population, tables, t);
  if (start >= end || q <= 0) return 0;
  const logFail = log1p(-q);
  let decisions = 0;
  for (let i = start + (q < 1 ? geometricGap(rng(), logFail) : 0); i < end; i += 1 + (q < 1 ? geometricGap(rng(), logFail) : 0)) {
    const x = rng() * q;
    const h = reconsider[(t * labs + lab[i]) * clouds + cloud[i]];
    const r = routes[i] === 0 ? startRouting : 0;
    if (x < r) {
      routes[i] = 1;
      population.routers += 1;
      if (x < r * h) decisions += choose(population, tables, i, t, rng);
    } else if (x - r < (1 - r) * h) {
      decisions += choose(population, tables, i, t, rng);
    }
  }
  return decisions;
}

/** Non-adopters of type t in [start, end): each adopts with probability adopt[t], joining the adopters' segment. */
function adoptionStep(population: Population, tables: ChoiceTables, rng: Rng, t: number, start: number, end: number): number {
  const q = tables.adopt[t];
  if (start >= end || q <= 0) return 0;
  const logFail = log1p(-q);
  let decisions = 0;
  for (let i = start + (q < 1 ? geometricGap(rng(), logFail) : 0); i < end; i += 1 + (q < 1 ? geometricGap(rng(), logFail) : 0)) {
    if (choose(population, tables, i, t, rng) === 0) continue;
    swapAgents(population, i, population.adoptedEnd[t]++);
    decisions += 1;
  }
  return decisions;
}

/** The largest probability that an adopter of type t starts routing or reconsiders this month (0 without adopters). */
function adopterBound(population: Population, tables: ChoiceTables, t: number): number {
  const { cellCounts, labs, clouds } = population;
  const r = tables.startRouting;
  let q = 0;
  for (let cell = t * labs * clouds; cell < (t + 1) * labs * clouds; cell++) {
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
