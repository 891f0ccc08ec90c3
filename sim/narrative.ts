/**
 * The "narrative default" share (DESIGN §3.6): where developers and enterprises believe AI runs
 * by default. It moves toward a target made of demonstrative workloads (labs publicly hosted),
 * developer share with increasing returns (alpha > 1) and enterprise share, plus what public exits
 * left behind (stormoff.ts); shocks move it directly.
 */
import type { World } from './world.js';
import { pow } from './math.js';

export interface NarrativeWeights {
  wL: number;
  wD: number;
  wE: number;
  alpha: number;
}

/**
 * Scales non-negative values to sum to 1 (all zero stays zero).
 * @example
 * normalize([2, 1, 1]); // [0.5, 0.25, 0.25]
 */
export function normalize(values: number[]): number[] {
  const total = values.reduce((a, b) => a + Math.max(0, b), 0);
  return values.map((v) => (total > 0 ? Math.max(0, v) / total : 0));
}

/**
 * Target share: wL*L + wD*D^alpha/sum(D^alpha) + wE*E, for hosting share L, developer share D and
 * enterprise share E (each summing to 1 over clouds).
 * @example narrativeTarget([1, 0], [0.6, 0.4], [0.5, 0.5], { wL: 0.4, wD: 0.35, wE: 0.25, alpha: 2 })
 */
export function narrativeTarget(hosting: number[], developers: number[], enterprises: number[], weights: NarrativeWeights): number[] {
  const returns = normalize(developers.map((d) => pow(Math.max(0, d), weights.alpha)));
  return hosting.map((l, k) => weights.wL * l + weights.wD * returns[k] + weights.wE * enterprises[k]);
}

/**
 * One narrative step: normalize((1 - lambda) * N + lambda * target).
 * @example narrativeUpdate([0.5, 0.5], [1, 0], 0.1) // [0.55, 0.45]
 */
export function narrativeUpdate(shares: number[], target: number[], lambda: number): number[] {
  return normalize(shares.map((n, k) => (1 - lambda) * n + lambda * target[k]));
}

/**
 * Traffic-weighted share of labs publicly hosted on each cloud (owned labs count on their owner; the
 * part a lab serves from its own data centres is hosted on none).
 */
export function hostingShares(world: World): number[] {
  const K = world.clouds.length;
  const hosting = new Array<number>(K).fill(0);
  for (const lab of world.labs) {
    if (!lab.active) continue;
    const onCloud = new Array<number>(K).fill(0);
    let total = 0;
    for (const c of world.contracts) {
      if (c.status !== 'active' || c.lab !== lab.index || !c.public || c.delivered <= 0) continue;
      onCloud[c.cloud] += c.delivered;
      total += c.delivered;
    }
    if (total === 0 && lab.ownerIndex >= 0) {
      onCloud[lab.ownerIndex] = 1;
      total = 1;
    }
    total += lab.computeDemand - lab.cloudDemand;
    for (let k = 0; k < K; k++) if (total > 0) hosting[k] += (lab.trafficShare * onCloud[k]) / total;
  }
  return hosting;
}

/**
 * Moves narrative share toward this month's target plus the clouds' storm-off offsets (landed
 * first by `landStormoffs` in step.ts). Mutates `cloud.narrative`.
 */
export function updateNarrative(world: World): void {
  const { clouds, params } = world;
  const current = clouds.map((cloud) => cloud.narrative);
  const orCurrent = (values: number[]) => {
    const masked = values.map((v, k) => (clouds[k].active ? v : 0));
    return masked.some((v) => v > 0) ? normalize(masked) : current;
  };
  const target = narrativeTarget(
    orCurrent(hostingShares(world)),
    orCurrent(clouds.map((cloud) => cloud.devShare)),
    orCurrent(clouds.map((cloud) => cloud.enterpriseShare)),
    params,
  );
  const next = narrativeUpdate(current, normalize(target.map((v, k) => v + clouds[k].stormoff)), params.lambda);
  clouds.forEach((cloud, k) => (cloud.narrative = cloud.active ? next[k] : 0));
}

/**
 * Moves up to `amount` of narrative share away from cloud `from`: to cloud `to`, or to the other
 * active clouds in proportion to their shares when `to` is -1. Returns the amount moved.
 */
export function shiftNarrative(world: World, from: number, amount: number, to = -1): number {
  const clouds = world.clouds;
  const moved = Math.min(Math.max(0, amount), clouds[from].narrative);
  clouds[from].narrative -= moved;
  if (to >= 0) {
    clouds[to].narrative += moved;
    return moved;
  }
  const others = clouds.filter((cloud) => cloud.active && cloud.index !== from);
  const total = others.reduce((a, cloud) => a + cloud.narrative, 0);
  for (const cloud of others) cloud.narrative += total > 0 ? (moved * cloud.narrative) / total : moved / others.length;
  return moved;
}
