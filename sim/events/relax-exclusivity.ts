/**
 * `relax_exclusivity`: the pair's contract drops to a weaker scope (never a stronger one).
 */
import { setExclusivity } from '../contracts.js';
import { EXCLUSIVITY_LEVELS, type EventBase, type Exclusivity } from '../scenario/types.js';
import type { Scope, World } from '../world.js';
import { noDefaults, noIssues, plainLabel, type EventKind } from './kind.js';
import { cloudIndex, labIndex, recordEvent } from './record.js';

export interface RelaxExclusivityEvent extends EventBase {
  kind: 'relax_exclusivity';
  lab: string;
  cloud: string;
  to: Exclusivity;
}

export const relaxExclusivity: EventKind<RelaxExclusivityEvent> = {
  kind: 'relax_exclusivity',
  summary: 'Relax the exclusivity of the contract between a lab and a cloud.',
  defaults: noDefaults,
  check: noIssues,
  apply: applyRelaxExclusivity,
  scripted: true,
  value: { unit: 'scope level', description: 'Level relaxed to (0 none .. 3 full)' },
  marker: { label: plainLabel('relax_exclusivity'), priority: 0 },
};

function applyRelaxExclusivity(world: World, event: RelaxExclusivityEvent): void {
  const k = cloudIndex(world, event.cloud);
  const j = labIndex(world, event.lab);
  const to = EXCLUSIVITY_LEVELS.indexOf(event.to) as Scope;
  let relaxed = 0;
  for (const c of world.contracts) {
    if (c.status !== 'active' || c.cloud !== k || c.lab !== j || c.exclusivity <= to) continue;
    setExclusivity(world, c, to);
    relaxed += 1;
  }
  recordEvent(world, event, event.cloud, event.lab, to, relaxed > 0 ? `exclusivity relaxed to ${event.to}` : `nothing stronger than ${event.to} to relax`);
}
