/**
 * A lab leaving a cloud before its contract ends: it pays the exit penalty and, when it leaves
 * publicly, takes `voice * acrimony` of narrative share away from the abandoned cloud (claim 3:
 * "storm off to AWS in a huff and shit-talk us publicly"); stormoff.ts lands it on the destination.
 */
import { endContract } from './contracts.js';
import { logEvent } from './event-log.js';
import { stormOff } from './stormoff.js';
import type { Contract, World } from './world.js';

/** The log's kind of a defection, by who decided it: a scenario's `defect` event, or the market. */
export const DEFECTION_KINDS = { scenario: 'defect', endogenous: 'market_defect' } as const;

/** Narrative share a public defection by `lab` moves away from the cloud it leaves. */
export function defectionDamage(world: World, lab: number): number {
  const state = world.labs[lab];
  return state.voice * state.acrimony;
}

/**
 * Ends `contract` as a defection this month: the lab pays the exit penalty to the cloud (its unpaid
 * investment lapses); a public exit shifts
 * narrative share away from the cloud. Returns the share moved. Logs the event.
 */
export function defect(world: World, contract: Contract, isPublic: boolean, origin: 'scenario' | 'endogenous', reason: string): number {
  const lab = world.labs[contract.lab];
  const cloud = world.clouds[contract.cloud];
  lab.funding -= contract.exitPenalty;
  cloud.cash += contract.exitPenalty;
  endContract(world, contract, 'defected', reason);
  const moved = isPublic ? stormOff(world, contract.lab, contract.cloud, defectionDamage(world, contract.lab)) : 0;
  logEvent(world, {
    kind: DEFECTION_KINDS[origin], origin,
    cloud: cloud.id, lab: lab.id, value: moved,
    detail: `${lab.id} leaves ${cloud.id}${isPublic ? ' publicly' : ' quietly'}; exit penalty ${round(contract.exitPenalty)} bn; narrative moved ${round(moved)}; ${reason}`,
  });
  return moved;
}

function round(x: number): string {
  return String(Math.round(x * 1e4) / 1e4);
}
