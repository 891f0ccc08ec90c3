/**
 * `exit`: a lab or cloud leaves. A cloud that exits ends its contracts and its narrative share is
 * spread over the others; a lab that exits ends its contracts, and its builders reconsider.
 */
import { endContract } from '../contracts.js';
import { normalize } from '../narrative.js';
import { pathIssue, type PathIssue } from '../scenario/errors.js';
import type { EventBase, Scenario } from '../scenario/types.js';
import type { World } from '../world.js';
import { unknownEntityIssues } from './entity.js';
import { noDefaults, type EventKind } from './kind.js';
import { recordEvent } from './record.js';

export interface ExitEvent extends EventBase {
  kind: 'exit';
  entity: string;
}

export const exit: EventKind<ExitEvent> = {
  kind: 'exit',
  summary: 'A lab or cloud leaves.',
  defaults: noDefaults,
  check: (event, context) => unknownEntityIssues(event.entity, context),
  checkScenario: lastExitIssues,
  apply: applyExit,
  scripted: false,
  value: { unit: 'none', description: 'Empty' },
  marker: { label: (cloud, lab) => `${lab || cloud} exits`, priority: 3 },
};

/**
 * An `exit` that would leave no cloud, or no lab, active (the market has no defined state then:
 * shares cannot sum to 1). Events replayed in date order, file order within a month.
 */
function lastExitIssues(scenario: Scenario): PathIssue[] {
  const active = new Set([...scenario.clouds, ...scenario.labs].filter((entity) => entity.active).map((entity) => entity.id));
  const kindOf = new Map<string, 'cloud' | 'lab'>([...scenario.clouds.map((c) => [c.id, 'cloud'] as const), ...scenario.labs.map((l) => [l.id, 'lab'] as const)]);
  const ordered = scenario.events.map((event, i) => ({ event, i })).sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.i - b.i));
  for (const { event, i } of ordered) {
    if (event.kind !== 'enter' && event.kind !== 'exit') continue;
    if (event.kind === 'enter') active.add(event.entity);
    else active.delete(event.entity);
    const kind = kindOf.get(event.entity);
    if (kind && event.kind === 'exit' && ![...active].some((id) => kindOf.get(id) === kind)) {
      return [pathIssue(['events', i, 'entity'], `an exit that leaves at least one ${kind} active (this one would leave none)`, event.entity)];
    }
  }
  return [];
}

function applyExit(world: World, event: ExitEvent): void {
  const lab = world.labs.find((state) => state.id === event.entity);
  const cloud = world.clouds.find((state) => state.id === event.entity);
  const index = (lab ?? cloud)!.index;
  for (const c of world.contracts) {
    if (c.status === 'active' && (lab ? c.lab === index : c.cloud === index)) endContract(world, c, 'terminated', `${event.entity} exits`);
  }
  if (lab) lab.active = false;
  if (cloud) {
    cloud.active = false;
    cloud.narrative = 0;
    const next = normalize(world.clouds.map((state) => state.narrative));
    world.clouds.forEach((state, k) => (state.narrative = next[k]));
  }
  recordEvent(world, event, cloud ? event.entity : '', lab ? event.entity : '', null, `${event.entity} exits`);
}
