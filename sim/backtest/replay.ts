/**
 * The endogenous replay: the same history with the real deals not forced. Scripted deals,
 * investments, relaxations and defections are removed, so the market module has to produce the
 * relationships itself; exogenous facts (entries, exits, announcements, shocks, parameter changes)
 * stay.
 */
import type { Scenario } from '../scenario/types.js';

/** Event kinds that script a relationship the market should form on its own. */
export const SCRIPTED_RELATIONSHIP_KINDS: readonly string[] = ['deal', 'invest', 'relax_exclusivity', 'defect'];

/**
 * `scenario` without its scripted relationships, named `<name>+endogenous`.
 * @example endogenousReplay(baseline).events.some((e) => e.kind === 'deal') // false
 */
export function endogenousReplay(scenario: Scenario): Scenario {
  return {
    ...scenario,
    name: `${scenario.name}+endogenous`,
    events: scenario.events.filter((event) => !SCRIPTED_RELATIONSHIP_KINDS.includes(event.kind)),
  };
}
