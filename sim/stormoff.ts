/**
 * The storm-off lands (claim 3, "storm off to AWS in a huff"): a public exit moves
 * voice × acrimony of narrative share away from the abandoned cloud at once; at the month's end
 * a share `stormoffLanding` of it lands on the cloud the lab moved to, and the whole shift stays
 * in the narrative target as an offset that decays with its own half-life (`stormoffHalfLife`).
 */
import { logEvent } from './event-log.js';
import { shiftNarrative } from './narrative.js';
import type { World } from './world.js';
import { pow } from './math.js';

/** A public exit this month, waiting to land: who left whom, and the shift per cloud it caused. */
export interface StormOff {
  lab: number;
  from: number;
  shift: number[];
}

/**
 * Moves `amount` of narrative share away from cloud `from` to the other active clouds in
 * proportion to their shares, and queues the storm-off to land at the month's end. Returns the
 * share moved.
 * @example stormOff(world, openai, azure, 0.084) // 0.084
 */
export function stormOff(world: World, lab: number, from: number, amount: number): number {
  const before = world.clouds.map((cloud) => cloud.narrative);
  const moved = shiftNarrative(world, from, amount);
  if (moved > 0) world.stormoffs.push({ lab, from, shift: world.clouds.map((cloud, k) => cloud.narrative - before[k]) });
  return moved;
}

/**
 * Where a lab went: its primary cloud at the month's end if that is not the cloud it left and
 * is active, else -1 (it went nowhere the narrative can credit).
 */
export function stormoffDestination(world: World, stormoff: StormOff): number {
  const to = world.labs[stormoff.lab].primaryCloud;
  return to >= 0 && to !== stormoff.from && world.clouds[to].active ? to : -1;
}

/**
 * The shift once landed: the destination gets `landing` of the moved share on top of
 * (1 − landing) of its pro-rata part; the other receivers keep (1 − landing) of theirs.
 * @example landedShift([-0.1, 0.06, 0.04], 0, 2, 0.5) // [-0.1, 0.03, 0.07]
 */
export function landedShift(shift: readonly number[], from: number, to: number, landing: number): number[] {
  const moved = -shift[from];
  return shift.map((s, k) => (k === from ? s : (1 - landing) * s + (k === to ? landing * moved : 0)));
}

/**
 * End of month: decays the clouds' storm-off offsets by one month of `stormoffHalfLife`, lands
 * this month's storm-offs (narrative moved to the destination, offsets added, an event logged)
 * and clears the queue. Mutates narrative shares and `cloud.stormoff`.
 */
export function landStormoffs(world: World): void {
  const { clouds, params } = world;
  const decay = pow(0.5, 1 / params.stormoffHalfLife);
  for (const cloud of clouds) cloud.stormoff = cloud.active ? cloud.stormoff * decay : 0;
  for (const stormoff of world.stormoffs) {
    const to = stormoffDestination(world, stormoff);
    const shift = to >= 0 ? landedShift(stormoff.shift, stormoff.from, to, params.stormoffLanding) : stormoff.shift;
    clouds.forEach((cloud, k) => {
      cloud.narrative = Math.max(0, cloud.narrative + shift[k] - stormoff.shift[k]);
      cloud.stormoff += cloud.active ? shift[k] : 0;
    });
    const total = clouds.reduce((a, cloud) => a + cloud.narrative, 0);
    if (total > 0) for (const cloud of clouds) cloud.narrative /= total;
    logEvent(world, {
      kind: 'stormoff_landing', origin: 'endogenous',
      cloud: to >= 0 ? clouds[to].id : '', lab: world.labs[stormoff.lab].id, value: to >= 0 ? shift[to] : null,
      detail: `${world.labs[stormoff.lab].id}'s public exit from ${clouds[stormoff.from].id} `
        + (to >= 0 ? `lands on ${clouds[to].id}` : 'lands on no cloud (spread over all)')
        + `; persists with a half-life of ${params.stormoffHalfLife} months`,
    });
  }
  world.stormoffs.length = 0;
}
