/**
 * `policy`: a regulator caps exclusivity from this month on (`none` bans it). The market relaxes
 * contracts above the cap in its next pass.
 */
import { EXCLUSIVITY_LEVELS, type EventBase, type Exclusivity } from '../scenario/types.js';
import type { Scope, World } from '../world.js';
import { noDefaults, noIssues, plainLabel, type EventKind } from './kind.js';
import { recordEvent } from './record.js';

export interface PolicyEvent extends EventBase {
  kind: 'policy';
  /** Strongest exclusivity scope allowed from now on (`none` bans exclusivity). */
  maxExclusivity: Exclusivity;
}

export const policy: EventKind<PolicyEvent> = {
  kind: 'policy',
  summary: 'A policy, e.g. regulators ban exclusivity.',
  defaults: noDefaults,
  check: noIssues,
  apply: applyPolicy,
  scripted: false,
  value: { unit: 'scope level', description: 'Highest exclusivity allowed from then on' },
  marker: { label: plainLabel('policy'), priority: 3 },
};

function applyPolicy(world: World, event: PolicyEvent): void {
  world.maxExclusivity = EXCLUSIVITY_LEVELS.indexOf(event.maxExclusivity) as Scope;
  recordEvent(world, event, '', '', world.maxExclusivity, `exclusivity capped at ${event.maxExclusivity}`);
}
