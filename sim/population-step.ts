/**
 * One month of the builders: adoption from "none", starting to route, reconsideration with a
 * hazard raised by unmet demand, then a logit choice of primary lab and default cloud. Who acts is
 * drawn by geometric skipping over each segment of agents (adopters, non-adopters of each type)
 * with one probability bound per segment, then thinned, so the cost follows the number of
 * decisions, not agents. An acting adopter's choices reuse the uniform that thinned it (its
 * remainder, rescaled), so a decision costs no draw of its own. No allocation, no Math.exp.
 */
import type { ChoiceTables, Population } from './population.js';
import { NONE, summarizeCells } from './population.js';
import { swapAgents } from './population-order.js';
import type { Rng } from './rng.js';
import { geometricGap } from './sampling.js';
import { log1p } from './math.js';

/**
 * A remainder that fell in an interval of width `scale` < 2^-12 of its 32-bit draw would keep
 * fewer than 20 bits: a fresh draw replaces it.
 */
const MIN_SCALE = 2 ** -12;
/** The largest uniform alea returns; a remainder rounded up to 1 is clamped to it. */
const BELOW_ONE = 1 - 2 ** -32;

/**
 * One month of the population, mutating it; returns the number of choices made (adoptions and
 * reconsiderations). For each type, two segments: its adopters, visited as candidates with
 * probability q (the largest probability that one of them starts routing or reconsiders) and
 * thinned with one uniform each; its non-adopters, visited with their adoption probability. Draws:
 * one per gap between candidates, one per adopter candidate, one per adoption; the lab and cloud
 * choices use the remainder of the candidate's uniform (a fresh draw only when fewer than 20 bits
 * would be left).
 * @example
 * updateChoiceTables(world, world.choice);
 * populationStep(world.population, world.choice, createRng(world.seed, 'population', world.t));
 */
export function populationStep(population: Population, tables: ChoiceTables, rng: Rng): number {
  const { typeStart, adoptedEnd } = population;
  let decisions = 0;
  for (let t = 0; t < typeStart.length - 1; t++) {
    const firstNonAdopter = adoptedEnd[t];
    decisions += segmentStep(population, tables, rng, t, typeStart[t], firstNonAdopter, true);
    decisions += segmentStep(population, tables, rng, t, firstNonAdopter, typeStart[t + 1], false);
  }
  summarizeCells(population);
  return decisions;
}

/**
 * Agents [start, end) of type t, all adopters or all non-adopters. Adopters: candidates with
 * probability q = adopterBound, thinned by one uniform x·q: [0, r) starts routing and reconsiders
 * in [0, r·h); [r, r + (1 - r)·h) reconsiders only (r the start-routing probability, h the agent's
 * hazard); the remainder of x in its interval, rescaled to [0, 1), is the choice's uniform.
 * Non-adopters: candidates with probability adopt[t], each adopting with a fresh uniform and
 * joining the adopters' segment. The choice (inlined here: a call would box its uniform) picks a
 * lab, then a cloud given the lab, by inverse CDF over the exp-weights' running sums; the cloud's
 * uniform is the remainder of the lab's (uniform, and independent of the lab chosen). Branch-free
 * where the outcome is random: a switching or home factor is 1 + (factor - 1)·[option is the
 * agent's], and an index is the count of running sums at or below the target.
 */
