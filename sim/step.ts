/**
 * One month of the model, in the order of DESIGN §3, one named phase each: books opened, events,
 * labs, market, capex, delivery, money (prices, funding, revenue), builders, storm-offs landing,
 * narrative. Each phase that draws does so from its own stream, derived from (run seed, purpose,
 * month), so a change in one phase or one month never shifts the draws of another.
 */
import { openBooks, settleAccounts } from './accounts.js';
import { updateBuilders } from './builders.js';
import { investInCapacity, serveContracts } from './clouds.js';
import { applyScheduledEvents } from './events/index.js';
import { updateLabs } from './labs.js';
import { runMarket } from './market.js';
import { updateNarrative } from './narrative.js';
import { createRng } from './rng.js';
import { landStormoffs } from './stormoff.js';
import type { World } from './world.js';

/**
 * Advances `world` by the month `world.t`. Mutates the world in place.
 * @example
 * const world = initWorld(scenario, scenario.seed, 0);
 * for (world.t = 0; world.t < world.dates.length; world.t++) step(world);
 */
export function step(world: World): void {
  openBooks(world);
  applyScheduledEvents(world);
  updateLabs(world);
  runMarket(world, createRng(world.seed, 'market', world.t));
  investInCapacity(world);
  serveContracts(world);
  settleAccounts(world);
  updateBuilders(world, createRng(world.seed, 'population', world.t));
  landStormoffs(world);
  updateNarrative(world);
}
