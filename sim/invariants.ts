/**
 * The invariants of DESIGN §3 that hold after every step. `checkInvariants` is run by tests and,
 * with `--check`, every month of a run; the first broken one stops the run with an InvariantError.
 */
import { NONE } from './population.js';
import type { World } from './world.js';

/**
 * A broken invariant: names the month and the invariant.
 * @example
 * try { runScenario(s, { run: 0, check: true }); } catch (e) { if (e instanceof InvariantError) console.error(e.date, e.invariant); }
 */
export class InvariantError extends Error {
  constructor(
    readonly date: string,
    readonly invariant: string,
    readonly detail: string,
  ) {
    super(`${date}: invariant "${invariant}" broken: ${detail}`);
    this.name = 'InvariantError';
  }
}

const TOLERANCE = 1e-9;

/**
 * Throws InvariantError for the first invariant of DESIGN §3 that `world` breaks this month.
 * @example
 * step(world); checkInvariants(world); // throws InvariantError('2019-07', 'money conserved', ...) if broken
 */
export function checkInvariants(world: World): void {
  const date = world.dates[world.t];
  const fail = (invariant: string, detail: string) => {
    throw new InvariantError(date, invariant, detail);
  };
  const activeClouds = world.clouds.filter((cloud) => cloud.active);
  const activeLabs = world.labs.filter((lab) => lab.active);
  for (const entity of [...world.clouds, ...world.labs]) {
    for (const [key, value] of Object.entries(entity)) {
      if (typeof value === 'number' && !Number.isFinite(value)) fail('no NaN or infinity', `${entity.id}.${key} is ${value}`);
    }
  }
  const narrative = activeClouds.reduce((a, cloud) => a + cloud.narrative, 0);
  if (Math.abs(narrative - 1) > TOLERANCE) fail('narrative shares sum to 1', `they sum to ${narrative}`);
  for (const cloud of world.clouds) {
    if (cloud.narrative < -TOLERANCE) fail('shares are non-negative', `${cloud.id} narrative share is ${cloud.narrative}`);
  }
  const traffic = activeLabs.reduce((a, lab) => a + lab.trafficShare, 0);
  if (activeLabs.length > 0 && Math.abs(traffic - 1) > TOLERANCE) fail('traffic shares sum to 1', `they sum to ${traffic}`);
  for (const cloud of world.clouds) {
    if (cloud.delivered > cloud.capacity * (1 + TOLERANCE) + TOLERANCE) {
      fail('contracted compute <= capacity', `${cloud.id} delivers ${cloud.delivered} kGPU with capacity ${cloud.capacity}`);
    }
  }
  const booked = world.clouds.reduce((a, cloud) => a + cloud.labRevenue + cloud.internalTransfer, 0);
  const paid = world.labs.reduce((a, lab) => a + lab.computeSpend, 0);
  if (Math.abs(booked - paid) > TOLERANCE * Math.max(1, paid)) fail('money conserved', `clouds booked ${booked} bn, labs paid ${paid} bn`);
  const invested = world.clouds.reduce((a, cloud) => a + cloud.investmentPaid, 0);
  const received = world.labs.reduce((a, lab) => a + lab.investmentReceived, 0);
  if (Math.abs(invested - received) > TOLERANCE * Math.max(1, received)) fail('money conserved', `clouds invested ${invested} bn, labs received ${received} bn`);
  for (const c of world.contracts) {
    if (c.investmentPaid > c.investment * (1 + TOLERANCE) + TOLERANCE) fail('investment paid <= committed', `contract ${c.id} paid ${c.investmentPaid} of ${c.investment} bn`);
  }
  checkChoices(world, fail);
}

function checkChoices(world: World, fail: (invariant: string, detail: string) => never): void {
  const { population } = world;
  for (let i = 0; i < population.size; i++) {
    const cloud = population.cloud[i];
    const lab = population.lab[i];
    if ((cloud === NONE) !== (lab === NONE)) fail('population choices are valid', `agent ${i} has cloud ${cloud} and lab ${lab}`);
    if (cloud !== NONE && (cloud >= world.clouds.length || lab >= world.labs.length)) {
      fail('population choices are valid', `agent ${i} chose cloud ${cloud}, lab ${lab}`);
    }
  }
}