function segmentStep(population: Population, tables: ChoiceTables, rng: Rng, t: number, start: number, end: number, adopters: boolean): number {
  const { lab, cloud, routes, home, labs, clouds, scratch, prefWeight, prefLab, prefCloud, cellCounts } = population;
  const { reconsider, startRouting, labWeight, cloudWeight } = tables;
  const q = adopters ? adopterBound(population, tables, t) : tables.adopt[t];
  if (start >= end || q <= 0) return 0;
  const labStay = tables.labStay;
  const stayExtra = tables.cloudStay[t] - 1;
  const homeExtra = population.homeWeight - 1;
  const logFail = log1p(-q);
  let decisions = 0;
  for (let i = start + (q < 1 ? geometricGap(draw(rng), logFail) : 0); i < end; i += 1 + (q < 1 ? geometricGap(draw(rng), logFail) : 0)) {
    let u = draw(rng);
    let scale = 1;
    if (adopters) {
      const x = u * q;
      const h = reconsider[(t * labs + lab[i]) * clouds + cloud[i]];
      const r = routes[i] === 0 ? startRouting : 0;
      let low = r;
      let width = (1 - r) * h;
      if (x < r) {
        routes[i] = 1;
        population.routers += 1;
        low = 0;
        width = r * h;
      }
      if (!(x - low < width)) continue;
      scale = width / q;
      u = remainder(rng, scale, x - low, width);
      if (scale < MIN_SCALE) scale = 1;
    }
    const currentLab = lab[i];
    const currentCloud = cloud[i];
    const stay = labStay[t * 2 + routes[i]] - 1;
    let total = 0;
    const labBase = i * labs;
    for (let j = 0; j < labs; j++) {
      total += labWeight[j] * prefWeight[prefLab[labBase + j]] * (1 + stay * +(j === currentLab));
      scratch[j] = total;
    }
    if (!(total > 0)) continue;
    let target = u * total;
    let newLab = 0;
    for (let j = 0; j < labs - 1; j++) newLab += +(target >= scratch[j]);
    const below = newLab > 0 ? scratch[newLab - 1] : 0;
    const width = scratch[newLab] - below;
    scale *= width / total;
    u = remainder(rng, scale, target - below, width);
    const homeCloud = home[i];
    const row = newLab * clouds;
    const cloudBase = i * clouds;
    total = 0;
    for (let k = 0; k < clouds; k++) {
      total += cloudWeight[row + k] * prefWeight[prefCloud[cloudBase + k]] * (1 + homeExtra * +(k === homeCloud)) * (1 + stayExtra * +(k === currentCloud));
      scratch[k] = total;
    }
    if (!(total > 0)) continue;
    target = u * total;
    let newCloud = 0;
    for (let k = 0; k < clouds - 1; k++) newCloud += +(target >= scratch[k]);
    if (currentLab !== NONE) cellCounts[(t * labs + currentLab) * clouds + currentCloud] -= 1;
    cellCounts[(t * labs + newLab) * clouds + newCloud] += 1;
    lab[i] = newLab;
    cloud[i] = newCloud;
    decisions += 1;
    if (!adopters) swapAgents(population, i, population.adoptedEnd[t]++);
  }
  return decisions;
}

/**
 * The next uniform of `rng`. Every draw of the step goes through this one call site, so its call
 * feedback sees a new month's stream (a new closure) within two months, and TurboFan then inlines
 * any stream of the same kind; with a call site of its own, a rarely reached draw would be compiled
 * for the one closure it has seen and deoptimise ("wrong call target") when a later month reaches
 * it, and the step would run unoptimised (boxing doubles, allocating) until recompiled.
 */
function draw(rng: Rng): number {
  return rng();
}

/**
 * The uniform a choice uses: `offset` into the interval of width `width` that the last uniform fell
 * in, rescaled to [0, 1), or a fresh draw when that interval was under MIN_SCALE of the original
 * draw (`scale`). One function for both choices, so the rare fresh draw is one call site whose
 * feedback either path warms (a call site never reached before TurboFan compiles the step
 * deoptimises it the first time it is reached). The `+` keeps the result a double: where the rare
 * draw is compiled as a real call (not inlined), its tagged result would otherwise make the merge
 * tagged and box the common branch's quotient, one heap number per decision (measured with
 * --trace-representation: Phi(Call, NumberMin) in kRepTagged).
 */
function remainder(rng: Rng, scale: number, offset: number, width: number): number {
  return scale < MIN_SCALE ? +draw(rng) : Math.min(offset / width, BELOW_ONE);
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
