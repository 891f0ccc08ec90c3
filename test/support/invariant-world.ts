/** A small world for the invariant tests, and the InvariantError a check throws on it. */
import { initWorld } from '../../sim/init.js';
import { checkInvariants, InvariantError } from '../../sim/invariants.js';
import { step } from '../../sim/step.js';
import type { World } from '../../sim/world.js';
import { smallScenario } from './small-scenario.js';

/** A world after six months of the small scenario, at month index 5 (2016-06), that passes every invariant. */
export function sixMonthWorld(): World {
  const w = initWorld(smallScenario(), 7, 0);
  for (w.t = 0; w.t < 6; w.t++) step(w);
  w.t = 5;
  checkInvariants(w);
  return w;
}

/** The InvariantError `checkInvariants` throws on `w` (fails the test when it throws nothing or something else). */
export function invariantError(w: World): InvariantError {
  try {
    checkInvariants(w);
  } catch (error) {
    if (error instanceof InvariantError) return error;
    throw error;
  }
  throw new Error('expected an InvariantError, but the world passed');
}
