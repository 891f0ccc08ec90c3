/**
 * The endogenous replay: the same history with the real deals not forced. Scripted deals,
 * investments, relaxations and defections are removed, so the market module has to produce the
 * relationships itself; exogenous facts (entries, exits, announcements, shocks, parameter changes)
 * stay.
 */
import { EVENT_KIND_LIST, eventKind } from '../events/index.js';
import type { Scenario } from '../scenario/types.js';

/** Event kinds that script a relationship the market should form on its own (`scripted` in their module). */
export const SCRIPTED_RELATIONSHIP_KINDS: readonly string[] = EVENT_KIND_LIST.filter((kind) => kind.scripted).map((kind) => kind.kind);

/**
 * `scenario` without its scripted relationships, named `<name>+endogenous`.
 * @example endogenousReplay(baseline).events.some((e) => eventKind(e.kind).scripted) // false
 */
export function endogenousReplay(scenario: Scenario): Scenario {
  return {
    ...scenario,
    name: `${scenario.name}+endogenous`,
    events: scenario.events.filter((event) => !eventKind(event.kind).scripted),
  };
}
