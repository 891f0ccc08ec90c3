/**
 * Which clouds may sell to a lab this month, how much, and under what scope: not forbidden, not
 * inactive, with capacity left; only its owner for an owned lab; only the holder of a full
 * exclusivity; others only for training compute, non-exclusively, under an inference exclusivity.
 */
import { bindingContract, capacityLeft } from './contracts.js';
import type { Scope, World } from './world.js';

export interface Candidate {
  cloud: number;
  /** kGPU the cloud may put toward the lab's need. */
  available: number;
  /** Strongest scope it may offer. */
  maxScope: Scope;
}

/** True when `forbid` bars the pair this month. */
export function isForbidden(world: World, cloud: number, lab: number): boolean {
  const until = world.forbidden.get(`${cloud}:${lab}`);
  return until !== undefined && world.t < until;
}

/** The clouds that may sell to `lab` now. */
export function eligibleClouds(world: World, lab: number): Candidate[] {
  const state = world.labs[lab];
  const binding = bindingContract(world, lab);
  const trainingPart = state.computeDemand > 0 ? state.trainingDemand / state.computeDemand : 0;
  const need = state.cloudDemand;
  const candidates: Candidate[] = [];
  for (const cloud of world.clouds) {
    const k = cloud.index;
    if (!cloud.active || isForbidden(world, k, lab)) continue;
    if (state.ownerIndex >= 0 && k !== state.ownerIndex) continue;
    let available = capacityLeft(world, k);
    let maxScope = world.maxExclusivity;
    if (binding && binding.cloud !== k) {
      if (binding.exclusivity === 3) continue;
      available = Math.min(available, need * trainingPart);
      maxScope = 0;
    }
    if (available > 1e-9) candidates.push({ cloud: k, available, maxScope });
  }
  return candidates;
}
