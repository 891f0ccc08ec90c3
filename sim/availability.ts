/**
 * Where each lab's models can be used: on a cloud it has a contract with (compute or a
 * distribution deal) or that owns it, and nowhere else while an inference or full exclusivity
 * binds it. Elsewhere availability is the floor (the lab's own API over the internet).
 */
import type { World } from './world.js';

export interface Availability {
  /** a_jk in [floor, 1]: [lab * clouds + cloud]. */
  lab: Float64Array;
  /** Traffic-weighted availability of frontier models on each cloud. */
  frontier: Float64Array;
}

/** Availability of every lab's models on every cloud this month. */
export function availability(world: World): Availability {
  const K = world.clouds.length;
  const floor = world.params.availabilityFloor;
  const lab = new Float64Array(world.labs.length * K).fill(floor);
  const exclusiveHost = new Int32Array(world.labs.length).fill(-1);
  for (const contract of world.contracts) {
    if (contract.status !== 'active') continue;
    lab[contract.lab * K + contract.cloud] = 1;
    if (contract.exclusivity >= 2) exclusiveHost[contract.lab] = contract.cloud;
  }
  for (const state of world.labs) {
    if (state.ownerIndex >= 0) lab[state.index * K + state.ownerIndex] = 1;
    const host = exclusiveHost[state.index];
    if (host < 0) continue;
    for (let k = 0; k < K; k++) if (k !== host && k !== state.ownerIndex) lab[state.index * K + k] = floor;
  }
  const frontier = new Float64Array(K);
  let traffic = 0;
  for (const state of world.labs) {
    if (!state.active) continue;
    traffic += state.trafficShare;
    for (let k = 0; k < K; k++) frontier[k] += state.trafficShare * lab[state.index * K + k];
  }
  for (let k = 0; k < K; k++) frontier[k] = traffic > 0 ? frontier[k] / traffic : floor;
  return { lab, frontier };
}
