/**
 * `enter`: a lab or cloud declared with `active: false` appears. A cloud enters with no
 * narrative share and earns it; a lab starts training at its declared demand.
 */
import { pathIssue } from '../scenario/errors.js';
import type { EventBase } from '../scenario/types.js';
import type { World } from '../world.js';
import { entityOf, unknownEntityIssues } from './entity.js';
import { noDefaults, type EventKind } from './kind.js';
import { recordEvent } from './record.js';

export interface EnterEvent extends EventBase {
  kind: 'enter';
  /** A lab or cloud id declared in the scenario with `active: false`. */
  entity: string;
}

export const enter: EventKind<EnterEvent> = {
  kind: 'enter',
  summary: 'A lab or cloud declared with `active: false` appears.',
  defaults: noDefaults,
  check: (event, context) => (entityOf(context.scenario, event.entity)?.active
    ? [pathIssue(context.at('entity'), 'a lab or cloud declared with active: false', event.entity)]
    : unknownEntityIssues(event.entity, context)),
  apply: applyEnter,
  scripted: false,
  value: { unit: 'none', description: 'Empty' },
  marker: { label: (cloud, lab) => `${lab || cloud} enters`, priority: 3 },
};

function applyEnter(world: World, event: EnterEvent): void {
  const entity = world.labs.find((lab) => lab.id === event.entity) ?? world.clouds.find((cloud) => cloud.id === event.entity)!;
  entity.active = true;
  const isLab = 'trainingDemand' in entity;
  if (isLab) entity.trainingDemand = entity.spec.computeDemand * world.params.trainingShare;
  recordEvent(world, event, isLab ? '' : event.entity, isLab ? event.entity : '', null, `${event.entity} enters`);
}
